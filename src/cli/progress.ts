import type { RunSummary } from './run.js';

const number = new Intl.NumberFormat('en-US');

/** "1m05s", "42s", "2h03m". */
export function formatDuration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  if (s < 60) return `${s}s`;
  if (s < 3600) return `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s`;
  return `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}m`;
}

/**
 * The progress line: rows, rows/s and, when the input size is known, percent and ETA from the
 * bytes read so far.
 */
export function progressLine(
  rows: number,
  seconds: number,
  bytesRead: number,
  totalBytes: number | undefined,
): string {
  const rate = seconds > 0 ? rows / seconds : 0;
  let line = `${number.format(rows)} rows, ${number.format(Math.round(rate))} rows/s`;
  if (totalBytes && totalBytes > 0 && bytesRead > 0) {
    const done = Math.min(1, bytesRead / totalBytes);
    const eta = done > 0 ? (seconds * (1 - done)) / done : 0;
    line += `, ${(done * 100).toFixed(1)}%, ETA ${formatDuration(eta)}`;
  }
  return line;
}

/** The closing summary: rows, time, rate, counts per label and failures. */
export function summaryText(summary: RunSummary, seconds: number): string {
  const rate = seconds > 0 ? summary.rows / seconds : 0;
  const lines = [
    `${number.format(summary.rows)} rows in ${seconds.toFixed(1)}s (${number.format(Math.round(rate))} rows/s): ` +
      `${number.format(summary.positive)} positive, ${number.format(summary.negative)} negative, ` +
      `${number.format(summary.neutral)} neutral, ${number.format(summary.mixed)} mixed, ` +
      `${number.format(summary.failed)} failed` +
      (summary.unreadable > 0
        ? ` (${number.format(summary.unreadable)} could not be read: exit code 3)`
        : ''),
  ];
  if (summary.renamed) {
    lines.push(
      `the input has columns named like the added ones: they are ${summary.renamed.join(', ')}`,
    );
  }
  if (summary.failures.length > 0) {
    const more = summary.failed > summary.failures.length ? ', ...' : '';
    lines.push(`failed rows: ${summary.failures.join('; ')}${more} (see the "error" column)`);
  }
  return `${lines.join('\n')}\n`;
}
