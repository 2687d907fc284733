import { readFile } from 'node:fs/promises';
import type { ApiVersion } from '@support-board/contract';
import type { CheckResult, Status } from '../core/types.js';
import type { Report } from './report.js';

/** What a comparison needs of a previous run's report.json. */
export interface Baseline {
  /** Where it was read from. */
  file: string;
  target: string;
  apiVersion: ApiVersion;
  startedAt: string;
  checks: Pick<CheckResult, 'id' | 'status'>[];
}

/** A check whose state differs from the baseline's, or still fails; `was` is absent when the baseline did not run it. */
export interface Change {
  id: string;
  title: string;
  status: Status;
  was?: Status;
}

/** What changed since the baseline run. A blocked check counts as failing. */
export interface Comparison {
  baseline: Omit<Baseline, 'checks'>;
  /** Failing now, and passed, skipped or not run in the baseline. */
  newlyFailing: Change[];
  /** Passed now, and failed in the baseline. */
  newlyPassing: Change[];
  /** Failing now and in the baseline. */
  stillFailing: Change[];
}

/** What a check was in the baseline, in words. */
export const wasText = (change: Change): string => (change.was ? `was ${change.was}` : 'not in the baseline');

export const isFailing = (status: Status | undefined): boolean => status === 'failed' || status === 'blocked';

/** Reads a previous report.json; throws an Error saying what is wrong with it. */
export const readBaseline = async (file: string): Promise<Baseline> => {
  let parsed: Partial<Report>;
  try {
    parsed = JSON.parse(await readFile(file, 'utf8')) as Partial<Report>;
  } catch (error) {
    throw new Error(`cannot read ${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (parsed.tool !== 'sb-conformance' || !Array.isArray(parsed.checks)) {
    throw new Error(`${file} is not a report.json written by sb-conformance --report`);
  }
  const { target = '', apiVersion = '3.0', startedAt = '', checks } = parsed as Report;
  return { file, target, apiVersion, startedAt, checks: checks.map(({ id, status }) => ({ id, status })) };
};

export const compareWithBaseline = (baseline: Baseline, report: Report): Comparison => {
  const before = new Map(baseline.checks.map((check) => [check.id, check.status]));
  const changes = report.checks.map((result): Change => {
    const was = before.get(result.id);
    return { id: result.id, title: result.title, status: result.status, ...(was ? { was } : {}) };
  });
  const { checks: _, ...about } = baseline;
  return {
    baseline: about,
    newlyFailing: changes.filter((c) => isFailing(c.status) && !isFailing(c.was)),
    newlyPassing: changes.filter((c) => c.status === 'passed' && isFailing(c.was)),
    stillFailing: changes.filter((c) => isFailing(c.status) && isFailing(c.was)),
  };
};
