import { apiVersions, methods, wireName } from '@support-board/contract';
import type { Check } from '../../core/types.js';
import { defineCheck } from '../define.js';
import { INJECTIONS } from './injection-strings.js';

const UNKNOWN = 'get-everything';

/** The dispatcher's own answers, in the original's order: function, function known, token, token valid. */
export const dispatcherChecks: Check[] = [
  defineCheck({
    id: 'negative/dispatcher/missing-function',
    title: 'A call without `function` answers missing-function-name',
    area: 'negative',
    methods: [],
    tags: ['dispatcher'],
    async run(t) {
      t.expectExactError(undefined, await t.api.post({ token: t.api.token }), 'missing-function-name');
    },
  }),
  defineCheck({
    id: 'negative/dispatcher/unknown-function-without-token',
    title: 'An unknown function without a token answers function-not-found (the function is checked first)',
    area: 'negative',
    methods: [],
    tags: ['dispatcher'],
    async run(t) {
      const answer = await t.api.post({ function: UNKNOWN });
      t.expectExactError(undefined, answer, 'function-not-found', { function: UNKNOWN });
    },
  }),
  defineCheck({
    id: 'negative/dispatcher/unknown-function',
    title: 'An unknown function answers function-not-found',
    area: 'negative',
    methods: [],
    tags: ['dispatcher'],
    async run(t) {
      const answer = await t.api.post({ token: t.api.token, function: UNKNOWN });
      t.expectExactError(undefined, answer, 'function-not-found', { function: UNKNOWN });
    },
  }),
  defineCheck({
    id: 'negative/dispatcher/wp-sync',
    title: "wp-synch's name in another version is not a method (wp-sync in 3.0, wp-synch in 3.3)",
    area: 'negative',
    methods: ['wp-synch'],
    notes: ['wp-synch-name'],
    tags: ['dispatcher'],
    async run(t) {
      const current = wireName(methods['wp-synch'], t.version);
      const others = new Set(apiVersions.map((version) => wireName(methods['wp-synch'], version)));
      others.delete(current);
      for (const name of others) {
        const answer = await t.api.post({ token: t.api.token, function: name });
        t.expectExactError(undefined, answer, 'function-not-found', { function: name });
      }
    },
  }),
  defineCheck({
    id: 'negative/dispatcher/missing-token',
    title: 'A call without `token` answers token-not-found',
    area: 'negative',
    methods: ['count-users'],
    tags: ['dispatcher'],
    async run(t) {
      t.expectExactError('count-users', await t.answer('count-users', {}, { token: null }), 'token-not-found');
    },
  }),
  defineCheck({
    id: 'negative/dispatcher/bad-token',
    title: 'A token no admin has (random, or an injection string) answers invalid-token',
    area: 'negative',
    provokes: { 'count-users': ['invalid-token'] },
    methods: ['count-users'],
    tags: ['dispatcher', 'injection'],
    async run(t) {
      for (const token of [t.fixtures.madeUpToken(), ...INJECTIONS, '" OR "1"="1']) {
        t.expectExactError('count-users', await t.answer('count-users', {}, { token }), 'invalid-token');
      }
    },
  }),
];
