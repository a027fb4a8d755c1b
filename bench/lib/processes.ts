/**
 * Child processes for `npm run bench`: servers (ours and the bare baseline) and load clients.
 * Every child is started here and stopped by its own pid when the bench ends.
 */
import { type ChildProcess, fork, spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { LoadResult, LoadSpec } from './load-client.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const children = new Set<ChildProcess>();

export interface ServerProcess {
  name: string;
  url: string;
  pid: number;
  stop(): Promise<void>;
}

/** Stop every child still running (on exit or error). */
export function stopAll(): void {
  for (const child of children) {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  }
}

function waitForExit(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once('exit', () => resolve()));
}

/**
 * Start `script` (a TypeScript file, run with `node --import tsx`) on a free loopback port and
 * resolve when it prints its URL.
 */
export function startServer(
  name: string,
  script: string,
  env: Record<string, string>,
): Promise<ServerProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', script], {
    cwd: root,
    env: { ...process.env, HOST: '127.0.0.1', PORT: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.add(child);
  child.once('exit', () => children.delete(child));
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${name} did not start in 60 s:\n${output}`));
    }, 60_000);
    const onData = (chunk: unknown) => {
      output += String(chunk);
      if (output.length > 100_000) output = output.slice(-10_000);
      const match = output.match(/http:\/\/127\.0\.0\.1:\d+\/graphql/);
      if (match && child.pid) {
        clearTimeout(timer);
        child.stdout?.off('data', onData);
        child.stdout?.resume();
        resolve({
          name,
          url: match[0],
          pid: child.pid,
          stop: async () => {
            child.kill('SIGTERM');
            await waitForExit(child);
          },
        });
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (chunk) => {
      output += String(chunk);
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${name} exited (${code}) before listening:\n${output}`));
    });
  });
}

export interface LoadClient {
  run(spec: LoadSpec): Promise<LoadResult>;
  stop(): Promise<void>;
}

/** Fork a load-generator process (bench/lib/load-client.ts). */
export function startLoadClient(): Promise<LoadClient> {
  const child = fork(fileURLToPath(new URL('./load-client.ts', import.meta.url)), [], {
    cwd: root,
    execArgv: ['--import', 'tsx'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  children.add(child);
  child.once('exit', () => children.delete(child));
  let pending:
    | { resolve: (result: LoadResult) => void; reject: (error: Error) => void }
    | undefined;
  child.on('message', (message: { ok?: boolean; result?: LoadResult; error?: string }) => {
    if (message.ok === undefined || !pending) return;
    const { resolve, reject } = pending;
    pending = undefined;
    if (message.ok && message.result) resolve(message.result);
    else reject(new Error(message.error ?? 'load client failed'));
  });
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`load client exited (${code})`)));
    child.once('message', () =>
      resolve({
        run(spec) {
          return new Promise((resolveRun, rejectRun) => {
            pending = { resolve: resolveRun, reject: rejectRun };
            child.send(spec);
          });
        },
        async stop() {
          child.kill('SIGTERM');
          await waitForExit(child);
        },
      }),
    );
  });
}

/** Run a TypeScript script to completion and return its stdout. */
export function runScript(script: string, args: string[]): Promise<string> {
  const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  children.add(child);
  let output = '';
  child.stdout?.on('data', (chunk) => {
    output += String(chunk);
  });
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => {
      children.delete(child);
      if (code === 0) resolve(output);
      else reject(new Error(`${script} exited ${code}`));
    });
  });
}

/** Resident set size of a process, in bytes (Linux /proc). */
export function residentBytes(pid: number): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const match = status.match(/VmRSS:\s+(\d+) kB/);
    return match ? Number(match[1]) * 1024 : Number.NaN;
  } catch {
    return Number.NaN;
  }
}

/** Clock ticks per second of /proc/<pid>/stat times (USER_HZ; 100 on Linux). */
const TICKS_PER_SECOND = 100;

function childrenOf(pid: number): number[] {
  try {
    return readdirSync(`/proc/${pid}/task`).flatMap((tid) =>
      readFileSync(`/proc/${pid}/task/${tid}/children`, 'utf8')
        .split(' ')
        .filter(Boolean)
        .map(Number),
    );
  } catch {
    return [];
  }
}

/**
 * CPU seconds (user + system) used so far by a process and all its descendants (a cluster's
 * primary and workers), from Linux /proc. Finished children are not counted.
 */
export function cpuSeconds(pid: number): number {
  let ticks = 0;
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
    ticks = Number(fields[11]) + Number(fields[12]);
  } catch {
    return 0;
  }
  return (
    ticks / TICKS_PER_SECOND + childrenOf(pid).reduce((sum, child) => sum + cpuSeconds(child), 0)
  );
}
