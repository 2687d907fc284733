import { shellQuote } from '../core/curl.js';
import type { VersionChoice } from '../core/detect-version.js';
import type { Reading } from '../core/readings.js';
import type { CheckResult, LoadResult } from '../core/types.js';
import { coverageLine } from '../coverage/map.js';
import { type Found, findingRows } from './finding.js';
import { byBlockingCause, type Category, categories, type Report, type Tally } from './report.js';

export interface Paint {
  green(text: string): string;
  red(text: string): string;
  yellow(text: string): string;
  dim(text: string): string;
  bold(text: string): string;
}

export const paint = (enabled: boolean): Paint => {
  const wrap = (open: number, close: number) => (text: string) =>
    enabled ? `\x1b[${open}m${text}\x1b[${close}m` : text;
  return { green: wrap(32, 39), red: wrap(31, 39), yellow: wrap(33, 39), dim: wrap(2, 22), bold: wrap(1, 22) };
};

/** One line per check as it finishes. */
export const progressLine = (result: CheckResult, p: Paint): string => {
  const ms = p.dim(`(${result.ms} ms)`);
  if (result.status === 'passed') return `  ${p.green('✓')} ${result.id} ${ms}`;
  if (result.status === 'skipped')
    return `  ${p.yellow('-')} ${result.id} ${p.yellow('skipped')}: ${result.reason ?? ''} ${ms}`;
  if (result.status === 'blocked')
    return `  ${p.yellow('!')} ${result.id} ${ms} ${p.yellow(`blocked by ${result.blockedBy?.method ?? 'a set-up call'}`)}`;
  const count = result.findings.length;
  return `  ${p.red('✗')} ${result.id} ${ms} ${p.red(`${count} finding${count === 1 ? '' : 's'}`)}`;
};

const row = (cells: string[], widths: number[]) =>
  cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0))).join('  ');

const table = (header: string[], rows: string[][]) => {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  return [row(header, widths), ...rows.map((r) => row(r, widths))].map((line) => `  ${line}`);
};

const findingLines = (finding: Found, p: Paint) => [
  ...findingRows(finding).map(([label, value]) => `      ${p.dim(label.padEnd(8))}  ${value}`),
  '',
];

/** Each profile's figures, and a note for those measured on a new connection per request, with what the probe saw. */
const loadTable = (load: LoadResult[], p: Paint) => {
  const rows = load.map((l) => [
    l.profile,
    String(l.requestsPerSecond),
    String(l.p50),
    String(l.p90),
    String(l.p99),
    `${(l.errorRate * 100).toFixed(2)}%`,
    String(l.sent),
    String(l.answers),
  ]);
  const perRequest = load.filter((l) => l.client === 'connection-per-request');
  const notes = [...new Set(perRequest.map((l) => l.probe))].map((probe) => {
    const profiles = perRequest.filter((l) => l.probe === probe).map((l) => l.profile);
    return p.dim(`  ${profiles.join(', ')}: a new connection per request; the request before the load saw ${probe}`);
  });
  return [...table(['profile', 'req/s', 'p50 ms', 'p90 ms', 'p99 ms', 'errors', 'sent', 'answers'], rows), ...notes];
};

const tallyCells = (t: Tally) => [String(t.passed), String(t.failed), String(t.blocked), String(t.skipped)];

/** What each category means, in the headline. */
export const CATEGORY_TEXT: Record<Category, { label: string; about: string }> = {
  compatibility: { label: 'compatible', about: 'what a server answering like the original must pass' },
  hardening: {
    label: 'hardening',
    about: 'bad input must be refused cleanly; the original itself is unsafe there (security, not compatibility)',
  },
  'fails-on-original': {
    label: 'fails on the original',
    about: "the original's own bugs, or a configuration it lacks",
  },
  'by-design': { label: 'differences by design', about: "the reference server's deliberate differences" },
};

/** A category's line of the headline: its label, its counts, what it means. */
export const categoryLine = (category: Category, t: Tally): [string, string, string] => {
  const checked = t.passed + t.failed + t.blocked;
  const counts =
    category === 'hardening'
      ? `${t.failed} finding${t.failed === 1 ? '' : 's'} in ${checked} check${checked === 1 ? '' : 's'}`
      : `${t.passed}/${checked} passed`;
  const rest = [
    ...(category !== 'hardening' && t.failed ? [`${t.failed} failed`] : []),
    ...(t.blocked ? [`${t.blocked} blocked`] : []),
    ...(t.skipped ? [`${t.skipped} skipped`] : []),
  ];
  return [CATEGORY_TEXT[category].label, [counts, ...rest].join(', '), CATEGORY_TEXT[category].about];
};

/** The blocked checks, grouped by the call that blocked them: one cause, shown once. */
const blockedLines = (blocked: CheckResult[], p: Paint) => {
  const lines = ['', p.bold(`Blocked (${blocked.length}), by the call that failed`), ''];
  for (const results of byBlockingCause(blocked)) {
    const cause = results[0]?.blockedBy;
    const count = `${results.length} check${results.length === 1 ? '' : 's'}`;
    lines.push(`  ${p.yellow('!')} ${p.bold(cause?.method ?? 'a set-up call')} ${p.dim(`blocked ${count}`)}`);
    if (cause) lines.push(...findingLines(cause, p).slice(cause.method ? 1 : 0, -1));
    lines.push(`      ${p.dim('checks  ')}  ${results.map((r) => r.id).join(', ')}`, '');
  }
  return lines;
};

/** How the version judged by was chosen, in a few words, with the evidence when it was detected. */
export const versionLines = (choice: VersionChoice, p: Paint): string[] => {
  if (choice.how === 'given') return [];
  const head =
    choice.how === 'detected'
      ? `API ${choice.version}, detected from the target's answers (--api-version to choose):`
      : `API ${choice.version}: no answer told the version, so the documented one (--api-version to choose):`;
  return [p.dim(head), ...choice.evidence.map((line) => p.dim(`  ${line}`))];
};

/** The set-up calls whose values were read elsewhere than the contract puts them. */
const readingLines = (readings: Reading[], p: Paint) => [
  '',
  p.bold(`Set-up readings (${readings.length})`),
  p.dim('  Values the suite needed from set-up calls, read elsewhere than the contract puts them; the'),
  p.dim("  run went on with them, and the call's own checks report the difference."),
  '',
  ...readings.flatMap((r) => [
    `  ${p.yellow('~')} ${p.bold(r.method)} ${r.value} ${p.dim(`(${r.times} call${r.times === 1 ? '' : 's'})`)}`,
    `      ${p.dim('contract')}  ${r.documented}`,
    `      ${p.dim('read    ')}  ${r.read}`,
  ]),
];

/** The end of a run: per group, every failure in full, what blocked what, the headline, load. */
export const summary = (report: Report, p: Paint): string => {
  const how =
    report.version.how === 'given' ? '' : `, ${report.version.how === 'detected' ? 'detected' : 'by default'}`;
  const lines: string[] = ['', p.bold(`Summary (judged as API ${report.apiVersion}${how})`), ''];
  const groups = ['api', 'users', 'conversations', 'more'].filter((g) => report.groups[g]);
  lines.push(
    ...table(
      ['group', 'passed', 'failed', 'blocked', 'skipped'],
      [...groups.map((g) => [g, ...tallyCells(report.groups[g]!)]), ['total', ...tallyCells(report.totals)]],
    ),
  );

  const failed = report.checks.filter((r) => r.status === 'failed');
  if (failed.length) {
    lines.push('', p.bold(`Failures (${failed.length})`), '');
    for (const result of failed) {
      lines.push(`  ${p.red('✗')} ${p.bold(result.id)} ${p.dim(`— ${result.title}`)}`);
      if (result.onOriginal) lines.push(`      ${p.dim(result.onOriginal.kind)}  ${result.onOriginal.reason}`, '');
      for (const finding of result.findings) lines.push(...findingLines(finding, p));
    }
  }

  const blocked = report.checks.filter((r) => r.status === 'blocked');
  if (blocked.length) lines.push(...blockedLines(blocked, p));
  if (report.readings.length) lines.push(...readingLines(report.readings, p));

  if (report.original.length) {
    lines.push('', p.bold('Compatibility with the original'));
    lines.push(
      p.dim(
        '  Points where the documentation and the original disagree ' +
          '(select with --tag original, leave out with --skip-tag original):',
      ),
    );
    for (const item of report.original) {
      const mark = item.status === 'passed' ? p.green('✓') : item.status === 'failed' ? p.red('✗') : p.yellow('-');
      lines.push(`  ${mark} ${item.id} ${p.dim(item.notes.join(', '))}`);
    }
  }

  if (report.load.length) lines.push('', p.bold('Load'), '', ...loadTable(report.load, p));

  const headline = categories.filter((category) => {
    const t = report.categories[category];
    return t.passed + t.failed + t.blocked + t.skipped > 0;
  });
  const rows = headline.map((category) => categoryLine(category, report.categories[category]));
  const widths = [0, 1].map((i) => Math.max(...rows.map((r) => r[i]!.length)));
  lines.push('', p.bold('Headline'), '');
  for (const [label, counts, about] of rows) {
    lines.push(`  ${label!.padEnd(widths[0]!)}  ${counts!.padEnd(widths[1]!)}  ${p.dim(about!)}`);
  }

  const { passed, failed: failures, blocked: blocks, skipped, total } = report.totals;
  const seconds = (report.durationMs / 1000).toFixed(1);
  const counts =
    `${passed} passed, ${failures} failed, ${blocks ? `${blocks} blocked, ` : ''}${skipped} skipped of ${total} checks ` +
    `in ${seconds} s (${report.requests} requests)`;
  lines.push('', report.ok ? p.green(p.bold(`PASSED  ${counts}`)) : p.red(p.bold(`FAILED  ${counts}`)));
  if (report.notSelected) lines.push(p.dim(`${report.notSelected} checks not selected (see --level, --only, --tag).`));
  if (report.kept?.length) {
    const ids = JSON.stringify(report.kept);
    lines.push(
      p.dim(
        `Kept (--keep): the ${report.kept.length} users this run created, marked ${report.marker}. To delete them:`,
      ),
      p.dim(
        `  curl -s ${shellQuote(report.target)} -d "token=$TOKEN" --data-urlencode 'function=delete-users' --data-urlencode ${shellQuote(`user_ids=${ids}`)}`,
      ),
    );
  }
  if (report.coverage) lines.push(coverageLine(report.coverage));
  return lines.join('\n');
};
