import { type ConformanceOptions, type Finding, type Report, runConformance } from '../../src/index.js';
import type { Target } from './reference.js';

/** Runs the suite against a target, quietly; `onStart` gets the webhook receiver's URL when there is one. */
export const runAgainst = (
  target: Target,
  options: Omit<ConformanceOptions, 'target' | 'token'> = {},
  onStart?: (webhookUrl: string | undefined) => void,
): Promise<Report> =>
  runConformance({
    target: target.url,
    token: target.token,
    ...options,
    onProgress: (event) => {
      if (event.type === 'start') onStart?.(event.webhookUrl);
    },
  });

/** The checks that did not pass or skip: failed, or blocked by a set-up call. */
const notPassed = (report: Report) =>
  report.checks.filter((check) => check.status === 'failed' || check.status === 'blocked');

export const failedIds = (report: Report): string[] => notPassed(report).map((check) => check.id);

export const findingsOf = (report: Report): Finding[] => report.checks.flatMap((check) => check.findings);

/** A readable list of what failed, for assertion messages. */
export const describeFailures = (report: Report): string =>
  notPassed(report)
    .map((check) => {
      const lines = [
        ...check.findings,
        ...(check.blockedBy ? [{ ...check.blockedBy, path: `blocked by ${check.blockedBy.path}` }] : []),
      ].map((f) => `    ${f.method ?? ''} ${f.path}: expected ${f.expected}, received ${f.received}`);
      return [check.id, ...lines].join('\n');
    })
    .join('\n');
