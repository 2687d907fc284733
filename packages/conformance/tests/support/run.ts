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

export const failedIds = (report: Report): string[] =>
  report.checks.filter((check) => check.status === 'failed').map((check) => check.id);

export const findingsOf = (report: Report): Finding[] => report.checks.flatMap((check) => check.findings);

/** A readable list of what failed, for assertion messages. */
export const describeFailures = (report: Report): string =>
  report.checks
    .filter((check) => check.status === 'failed')
    .map((check) => {
      const lines = check.findings.map(
        (f) => `    ${f.method ?? ''} ${f.path}: expected ${f.expected}, received ${f.received}`,
      );
      return [check.id, ...lines].join('\n');
    })
    .join('\n');
