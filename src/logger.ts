import type { LogLevel } from './config.js';

const RANK: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40, silent: 99 };

export type LogFields = Record<string, unknown>;
export interface Logger {
  debug(message: string, fields?: LogFields): void;
  info(message: string, fields?: LogFields): void;
  warn(message: string, fields?: LogFields): void;
  error(message: string, fields?: LogFields): void;
}

/**
 * A structured logger: one JSON object per line (`time`, `level`, `msg`, fields), errors and
 * warnings to stderr. Never give it document text: logs must not hold user content.
 */
export function createLogger(level: LogLevel, write = defaultWrite): Logger {
  const at =
    (entryLevel: Exclude<LogLevel, 'silent'>) =>
    (message: string, fields: LogFields = {}) => {
      if (RANK[entryLevel] < RANK[level]) return;
      write(
        entryLevel,
        JSON.stringify({
          time: new Date().toISOString(),
          level: entryLevel,
          msg: message,
          ...fields,
        }),
      );
    };
  return { debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') };
}

function defaultWrite(level: LogLevel, line: string) {
  if (level === 'error' || level === 'warn') process.stderr.write(`${line}\n`);
  else process.stdout.write(`${line}\n`);
}
