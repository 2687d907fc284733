import { type AnyMethod, methodList, webhookList } from '@support-board/contract';
import { describe, expect, test } from 'vitest';
import { unknownTerms } from '../src/core/select.js';
import { checks, notesById, selectChecks } from '../src/index.js';

const ids = checks.map((check) => check.id);
const byId = (id: string) => checks.find((check) => check.id === id)!;

describe('the registry', () => {
  test('check IDs are unique, `area/what`', () => {
    expect(new Set(ids).size).toBe(ids.length);
    for (const check of checks) expect(check.id.startsWith(`${check.area}/`), check.id).toBe(true);
  });

  test('every check is tagged with its group, its area and its methods', () => {
    for (const check of checks) {
      expect(check.tags, check.id).toEqual(expect.arrayContaining([check.group, check.area, ...check.methods]));
    }
  });

  test('every method has its documented call checked, as an example or an integration', () => {
    for (const method of methodList) {
      expect(
        [`examples/${method.name}`, `integrations/${method.name}`].some((id) => ids.includes(id)),
        method.name,
      ).toBe(true);
    }
  });

  test('every required argument of every method has a missing-argument check', () => {
    for (const method of methodList as readonly AnyMethod[]) {
      for (const [name, arg] of Object.entries(method.args)) {
        if (arg.spec.required)
          expect(ids, `${method.name} ${name}`).toContain(`negative/missing-argument/${method.name}/${name}`);
      }
    }
  });

  test('every webhook an API call fires has a check', () => {
    for (const webhook of webhookList) {
      if (webhook.firedBy.length) expect(ids).toContain(`webhooks/${webhook.name}`);
    }
  });

  test('checks of a disagreement are tagged original; checks of a difference are tagged reference and are full', () => {
    for (const check of checks) {
      const notes = check.tags.filter((tag) => tag.startsWith('note:')).map((tag) => notesById.get(tag.slice(5))!);
      if (notes.some((note) => note.kind === 'disagreement')) expect(check.tags, check.id).toContain('original');
      if (notes.some((note) => note.kind === 'difference')) expect(check.tags, check.id).toContain('reference');
      if (check.tags.includes('reference')) expect(check.level, check.id).toBe('full');
    }
    expect(byId('scenarios/pagination-users').tags).toEqual(
      expect.arrayContaining(['original', 'note:pagination-zero-based']),
    );
    expect(byId('scenarios/update-user-partial')).toMatchObject({
      level: 'full',
      tags: expect.arrayContaining(['reference']),
    });
  });

  test('integrations, webhooks and load are full; examples, negatives and scenarios are core unless reference or slow', () => {
    for (const check of checks) {
      const full =
        ['integrations', 'webhooks', 'load'].includes(check.area) ||
        ['reference', 'slow'].some((tag) => check.tags.includes(tag));
      expect(check.level, check.id).toBe(full ? 'full' : 'core');
    }
  });
});

describe('selection', () => {
  const core = selectChecks(checks, { level: 'core' });
  const full = selectChecks(checks, { level: 'full' });

  test('core leaves out integrations, webhooks, load and reference checks', () => {
    expect(core.every((check) => check.level === 'core')).toBe(true);
    expect(core.some((check) => check.area === 'webhooks')).toBe(false);
    expect(full.length).toBeGreaterThan(core.length);
  });

  test('--load and --webhooks add their checks at any level', () => {
    const withLoad = selectChecks(checks, { level: 'core', load: true, webhooks: true });
    expect(withLoad.filter((check) => check.area === 'load').map((c) => c.id)).toEqual([
      'load/read',
      'load/write',
      'load/mixed',
    ]);
    expect(withLoad.some((check) => check.area === 'webhooks')).toBe(true);
  });

  test('--only takes IDs, ID prefixes, groups, methods and tags; --skip leaves them out', () => {
    expect(selectChecks(checks, { level: 'core', only: ['examples/get-user'] }).map((c) => c.id)).toEqual([
      'examples/get-user',
    ]);
    expect(
      selectChecks(checks, { level: 'core', only: ['negative/dispatcher'] }).every((c) =>
        c.id.startsWith('negative/dispatcher/'),
      ),
    ).toBe(true);
    expect(selectChecks(checks, { level: 'core', only: ['users'] }).every((c) => c.tags.includes('users'))).toBe(true);
    const getUser = selectChecks(checks, { level: 'core', only: ['get-user'], skip: ['negative'] });
    expect(getUser.length).toBeGreaterThan(0);
    expect(getUser.every((c) => c.methods.includes('get-user') && c.area !== 'negative')).toBe(true);
  });

  test('--tag and --skip-tag select by tag', () => {
    const original = selectChecks(checks, { level: 'core', tags: ['original'] });
    expect(original.length).toBeGreaterThan(5);
    expect(original.every((c) => c.tags.includes('original'))).toBe(true);
    expect(
      selectChecks(checks, { level: 'core', skipTags: ['original'] }).some((c) => c.tags.includes('original')),
    ).toBe(false);
  });

  test('a check named by its exact ID runs whatever the level', () => {
    expect(selectChecks(checks, { level: 'core', only: ['scenarios/update-user-partial'] }).map((c) => c.id)).toEqual([
      'scenarios/update-user-partial',
    ]);
  });

  test('destructive checks run only when named', () => {
    expect(full.some((check) => check.tags.includes('destructive'))).toBe(false);
    expect(
      selectChecks(checks, { level: 'full', only: ['integrations'] }).some((c) => c.tags.includes('destructive')),
    ).toBe(false);
    expect(selectChecks(checks, { level: 'full', only: ['archive-slack-channels'] }).map((c) => c.id)).toContain(
      'integrations/archive-slack-channels',
    );
    expect(selectChecks(checks, { level: 'full', tags: ['destructive'] }).map((c) => c.id)).toEqual([
      'integrations/archive-slack-channels',
      'integrations/update',
    ]);
  });

  test('terms that match no check are reported', () => {
    expect(unknownTerms(checks, { level: 'core', only: ['users', 'get-usr'], skipTags: ['orignal'] })).toEqual([
      'get-usr',
      'orignal',
    ]);
  });
});
