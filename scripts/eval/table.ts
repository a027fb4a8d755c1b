import { arch, cpus, release, type } from 'node:os';
import type { SetKind } from './datasets.js';
import type { Score } from './metrics.js';
import type { Reference } from './reference.js';

/** Everything measured on one set. */
export interface SetResult {
  name: string;
  kind: SetKind;
  n: number;
  metric: string;
  ours: Score;
  docsPerSecond: number;
  /** Documents the service did not analyze (must be none). */
  failed: { index: number; code: string; message: string }[];
  /** Peer name → metric value (NaN when the peer has no such output). */
  peers?: Record<string, number>;
  reference?: Reference;
  /** Ours reaches the target and beats every peer (TextBlob included). */
  pass?: boolean;
}

/** Three decimals, or `n/a` for NaN. */
export function formatMetric(value: number | undefined): string {
  return value === undefined || Number.isNaN(value) ? 'n/a' : value.toFixed(3);
}

function row(cells: readonly string[]): string {
  return `| ${cells.join(' | ')} |`;
}

function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const rule = header.map((cell) => (cell === 'set' || cell === 'metric' ? '---' : '---:'));
  return [row(header), row(rule), ...rows.map(row)].join('\n');
}

/** `| set | n | metric | ours | docs/s |`, with coverage for binary sets and failures in n. */
export function oursTable(results: readonly SetResult[]): string {
  return table(
    ['set', 'n', 'metric', 'ours', 'docs/s'],
    results.map((result) => [
      result.name,
      result.failed.length > 0 ? `${result.n} (**${result.failed.length} failed**)` : `${result.n}`,
      result.metric,
      result.ours.coverage === undefined
        ? formatMetric(result.ours.value)
        : `${formatMetric(result.ours.value)} (coverage ${formatMetric(result.ours.coverage)})`,
      Math.round(result.docsPerSecond).toLocaleString('en-US'),
    ]),
  );
}

/** Whether ours reaches the target and beats every peer and TextBlob on this set. */
export function passes(result: SetResult): boolean {
  const ours = result.ours.value;
  if (!result.reference || Number.isNaN(ours) || ours < result.reference.target) return false;
  const others = [...Object.values(result.peers ?? {}), result.reference.textblob];
  return others.every((value) => Number.isNaN(value) || ours > value);
}

/** `| set | metric | <peers...> | TextBlob | ours | target |`, ✓ on rows that pass. */
export function peersTable(results: readonly SetResult[], peerNames: readonly string[]): string {
  return table(
    ['set', 'metric', ...peerNames, 'TextBlob', 'ours', 'target'],
    results.map((result) => [
      result.name,
      result.metric,
      ...peerNames.map((name) => formatMetric(result.peers?.[name])),
      result.reference ? formatMetric(result.reference.textblob) : '—',
      `${formatMetric(result.ours.value)}${result.pass ? ' ✓' : ''}`,
      result.reference ? formatMetric(result.reference.target) : '—',
    ]),
  );
}

/** Machine description: OS, CPU model and count, Node version. */
export function machineLine(): string {
  const cpu = cpus();
  const model = cpu[0]?.model.trim() ?? 'unknown CPU';
  return `Machine: ${type()} ${release()} ${arch()}, ${model} ×${cpu.length}, Node ${process.version}`;
}

/** `Date: YYYY-MM-DD HH:MM:SS UTC`. */
export function dateLine(date = new Date()): string {
  return `Date: ${date.toISOString().replace('T', ' ').slice(0, 19)} UTC`;
}
