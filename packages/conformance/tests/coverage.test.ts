import { type ApiVersion, apiVersions } from '@support-board/contract';
import { describe, expect, test } from 'vitest';
import { checkResult } from '../src/core/execute.js';
import type { Check, CheckResult } from '../src/core/types.js';
import { contractItems } from '../src/coverage/contract-items.js';
import { argumentExceptions, errorExceptions } from '../src/coverage/exceptions.js';
import { buildCoverage, coverageLine, missingFrom } from '../src/coverage/map.js';
import { checks } from '../src/index.js';
import { htmlReport } from '../src/report/html/page.js';
import { buildReport } from '../src/report/report.js';

/** Every check that applies to `version`, at level full: what the suite can prove of that version. */
const checksOf = (version: ApiVersion, list: readonly Check[] = checks) =>
  list.filter((check) => !check.versions || check.versions.includes(version));

const missingText = (version: ApiVersion, list?: readonly Check[]) => {
  const missing = missingFrom(buildCoverage(checksOf(version, list), version));
  return [...missing.arguments.map((a) => `argument ${a}`), ...missing.errors.map((e) => `error code ${e}`)];
};

describe.each(apiVersions)('the coverage map of API %s', (version) => {
  test('every argument of every method has a check observing its effect, or an exception with its reason', () => {
    const missing = missingFrom(buildCoverage(checksOf(version), version)).arguments;
    expect(
      missing,
      `arguments no check observes (add a check, or an entry to src/coverage/exceptions.ts):\n${missing.join('\n')}`,
    ).toEqual([]);
  });

  test('every documented error code of every method has a check provoking it exactly, or an exception', () => {
    const missing = missingFrom(buildCoverage(checksOf(version), version)).errors;
    expect(missing, `error codes no check provokes:\n${missing.join('\n')}`).toEqual([]);
  });

  test('no exception stands where a check proves the item', () => {
    const coverage = buildCoverage(checksOf(version), version);
    const needless = coverage.methods.flatMap((m) => [
      ...m.arguments
        .filter((a) => a.exception && a.observedBy.length)
        .map((a) => `${m.method} ${a.name}: ${a.observedBy}`),
      ...m.errors
        .filter((e) => e.exception && e.provokedBy.length)
        .map((e) => `${m.method} ${e.code}: ${e.provokedBy}`),
    ]);
    expect(needless).toEqual([]);
  });
});

describe('the coverage declarations', () => {
  const known = (pick: 'arguments' | 'errors') =>
    new Set(apiVersions.flatMap((v) => contractItems(v).flatMap((m) => m[pick].map((item) => `${m.method} ${item}`))));

  test('each names a method the check calls, and an argument or error code the contract has', () => {
    const args = known('arguments');
    const errors = known('errors');
    const wrong = checks.flatMap((check) => [
      ...Object.entries(check.observes ?? {}).flatMap(([method, names = []]) =>
        names
          .filter((n) => !args.has(`${method} ${n}`) || !check.methods.includes(method))
          .map((n) => `${check.id}: observes ${method} ${n}`),
      ),
      ...Object.entries(check.provokes ?? {}).flatMap(([method, codes = []]) =>
        codes
          .filter((c) => !errors.has(`${method} ${c}`) || !check.methods.includes(method))
          .map((c) => `${check.id}: provokes ${method} ${c}`),
      ),
    ]);
    expect(wrong).toEqual([]);
  });

  test('each exception is of an argument or error code the contract has, with a reason', () => {
    for (const [table, pick] of [
      [argumentExceptions, 'arguments'],
      [errorExceptions, 'errors'],
    ] as const) {
      const items = known(pick);
      for (const [key, exception] of Object.entries(table)) {
        expect(items.has(key), key).toBe(true);
        expect(exception.reason.length, key).toBeGreaterThan(20);
      }
    }
  });

  test('a check that stops observing an argument fails the map, which names what is missing', () => {
    const without = checks.map((check) =>
      check.id === 'scenarios/effect/current-url' ? { ...check, observes: { 'current-url': ['user_id'] } } : check,
    );
    expect(missingText('3.0', without)).toEqual(['argument current-url url']);
    const unprovoked = checks.filter((check) => check.id !== 'negative/error-code/update-message/missing-arguments');
    expect(missingText('3.0', unprovoked)).toEqual(['error code update-message missing-arguments']);
  });
});

describe('the coverage map of a run', () => {
  const result = (check: Check, status: CheckResult['status'], sent: CheckResult['sent']): CheckResult =>
    checkResult(check, status, 1, [], { sent });
  const fields = checks.find((check) => check.id === 'scenarios/effect/current-url')!;
  const types = checks.find((check) => check.id === 'scenarios/effect/get-users-user-types')!;
  const results = [
    result(fields, 'passed', { 'current-url': ['url', 'user_id'] }),
    result(types, 'skipped', { 'get-users': ['search', 'user_types'] }),
  ];
  const coverage = buildCoverage([fields, types], '3.0', results);
  const argument = (method: string, name: string) =>
    coverage.methods.find((m) => m.method === method)?.arguments.find((a) => a.name === name);

  test('counts only the checks that ran, and which checks sent each argument', () => {
    expect(argument('current-url', 'url')).toEqual({ name: 'url', observedBy: [fields.id], sentBy: 1 });
    expect(argument('get-users', 'user_types')).toEqual({ name: 'user_types', observedBy: [], sentBy: 1 });
    expect(coverageLine(coverage)).toMatch(
      /^Coverage {2}arguments 2\/111 observed \(33 excepted, 76 not proven\), error codes 0\/170 provoked/,
    );
  });

  test('report.html shows it: each argument links to the list of its checks, the not proven outlined', () => {
    const report = buildReport({
      target: 'http://127.0.0.1:1/include/api.php',
      apiVersion: '3.0',
      version: { version: '3.0', how: 'given', evidence: [] },
      readings: [],
      marker: 'sbc0000000000',
      level: 'core',
      started: new Date(),
      results,
      requests: 2,
      load: [],
      notSelected: 0,
      coverage,
    });
    const page = htmlReport(report);
    expect(page).toContain('<section id="coverage">');
    expect(page).toMatch(
      /<a class="passed" href="#m-current-url-scenarios" title="observed by scenarios\/effect\/current-url">url<\/a>/,
    );
    expect(page).toContain('<span class="missing" title="no check observed it">user_types</span>');
    expect(page).toContain('<span class="skipped" title="stored as a hash');
  });
});
