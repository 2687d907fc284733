/**
 * The server as its users run it: `src/main.ts` in a Node process of its own (through tsx), with
 * its stdout (JSON log lines) and stderr (the banner, errors) recorded.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const require = createRequire(import.meta.url);
const packageDir = join(import.meta.dirname, '..', '..');

export interface ServerProcess {
  child: ChildProcess;
  /** From the `listening` log line. */
  url: string;
  apiUrl: string;
  /** Every stdout line so far, as written. */
  stdout: string[];
  /** Everything written to stderr so far. */
  stderr(): string;
  /** Resolves with the exit code. */
  exited: Promise<number | null>;
  /** Resolves with the first stdout log line whose `msg` is `msg`. */
  logLine(msg: string): Promise<Record<string, unknown>>;
}

/** The JSON object of each stdout line (throws on a line that is not one). */
export const parseLines = (lines: string[]) => lines.map((line) => JSON.parse(line) as Record<string, unknown>);

/** Starts a server process; resolves once it listens, rejects if it exits first. */
export const startProcess = (env: NodeJS.ProcessEnv) =>
  new Promise<ServerProcess>((resolve, reject) => {
    const child = spawn(process.execPath, [require.resolve('tsx/cli'), '--conditions=source', 'src/main.ts'], {
      cwd: packageDir,
      env: { ...process.env, LOG_LEVEL: 'info', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const stdout: string[] = [];
    let errors = '';
    let partial = '';
    const watchers: { msg: string; resolve: (entry: Record<string, unknown>) => void }[] = [];
    const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));
    const found = (msg: string) =>
      parseLines(stdout.filter((line) => line.startsWith('{'))).find((entry) => entry.msg === msg);
    const running: ServerProcess = {
      child,
      url: '',
      apiUrl: '',
      stdout,
      stderr: () => errors,
      exited,
      logLine: (msg) =>
        new Promise((done, fail) => {
          const entry = found(msg);
          if (entry) return done(entry);
          watchers.push({ msg, resolve: done });
          void exited.then((code) => fail(new Error(`exited with ${code} before logging "${msg}"`)));
        }),
    };
    child.stderr!.on('data', (chunk: Buffer) => {
      errors += chunk.toString();
    });
    child.stdout!.on('data', (chunk: Buffer) => {
      partial += chunk.toString();
      const lines = partial.split('\n');
      partial = lines.pop()!;
      stdout.push(...lines);
      for (const watcher of [...watchers]) {
        const entry = found(watcher.msg);
        if (!entry) continue;
        watchers.splice(watchers.indexOf(watcher), 1);
        watcher.resolve(entry);
      }
    });
    running
      .logLine('listening')
      .then((entry) => {
        running.url = entry.url as string;
        running.apiUrl = entry.api as string;
        resolve(running);
      })
      .catch((error: Error) => reject(new Error(`${error.message}\n${errors}`)));
  });
