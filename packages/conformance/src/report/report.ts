import type { ApiVersion } from '@support-board/contract';
import type { VersionChoice } from '../core/detect-version.js';
import type { Reading } from '../core/readings.js';
import type { CheckResult, Level, LoadResult, Status } from '../core/types.js';
import type { Coverage } from '../coverage/map.js';
import type { Comparison } from './baseline.js';
import { hintFor } from './hints.js';
import { SUITE_VERSION } from './suite-version.js';

export interface Tally {
  passed: number;
  failed: number;
  blocked: number;
  skipped: number;
}

/**
 * What a result means for a vendor, from the check's tags:
 * - `compatibility`: what a server answering like the original must pass;
 * - `hardening`: bad input the original itself takes unsafely (tag `hardening`): security findings;
 * - `fails-on-original`: the original's own bugs, or a configuration it lacks (tag `fails-on-original`);
 * - `by-design`: the reference server's deliberate differences from the original (tag `reference`).
 */
export type Category = 'compatibility' | 'hardening' | 'fails-on-original' | 'by-design';
export const categories: readonly Category[] = ['compatibility', 'hardening', 'fails-on-original', 'by-design'];

export const categoryOf = (tags: readonly string[]): Category =>
  tags.includes('hardening')
    ? 'hardening'
    : tags.includes('fails-on-original')
      ? 'fails-on-original'
      : tags.includes('reference')
        ? 'by-design'
        : 'compatibility';

/** Everything a run found: what `runConformance` answers, and what report.json holds. */
export interface Report {
  tool: 'sb-conformance';
  /** The version of the suite that ran (its package.json). */
  suiteVersion: string;
  target: string;
  /** The API version the answers were judged by. */
  apiVersion: ApiVersion;
  /** How that version was chosen: given (--api-version), detected from the target's answers, or the fallback. */
  version: VersionChoice;
  /**
   * Set-up calls whose value (a new ID, a time) was read elsewhere than the contract puts it: the run
   * used it all the same, and the call's own checks report the difference.
   */
  readings: Reading[];
  /** In the names and emails of everything the run created (and deleted). */
  marker: string;
  level: Level;
  startedAt: string;
  finishedAt: string;
  durationMs: number;
  /** HTTP requests the checks made (load profiles not counted). */
  requests: number;
  /** No check failed or was blocked. */
  ok: boolean;
  totals: Tally & { total: number };
  /** By group: users, conversations, more, and api for what is common to every method. */
  groups: Record<string, Tally>;
  /** By what a result means (see `Category`): the headline. */
  categories: Record<Category, Tally>;
  checks: CheckResult[];
  /** The checks tagged `original`: points where the documentation and the original disagree. */
  original: { id: string; status: Status; notes: string[] }[];
  load: LoadResult[];
  /** Checks the registry has that this run did not select. */
  notSelected: number;
  /** What changed since a previous run (the command line's --baseline). */
  baseline?: Comparison;
  /** The coverage map: which checks of this run proved each argument and error code of the contract. */
  coverage?: Coverage;
  /** With `keep`: the IDs of the users the run created and did not delete. */
  kept?: number[];
}

/**
 * The blocked checks grouped by what blocked them: the same call failing the same way (its method,
 * where the value was looked for, what was expected), whatever its arguments; the first one's answer
 * and `curl` line stand for the group.
 */
export const byBlockingCause = (blocked: readonly CheckResult[]): CheckResult[][] => {
  const groups = new Map<string, CheckResult[]>();
  for (const result of blocked) {
    const cause = result.blockedBy;
    const key = cause ? JSON.stringify([cause.method, cause.path, cause.expected]) : '';
    groups.set(key, [...(groups.get(key) ?? []), result]);
  }
  return [...groups.values()];
};

/** How many of the results passed, failed, were blocked and were skipped. */
export const tally = (results: CheckResult[]): Tally => ({
  passed: results.filter((r) => r.status === 'passed').length,
  failed: results.filter((r) => r.status === 'failed').length,
  blocked: results.filter((r) => r.status === 'blocked').length,
  skipped: results.filter((r) => r.status === 'skipped').length,
});

export const buildReport = (input: {
  target: string;
  apiVersion: ApiVersion;
  version: VersionChoice;
  readings: Reading[];
  marker: string;
  level: Level;
  started: Date;
  results: CheckResult[];
  requests: number;
  load: LoadResult[];
  notSelected: number;
  coverage?: Coverage;
  kept?: number[];
}): Report => {
  const finished = new Date();
  const results = input.results.map((r) => ({
    ...r,
    findings: r.findings.map((finding) => ({ ...finding, ...(finding.hint ? {} : hintFor(finding)) })),
  }));
  const groups: Record<string, Tally> = {};
  for (const group of [...new Set(results.map((r) => r.group))]) {
    groups[group] = tally(results.filter((r) => r.group === group));
  }
  const totals = tally(results);
  const byCategory = Object.fromEntries(
    categories.map((category) => [category, tally(results.filter((r) => categoryOf(r.tags) === category))]),
  ) as Record<Category, Tally>;
  return {
    tool: 'sb-conformance',
    suiteVersion: SUITE_VERSION,
    target: input.target,
    apiVersion: input.apiVersion,
    version: input.version,
    readings: input.readings,
    marker: input.marker,
    level: input.level,
    startedAt: input.started.toISOString(),
    finishedAt: finished.toISOString(),
    durationMs: finished.getTime() - input.started.getTime(),
    requests: input.requests,
    ok: totals.failed === 0 && totals.blocked === 0,
    totals: { ...totals, total: results.length },
    groups,
    categories: byCategory,
    checks: results,
    original: results
      .filter((r) => r.tags.includes('original'))
      .map((r) => ({
        id: r.id,
        status: r.status,
        notes: r.tags.filter((t) => t.startsWith('note:')).map((t) => t.slice(5)),
      })),
    load: input.load,
    notSelected: input.notSelected,
    ...(input.coverage ? { coverage: input.coverage } : {}),
    ...(input.kept ? { kept: input.kept } : {}),
  };
};
