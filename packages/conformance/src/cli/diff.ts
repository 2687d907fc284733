import { parseArgs } from 'node:util';
import { apiVersions, isApiVersion } from '@support-board/contract';
import { diffSummary } from '../diff/console.js';
import { runDiff } from '../diff/run.js';
import { writeDiffReport } from '../diff/write.js';
import { paint } from '../report/console.js';
import { UsageError } from './args.js';
import type { Io } from './main.js';

export const diffHelp = `sb-conformance diff: the same calls to two targets, and every difference in their answers

Usage: sb-conformance diff --a URL --a-token TOKEN --b URL --b-token TOKEN [options]

  --a URL, --b URL        the full URLs of the two targets' include/api.php
  --a-token, --b-token    an admin's token on each (or SB_TOKEN_A, SB_TOKEN_B)
  --api-version V         the version the calls are made in: ${apiVersions.join(' or ')} (default 3.0)
  --only, --skip LIST     the checks whose calls are made (as for a run; default: level core)
  --report DIR            write diff.json and diff.html there
  --all                   list the explained differences too (default: the unexplained only)
  --fail-on WHAT          unexplained (default): exit 1 on an unexplained difference;
                          any: on any difference; none: always 0
  --timeout MS            per-request timeout (default 30000)
  --no-color

Both targets get the suite's core checks (examples, negative, scenarios), each with its own fixtures
and the same marker; every call is paired with its twin (same check, same place) and the answers are
compared once normalised (IDs, times, tokens, the installation's URL, the targets' own data). Each
difference a fact of the contract explains (a version fact, a note) is labelled with its ID.
`;

const options = {
  a: { type: 'string' },
  b: { type: 'string' },
  'a-token': { type: 'string' },
  'b-token': { type: 'string' },
  'api-version': { type: 'string' },
  only: { type: 'string' },
  skip: { type: 'string' },
  report: { type: 'string' },
  all: { type: 'boolean' },
  'fail-on': { type: 'string' },
  timeout: { type: 'string' },
  'no-color': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

const list = (value: string | undefined) =>
  value
    ?.split(',')
    .map((item) => item.trim())
    .filter(Boolean);

export const parseDiffCli = (argv: string[], env: NodeJS.ProcessEnv) => {
  let values: ReturnType<typeof parseArgs<{ options: typeof options }>>['values'];
  try {
    ({ values } = parseArgs({ args: argv, options, strict: true, allowPositionals: false }));
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  if (values.help) return { help: true as const };
  const side = (name: 'a' | 'b') => {
    const target = values[name];
    const token = values[`${name}-token`] ?? env[`SB_TOKEN_${name.toUpperCase()}`];
    if (!target) throw new UsageError(`--${name} is required: the full URL of include/api.php`);
    if (!token) throw new UsageError(`--${name}-token (or SB_TOKEN_${name.toUpperCase()}) is required`);
    return { target, token };
  };
  const apiVersion = values['api-version'];
  if (apiVersion !== undefined && !isApiVersion(apiVersion))
    throw new UsageError(`--api-version must be ${apiVersions.join(' or ')}, got "${apiVersion}"`);
  const failOn = values['fail-on'] ?? 'unexplained';
  if (failOn !== 'unexplained' && failOn !== 'any' && failOn !== 'none')
    throw new UsageError(`--fail-on must be unexplained, any or none, got "${failOn}"`);
  const timeout = values.timeout === undefined ? undefined : Number(values.timeout);
  if (timeout !== undefined && !(Number.isInteger(timeout) && timeout > 0))
    throw new UsageError(`--timeout expects a positive integer, got "${values.timeout}"`);
  const only = list(values.only);
  const skip = list(values.skip);
  return {
    help: false as const,
    a: side('a'),
    b: side('b'),
    failOn,
    all: Boolean(values.all),
    color: !values['no-color'] && !env.NO_COLOR && process.stdout.isTTY === true,
    ...(values.report ? { reportDir: values.report } : {}),
    run: {
      ...(apiVersion ? { apiVersion } : {}),
      ...(only ? { only } : {}),
      ...(skip ? { skip } : {}),
      ...(timeout ? { timeoutMs: timeout } : {}),
    },
  };
};

/** `sb-conformance diff`: answers the exit status (0 as --fail-on allows, 1 otherwise, 2 a usage error). */
export const diffMain = async (argv: string[], io: Io, env: NodeJS.ProcessEnv): Promise<number> => {
  let cli: ReturnType<typeof parseDiffCli>;
  try {
    cli = parseDiffCli(argv, env);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.err(`sb-conformance diff: ${error.message}\nRun sb-conformance diff --help for the options.`);
    return 2;
  }
  if (cli.help) {
    io.out(diffHelp);
    return 0;
  }
  const p = paint(cli.color);
  io.out(p.bold(`sb-conformance diff: the same calls to A and B (API ${cli.run.apiVersion ?? '3.0'})`));
  io.out(`  A  ${cli.a.target}\n  B  ${cli.b.target}`);
  const report = await runDiff({
    a: cli.a,
    b: cli.b,
    ...cli.run,
    onSide: (name, requests) => io.out(p.dim(`  ${name} done: ${requests} requests`)),
  });
  io.out(diffSummary(report, p, { all: cli.all }));
  if (cli.reportDir) io.out(p.dim(`Report: ${(await writeDiffReport(report, cli.reportDir)).join(', ')}`));
  const failed =
    cli.failOn === 'any'
      ? report.totals.differences > 0
      : cli.failOn === 'unexplained' && report.totals.unexplained > 0;
  return failed ? 1 : 0;
};
