import { type Comparison, wasText } from './baseline.js';
import type { Paint } from './console.js';

/** The console's "Since the baseline": the checks newly failing, newly passing and still failing. */
export const baselineSummary = (comparison: Comparison, apiVersion: string, p: Paint): string => {
  const { baseline, newlyFailing, newlyPassing, stillFailing } = comparison;
  const judged = baseline.apiVersion === apiVersion ? '' : `, judged as API ${baseline.apiVersion}`;
  const lines = [
    '',
    p.bold(`Since the baseline (${baseline.file}: ${baseline.startedAt} against ${baseline.target}${judged})`),
    '',
    `  ${newlyFailing.length} newly failing, ${newlyPassing.length} newly passing, ${stillFailing.length} still failing`,
    ...newlyFailing.map((c) => `  ${p.red('✗ new  ')} ${c.id} ${p.dim(`(${c.status}, ${wasText(c)})`)}`),
    ...newlyPassing.map((c) => `  ${p.green('✓ fixed')} ${c.id} ${p.dim(`(${wasText(c)})`)}`),
    ...stillFailing.map((c) => `  ${p.yellow('✗ still')} ${c.id} ${p.dim(`(${c.status}, ${wasText(c)})`)}`),
  ];
  return lines.join('\n');
};
