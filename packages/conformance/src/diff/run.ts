import { randomBytes } from 'node:crypto';
import { DOCUMENTED_VERSION } from '@support-board/contract';
import type { ConformanceOptions } from '../core/settings.js';
import { compareRecordings, type Difference } from './diff.js';
import { type Normalisation, normalisations } from './normalise.js';
import { recordSide, type Side } from './record.js';

export interface DiffOptions
  extends Omit<ConformanceOptions, 'target' | 'token' | 'onExchange' | 'marker' | 'load' | 'webhooks' | 'bail'> {
  a: Side;
  b: Side;
  /** Called when each side's run ends. */
  onSide?: (name: 'A' | 'B', requests: number) => void;
}

/** The same difference seen in several calls: shown once, with its count. */
export interface DifferenceGroup {
  method: string;
  /** The path with list positions as `[*]`. */
  path: string;
  a: string;
  b: string;
  count: number;
  /** The fact that explains it, when one does (`via`: it follows from an earlier difference of its check). */
  explanation?: Difference['explanation'];
  /** The first call that showed it. */
  first: Pick<Difference, 'check' | 'index' | 'call'>;
}

/** Everything a differential run found: what diff.json holds. */
export interface DiffReport {
  tool: 'sb-conformance diff';
  a: string;
  b: string;
  apiVersion: string;
  marker: string;
  startedAt: string;
  durationMs: number;
  requests: { a: number; b: number; paired: number; oneSideOnly: number };
  /** Each normalisation with what it does and how often it applied. */
  normalised: { name: Normalisation; what: string; applied: number }[];
  /** `explained`: by a fact; of them `consequences` follow from an earlier difference of their check. */
  totals: { differences: number; explained: number; consequences: number; unexplained: number; groups: number };
  /** How many differences each fact explains. */
  facts: Record<string, number>;
  /** By method, in the order first met. */
  groups: DifferenceGroup[];
}

// Values alike but for their digits (a generated file name, an ID) group together; the first is shown.
const groupKey = (d: Difference) =>
  JSON.stringify([
    d.method,
    d.path.replace(/\[\d+\]/g, '[*]'),
    ...[d.a, d.b].map((value) => value.replace(/\d+/g, '#')),
    d.explanation?.id,
  ]);

/** Groups equal differences (same method, path, values but for digits, and explanation), methods kept together. */
export const groupDifferences = (differences: Difference[]): DifferenceGroup[] => {
  const groups = new Map<string, DifferenceGroup>();
  for (const d of differences) {
    const key = groupKey(d);
    const found = groups.get(key);
    if (found) found.count += 1;
    else
      groups.set(key, {
        method: d.method,
        path: d.path.replace(/\[\d+\]/g, '[*]'),
        a: d.a,
        b: d.b,
        count: 1,
        ...(d.explanation ? { explanation: d.explanation } : {}),
        first: { check: d.check, index: d.index, call: d.call },
      });
  }
  const methods = [...new Set([...groups.values()].map((g) => g.method))];
  return [...groups.values()].sort((x, y) => methods.indexOf(x.method) - methods.indexOf(y.method));
};

/**
 * Runs the suite's calls against two targets, each with its own fixtures and one marker for both,
 * pairs every call with its twin and lists what differs once normalised, each difference labelled
 * with the recorded fact that explains it, if one does.
 */
export const runDiff = async ({ a, b, onSide, ...options }: DiffOptions): Promise<DiffReport> => {
  const started = new Date();
  const marker = `sbc${randomBytes(5).toString('hex')}`;
  // One version for both, given or the documented one: the same calls, not each side's detected version.
  const apiVersion = options.apiVersion ?? DOCUMENTED_VERSION;
  const record = (side: Side, name: 'A' | 'B') =>
    recordSide(side, { ...options, apiVersion, marker }).then((recording) => {
      onSide?.(name, recording.exchanges.length);
      return recording;
    });
  // Both at once: they are two servers, and the calls of each depend only on its own answers.
  const [ra, rb] = await Promise.all([record(a, 'A'), record(b, 'B')]);
  const compared = compareRecordings(ra, rb);
  const explained = compared.differences.filter((d) => d.explanation).length;
  const facts: Record<string, number> = {};
  for (const d of compared.differences) if (d.explanation) facts[d.explanation.id] = (facts[d.explanation.id] ?? 0) + 1;
  const groups = groupDifferences(compared.differences);
  return {
    tool: 'sb-conformance diff',
    a: a.target,
    b: b.target,
    apiVersion: ra.report.apiVersion,
    marker,
    startedAt: started.toISOString(),
    durationMs: Date.now() - started.getTime(),
    requests: {
      a: ra.exchanges.length,
      b: rb.exchanges.length,
      paired: compared.paired,
      oneSideOnly: compared.pairs - compared.paired,
    },
    normalised: (Object.keys(normalisations) as Normalisation[]).map((name) => ({
      name,
      what: normalisations[name],
      applied: compared.normalised.get(name) ?? 0,
    })),
    totals: {
      differences: compared.differences.length,
      explained,
      consequences: compared.differences.filter((d) => d.explanation?.via?.startsWith('follows')).length,
      unexplained: compared.differences.length - explained,
      groups: groups.length,
    },
    facts,
    groups,
  };
};
