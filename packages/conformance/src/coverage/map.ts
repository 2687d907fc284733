import type { ApiVersion, Group } from '@support-board/contract';
import type { ByMethod, Check, CheckResult } from '../core/types.js';
import { contractItems } from './contract-items.js';
import { argumentExceptions, errorExceptions, exceptionFor } from './exceptions.js';

export interface ArgumentCoverage {
  name: string;
  /** The checks that observe the argument's effect. */
  observedBy: string[];
  /** How many checks' calls carried it in this run (each result's `sent` says which). */
  sentBy: number;
  /** Why no check can observe its effect through the API. */
  exception?: string;
}

export interface ErrorCoverage {
  code: string;
  /** The checks that provoke the code and require exactly it. */
  provokedBy: string[];
  exception?: string;
}

export interface MethodCoverage {
  method: string;
  group: Group;
  arguments: ArgumentCoverage[];
  errors: ErrorCoverage[];
}

export interface CoverageTotals {
  total: number;
  /** Observed (arguments) or provoked (error codes) by at least one check. */
  covered: number;
  /** Not covered, with the reason in the exceptions list. */
  excepted: number;
  /** Neither: what the suite does not prove. */
  missing: number;
}

/** The suite's coverage of the contract: for every method, which checks prove each argument and error code. */
export interface Coverage {
  apiVersion: ApiVersion;
  methods: MethodCoverage[];
  arguments: CoverageTotals & { sent: number };
  errors: CoverageTotals;
}

const checksFor = (
  checks: readonly Check[],
  pick: (check: Check) => ByMethod | undefined,
  method: string,
  item: string,
) => checks.filter((check) => pick(check)?.[method]?.includes(item)).map((check) => check.id);

const totals = (items: { by: string[]; exception?: string }[]): CoverageTotals => {
  const covered = items.filter((item) => item.by.length).length;
  const excepted = items.filter((item) => !item.by.length && item.exception).length;
  return { total: items.length, covered, excepted, missing: items.length - covered - excepted };
};

/**
 * The coverage map of `checks` for `version`. With a run's `results`, only the checks that ran to
 * an end (passed or failed) count, and `sentBy` counts the checks whose calls carried each argument.
 */
export const buildCoverage = (
  checks: readonly Check[],
  version: ApiVersion,
  results?: readonly CheckResult[],
): Coverage => {
  const ran =
    results && new Set(results.filter((r) => r.status === 'passed' || r.status === 'failed').map((r) => r.id));
  const counted = ran ? checks.filter((check) => ran.has(check.id)) : checks;
  const methods = contractItems(version).map(
    ({ method, group, arguments: args, errors }): MethodCoverage => ({
      method,
      group,
      arguments: args.map((name) => {
        const exception = exceptionFor(argumentExceptions, `${method} ${name}`, version);
        return {
          name,
          observedBy: checksFor(counted, (check) => check.observes, method, name),
          sentBy: (results ?? []).filter((r) => r.sent?.[method]?.includes(name)).length,
          ...(exception ? { exception } : {}),
        };
      }),
      errors: errors.map((code) => {
        const exception = exceptionFor(errorExceptions, `${method} ${code}`, version);
        return {
          code,
          provokedBy: checksFor(counted, (check) => check.provokes, method, code),
          ...(exception ? { exception } : {}),
        };
      }),
    }),
  );
  const args = methods.flatMap((m) => m.arguments);
  return {
    apiVersion: version,
    methods,
    arguments: {
      ...totals(args.map((a) => ({ by: a.observedBy, ...(a.exception ? { exception: a.exception } : {}) }))),
      sent: args.filter((a) => a.sentBy > 0).length,
    },
    errors: totals(
      methods
        .flatMap((m) => m.errors)
        .map((e) => ({ by: e.provokedBy, ...(e.exception ? { exception: e.exception } : {}) })),
    ),
  };
};

/** What the map does not prove: `method argument` and `method code`, neither covered nor excepted. */
export const missingFrom = (coverage: Coverage): { arguments: string[]; errors: string[] } => ({
  arguments: coverage.methods.flatMap((m) =>
    m.arguments.filter((a) => !a.observedBy.length && !a.exception).map((a) => `${m.method} ${a.name}`),
  ),
  errors: coverage.methods.flatMap((m) =>
    m.errors.filter((e) => !e.provokedBy.length && !e.exception).map((e) => `${m.method} ${e.code}`),
  ),
});

/**
 * One line for the console: `Coverage  arguments 78/111 observed (33 excepted), error codes 142/170
 * provoked (28 excepted), by the checks that ran`, and what is not proven when something is not.
 */
export const coverageLine = (coverage: Coverage): string => {
  const part = (what: string, t: CoverageTotals, verb: string) =>
    `${what} ${t.covered}/${t.total} ${verb} (${t.excepted} excepted${t.missing ? `, ${t.missing} not proven` : ''})`;
  return `Coverage  ${part('arguments', coverage.arguments, 'observed')}, ${part('error codes', coverage.errors, 'provoked')}, by the checks that ran`;
};
