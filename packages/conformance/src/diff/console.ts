import type { Paint } from '../report/console.js';
import type { DifferenceGroup, DiffReport } from './run.js';

const MAX_VALUE = 100;
const cut = (text: string) => (text.length > MAX_VALUE ? `${text.slice(0, MAX_VALUE)}…` : text);
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

const callText = (call: Record<string, string>) =>
  Object.entries(call)
    .filter(([key]) => key !== 'function')
    .map(([key, value]) => `${key}=${cut(value)}`)
    .join(' ');

const groupLines = (group: DifferenceGroup, p: Paint) => {
  const label = group.explanation
    ? p.green(`explained: ${group.explanation.id}${group.explanation.via ? ` (${group.explanation.via})` : ''}`)
    : p.red('unexplained');
  return [
    `    ${group.path}  ${p.dim(`×${group.count}`)}  ${label}`,
    `      A  ${cut(group.a)}`,
    `      B  ${cut(group.b)}`,
    p.dim(`      first in ${group.first.check} #${group.first.index}: ${cut(callText(group.first.call))}`),
  ];
};

/** The console summary: what was compared and normalised, each difference by method, the verdict. */
export const diffSummary = (report: DiffReport, p: Paint, { all = false }: { all?: boolean } = {}): string => {
  const lines: string[] = ['', p.bold('Normalised (not reported)'), ''];
  const width = Math.max(...report.normalised.map((n) => n.name.length));
  for (const n of report.normalised)
    lines.push(`  ${n.name.padEnd(width)}  ${String(n.applied).padStart(6)}  ${p.dim(n.what)}`);
  const shown = all ? report.groups : report.groups.filter((g) => !g.explanation);
  lines.push('', p.bold(all ? 'Differences' : 'Unexplained differences'), '');
  let method = '';
  for (const group of shown) {
    if (group.method !== method) {
      method = group.method;
      lines.push(`  ${p.bold(method)}`);
    }
    lines.push(...groupLines(group, p));
  }
  if (!shown.length) lines.push('  none');
  const facts = Object.entries(report.facts).sort(([, x], [, y]) => y - x);
  if (facts.length) {
    lines.push('', p.bold('Explained by recorded facts'), '');
    for (const [id, n] of facts) lines.push(`  ${String(n).padStart(6)}  ${id}`);
  }
  const { totals, requests } = report;
  const verdict = totals.unexplained ? p.red('DIFFERENT') : totals.differences ? p.green('EXPLAINED') : p.green('SAME');
  lines.push(
    '',
    `${verdict}  ${plural(totals.differences, 'difference')} (${totals.explained} explained, ${totals.consequences} of them as consequences; ${totals.unexplained} unexplained) in ${plural(totals.groups, 'group')}; ` +
      `${requests.paired} calls paired, ${requests.oneSideOnly} on one side only (A ${requests.a}, B ${requests.b} requests) in ${(report.durationMs / 1000).toFixed(1)} s`,
  );
  return lines.join('\n');
};
