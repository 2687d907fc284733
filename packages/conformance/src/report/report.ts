import type { CheckResult, Level, LoadResult, Status } from '../core/types.js';
import { hintFor } from './hints.js';

export interface Tally {
  passed: number;
  failed: number;
  skipped: number;
}

/** Everything a run found: what `runConformance` answers, and what report.json holds. */
export interface Report {
  tool: 'sb-conformance';
  target: string;
  /** In the names and emails of everything the run created (and deleted). */
  marker: string;
  level: Level;
  startedAt: string;
  finishedAt: string;
  durationMs: number;
  /** HTTP requests the checks made (load profiles not counted). */
  requests: number;
  /** No check failed. */
  ok: boolean;
  totals: Tally & { total: number };
  /** By group: users, conversations, more, and api for what is common to every method. */
  groups: Record<string, Tally>;
  checks: CheckResult[];
  /** The checks tagged `original`: points where the documentation and the original disagree. */
  original: { id: string; status: Status; notes: string[] }[];
  load: LoadResult[];
  /** Checks the registry has that this run did not select. */
  notSelected: number;
}

const tally = (results: CheckResult[]): Tally => ({
  passed: results.filter((r) => r.status === 'passed').length,
  failed: results.filter((r) => r.status === 'failed').length,
  skipped: results.filter((r) => r.status === 'skipped').length,
});

export const buildReport = (input: {
  target: string;
  marker: string;
  level: Level;
  started: Date;
  results: CheckResult[];
  requests: number;
  load: LoadResult[];
  notSelected: number;
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
  return {
    tool: 'sb-conformance',
    target: input.target,
    marker: input.marker,
    level: input.level,
    startedAt: input.started.toISOString(),
    finishedAt: finished.toISOString(),
    durationMs: finished.getTime() - input.started.getTime(),
    requests: input.requests,
    ok: totals.failed === 0,
    totals: { ...totals, total: results.length },
    groups,
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
  };
};
