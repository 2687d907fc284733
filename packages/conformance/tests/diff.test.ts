/**
 * The differential run (sb-conformance diff) on targets whose differences are known: the same mock
 * twice (none may remain once normalised), the mock answering as 3.0 and as 3.3 (each 3.3 fact the
 * calls reach shows, explained by that fact, and nothing else), and the reference server against the
 * mock.
 */
import { type ApiVersion, globalNotes, methodList, scopedVersionFacts } from '@support-board/contract';
import { afterAll, describe, expect, test } from 'vitest';
import { main } from '../src/cli/main.js';
import { explainers } from '../src/diff/explainers.js';
import { type DiffReport, runDiff } from '../src/diff/run.js';
import { startMockTarget } from './support/mock.js';
import { startReferenceServer, type Target } from './support/reference.js';

const started: Target[] = [];
const mock = async (apiVersion: ApiVersion) => {
  const target = await startMockTarget({ mode: 'stateful', apiVersion });
  started.push(target);
  return { target: target.url, token: target.token };
};
afterAll(async () => {
  await Promise.all(started.map((target) => target.close()));
});

const unexplained = (report: DiffReport) =>
  report.groups
    .filter((g) => !g.explanation)
    .map((g) => `${g.method} ${g.path} ×${g.count}: A ${g.a} / B ${g.b} (${g.first.check})`);

/** 3.3 facts these calls cannot show: no call of the suite's core checks at 3.0 meets their condition. */
const NOT_REACHED: Record<string, string> = {
  'more-functions': 'the suite calls only the documented functions',
  'webhooks-front-end': 'webhooks are not part of a differential run',
  'db-error-message-object': 'no call makes the mock fail in its database',
  'add-user-duplicate-phone': 'the suite gives each user its own phone; the check that reuses one runs only at 3.3',
  'update-user-duplicate-phone': 'as add-user-duplicate-phone',
  'conversation-details-3-3': "the mock's conversation details are the documented ones in both versions",
  'get-new-conversations-every-status': 'its lists differ first by the status events, which explain the check',
  'csv-conversations-required-id': 'the suite always sends conversation_id',
  'new-conversation-details-3-3': 'a webhook',
  'new-conversation-created-details-3-3': 'a webhook',
};

/**
 * Checks whose calls depend on what each target holds or on its pace, left out of the reference
 * server against the mock: the mock starts with demo settings, saved replies and 108 conversations,
 * the reference server with none; pagination creates as many as the target lacks; the get-new-*
 * scenarios list what came within seconds of the target's clock, which each run reaches at its pace;
 * the reference server's admin is made as it starts, so get-new-users finds it new; get-online-users
 * lists who was active in the last seconds, again as each run's pace has it.
 */
const OWN_DATA = [
  'examples/get-setting',
  'examples/get-settings',
  'examples/saved-replies',
  'scenarios/settings-consistency',
  'scenarios/saved-replies-consistency',
  'scenarios/pagination-conversations',
  'scenarios/sorting-conversations',
  'scenarios/get-new-users',
  'scenarios/get-new-conversations',
  'scenarios/get-new-users-order',
  'scenarios/effect/get-online-users-exclude',
];

describe('sb-conformance diff', () => {
  test('every explainer names a fact or a note the contract records', () => {
    const ids = new Set([
      ...scopedVersionFacts('3.3').map(({ fact }) => fact.id),
      ...globalNotes.map((note) => note.id),
      ...methodList.flatMap((method) => method.notes.map((note) => note.id)),
    ]);
    expect(explainers.map((e) => e.id).filter((id) => !ids.has(id))).toEqual([]);
  });

  test('the same mock twice: no difference once normalised', async () => {
    const [a, b] = await Promise.all([mock('3.0'), mock('3.0')]);
    const report = await runDiff({ a, b });
    expect(report.requests.oneSideOnly).toBe(0);
    expect(report.requests.paired).toBeGreaterThan(1000);
    expect(unexplained(report)).toEqual([]);
    expect(report.totals.differences).toBe(0);
  });

  test('the mock as 3.0 and as 3.3: every 3.3 fact the calls reach, explained by it, and nothing else', async () => {
    const [a, b] = await Promise.all([mock('3.0'), mock('3.3')]);
    const report = await runDiff({ a, b });
    expect(unexplained(report)).toEqual([]);
    const facts = scopedVersionFacts('3.3').map(({ fact }) => fact.id);
    expect(Object.keys(report.facts).filter((id) => !facts.includes(id))).toEqual([]);
    expect(facts.filter((id) => !(id in NOT_REACHED) && !(id in report.facts))).toEqual([]);
  });

  test('the reference server against the mock: no unexplained difference', async () => {
    const reference = await startReferenceServer();
    started.push(reference);
    const b = await mock('3.0');
    const report = await runDiff({ a: { target: reference.url, token: reference.token }, b, skip: OWN_DATA });
    expect(unexplained(report)).toEqual([]);
    expect(report.requests.oneSideOnly).toBe(0);
  });

  test('the command line: a usage error exits 2, differences exit 1 with --fail-on any', async () => {
    const out: string[] = [];
    const io = { out: (text: string) => out.push(text), err: (text: string) => out.push(text) };
    expect(await main(['diff', '--a', 'http://127.0.0.1:1/include/api.php'], io, {})).toBe(2);
    expect(out.join('\n')).toContain('--a-token');
  });
});
