import type { Status } from '../../core/types.js';
import type { Tally } from '../report.js';

/** Each status's mark, as the console prints it. */
export const MARK: Record<Status, string> = { passed: '✓', failed: '✗', blocked: '!', skipped: '-' };

/** The statuses from worst to best: a group of checks is shown in the colour of its worst. */
const WORST_FIRST: Status[] = ['failed', 'blocked', 'passed', 'skipped'];

export const worstStatus = (statuses: Status[]): Status | undefined =>
  WORST_FIRST.find((status) => statuses.includes(status));

/** "3 passed, 1 failed": the non-zero parts of a tally, worst first. */
export const tallyText = (t: Tally): string =>
  WORST_FIRST.filter((status) => t[status] > 0)
    .map((status) => `${t[status]} ${status}`)
    .join(', ') || 'no check';
