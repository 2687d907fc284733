import { DOCUMENTED_VERSION } from '@support-board/contract';
import { checks } from '../checks/index.js';
import { selectChecks, unknownTerms } from '../core/select.js';
import { type Baseline, compareWithBaseline, readBaseline } from '../report/baseline.js';
import { paint, progressLine, summary, versionLines } from '../report/console.js';
import { baselineSummary } from '../report/console-baseline.js';
import { writeReport } from '../report/write.js';
import { runConformance } from '../run-conformance.js';
import { parseCli, UsageError } from './args.js';
import { diffMain } from './diff.js';
import { helpText } from './help.js';

export interface Io {
  out(text: string): void;
  err(text: string): void;
}

const defaultIo: Io = {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
};

/** The command: answers the exit status (0 all passed, 1 a check failed, or with --fail-on new a new failure; 2 a usage error). */
export const main = async (
  argv: string[],
  io: Io = defaultIo,
  env: NodeJS.ProcessEnv = process.env,
): Promise<number> => {
  if (argv[0] === 'diff') return diffMain(argv.slice(1), io, env);
  let cli: ReturnType<typeof parseCli>;
  let baseline: Baseline | undefined;
  try {
    cli = parseCli(argv, env);
    if (cli.help) {
      io.out(helpText);
      return 0;
    }
    const unknown = unknownTerms(checks, { level: 'core', ...cli.run, load: false, webhooks: false });
    if (unknown.length)
      throw new UsageError(`no check matches ${unknown.map((term) => `"${term}"`).join(', ')} (see --list)`);
    if (cli.baseline)
      baseline = await readBaseline(cli.baseline).catch((error: Error) => {
        throw new UsageError(`--baseline: ${error.message}`);
      });
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.err(`sb-conformance: ${error.message}\nRun sb-conformance --help for the options.`);
    return 2;
  }
  const p = paint(cli.color);
  const selection = {
    level: cli.run.level ?? 'core',
    version: cli.run.apiVersion ?? DOCUMENTED_VERSION,
    ...cli.run,
    load: Boolean(cli.run.load),
    webhooks: Boolean(cli.run.webhooks),
  };
  if (cli.list) {
    for (const check of selectChecks(checks, selection))
      io.out(`${check.id}  ${p.dim(`[${check.level}] ${check.tags.join(' ')}`)}`);
    return 0;
  }
  if (selectChecks(checks, selection).length === 0) {
    io.err('sb-conformance: the options select no check (a full-level tag such as reference needs --level full).');
    return 2;
  }

  const run = await runConformance({
    ...cli.run,
    onProgress: (event) => {
      if (event.type === 'start') {
        io.out(p.bold(`sb-conformance: ${event.total} checks against ${event.target} (API ${event.apiVersion})`));
        for (const line of versionLines(event.version, p)) io.out(line);
        const end = cli.run.keep ? 'kept at the end (--keep)' : 'deleted at the end';
        io.out(p.dim(`Everything this run creates is marked ${event.marker} and ${end}.`));
        if (event.webhookUrl)
          io.out(p.dim(`Listening for webhooks on ${event.webhookUrl} (the target's webhook URL must point there)`));
        io.out('');
      }
      if (event.type === 'check') io.out(progressLine(event.result, p));
    },
  });
  const report = baseline ? { ...run, baseline: compareWithBaseline(baseline, run) } : run;
  io.out(summary(report, p));
  // --fail-on new comes with --baseline (parseCli says so): only a check failing anew fails the run.
  const newFailures = report.baseline?.newlyFailing.length ?? 0;
  const status = (cli.failOn === 'new' ? newFailures === 0 : report.ok) ? 0 : 1;
  if (report.baseline) io.out(baselineSummary(report.baseline, report.apiVersion, p));
  if (cli.failOn === 'new')
    io.out(p.dim(`--fail-on new: ${newFailures} new failure${newFailures === 1 ? '' : 's'}, exit status ${status}`));
  if (cli.reportDir) {
    const written = await writeReport(report, cli.reportDir);
    io.out(p.dim(`Report: ${written.join(', ')}`));
  }
  return status;
};
