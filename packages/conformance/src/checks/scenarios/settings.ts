import type { Check } from '../../core/types.js';
import { defineCheck } from '../define.js';

const SKIP = Symbol('skip');

/** What get-setting answers for an entry of get-settings: its value, a group's values unwrapped one level. */
const unwrap = (value: unknown, type: string): unknown => {
  if (type === 'repeater') return SKIP;
  if (type === 'multi-input' && typeof value === 'object' && value !== null && !Array.isArray(value)) {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [key, Array.isArray(item) && item.length === 2 ? item[0] : item]),
    );
  }
  return value;
};

const MAX_SETTINGS = 25;

export const settingsScenarios: Check[] = [
  defineCheck({
    id: 'scenarios/settings-consistency',
    title: 'get-setting answers the value get-settings holds for the same setting, and false for an unknown one',
    area: 'scenarios',
    observes: { 'get-setting': ['setting'] },
    methods: ['get-setting', 'get-settings'],
    tags: ['settings'],
    async run(t) {
      const { marker } = await t.base();
      t.equal(
        'get-setting',
        '$.response (an unknown setting)',
        await t.ok('get-setting', { setting: `${marker}-no-such-setting` }),
        false,
      );
      const all = await t.ok('get-settings');
      if (Array.isArray(all)) return;
      for (const [id, [value, type]] of Object.entries(all).slice(0, MAX_SETTINGS)) {
        const expected = unwrap(value, type);
        if (expected === SKIP) continue;
        const one = await t.ok('get-setting', { setting: id });
        t.equal(
          'get-setting',
          `$.response (setting "${id}")`,
          one,
          expected,
          `get-settings holds "${id}" as [value, "${type}"]; get-setting answers the value.`,
        );
      }
    },
  }),
  defineCheck({
    id: 'scenarios/saved-replies-consistency',
    title: 'saved-replies answers what get-setting answers for the setting saved-replies',
    area: 'scenarios',
    methods: ['saved-replies', 'get-setting'],
    tags: ['settings'],
    async run(t) {
      const replies = await t.ok('saved-replies');
      t.equal(
        'saved-replies',
        '$.response',
        replies,
        await t.ok('get-setting', { setting: 'saved-replies' }),
        'The original reads saved-replies as the setting of that name.',
      );
    },
  }),
];
