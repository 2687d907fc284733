import { serviceNotSetUp } from '../checks/integrations/not-configured.js';
import type { CheckResult } from '../core/types.js';
import { categoryLine } from './console.js';
import { type Category, categories, categoryOf, type Report, type Tally, tally } from './report.js';

/** One group of the report's headline: what it is called, its counts in words and as a tally, what it means. */
export interface HeadlineGroup {
  key: Category | 'not-configured';
  label: string;
  counts: string;
  about: string;
  tally: Tally;
}

const isNotConfigured = (result: CheckResult) =>
  result.status === 'skipped' && serviceNotSetUp(result.reason) !== undefined;

/**
 * The headline of report.html: the four categories (see `categoryOf`), worded as the console's, and
 * the checks skipped because the target has not set up a service (Slack, email, ...), apart: each
 * check is in exactly one group.
 */
export const headlineGroups = (report: Report): HeadlineGroup[] => {
  const counted = report.checks.filter((result) => !isNotConfigured(result));
  const byCategory = categories.map((key): HeadlineGroup => {
    const t = tally(counted.filter((result) => categoryOf(result.tags) === key));
    const [label, counts, about] = categoryLine(key, t);
    const none = t.passed + t.failed + t.blocked + t.skipped === 0;
    return { key, label, counts: none ? 'none in this run' : counts, about, tally: t };
  });
  const notConfigured = report.checks.filter(isNotConfigured);
  const services = [...new Set(notConfigured.map((result) => serviceNotSetUp(result.reason)))];
  const count = notConfigured.length;
  return [
    ...byCategory,
    {
      key: 'not-configured',
      label: 'skipped: service not configured',
      counts: `${count} check${count === 1 ? '' : 's'}`,
      about: count ? `not set up on the target: ${services.join(', ')}` : 'every service the checks need is set up',
      tally: tally(notConfigured),
    },
  ];
};
