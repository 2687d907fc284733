/** Runs the Redocly CLI installed for the docs, without telemetry, update checks or Node.js notices. */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The docs package's folder: redocly.yaml is there, and the CLI runs from it. */
export const docsDir = join(dirname(fileURLToPath(import.meta.url)), '..');

const cli = createRequire(import.meta.url).resolve('@redocly/cli/bin/cli.js');

export interface CliResult {
  status: number;
  stdout: string;
  /** stderr without the boxed notices the CLI prints on every run (such as the Node.js 20 deprecation). */
  stderr: string;
}

/** The box the CLI draws around notices: its border lines and the lines between them. */
const withoutNotices = (text: string) => text.replace(/^\s*╔[\s\S]*?╚═*╝\s*$/gm, '').replace(/^\s*\n/gm, '');

export const redocly = (args: string[]): CliResult => {
  const result = spawnSync(process.execPath, [cli, ...args], {
    cwd: docsDir,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    env: {
      ...process.env,
      REDOCLY_TELEMETRY: 'off',
      REDOCLY_SUPPRESS_NOTIFICATIONS: 'true',
      NO_COLOR: '1',
      FORCE_COLOR: '0',
    },
  });
  if (result.error) throw result.error;
  return { status: result.status ?? 1, stdout: result.stdout, stderr: withoutNotices(result.stderr) };
};

export interface LintProblem {
  ruleId: string;
  severity: 'error' | 'warn';
  message: string;
  location: { pointer?: string }[];
}

export interface LintResult {
  totals: { errors: number; warnings: number; ignored: number };
  problems: LintProblem[];
}

/** `redocly lint` of a document with docs/redocly.yaml, read from its JSON output. */
export const lint = (document: string): LintResult => {
  const result = redocly(['lint', document, '--config', join(docsDir, 'redocly.yaml'), '--format=json']);
  const start = result.stdout.indexOf('{');
  if (start < 0) throw new Error(`redocly lint printed no report:\n${result.stdout}\n${result.stderr}`);
  return JSON.parse(result.stdout.slice(start)) as LintResult;
};
