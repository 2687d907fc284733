import {
  type AnyMethod,
  type ApiVersion,
  type MethodName,
  methodArgs,
  methodList,
  methodVersion,
} from '@support-board/contract';
import type { Check } from '../../core/types.js';
import { defineCheck } from '../define.js';
import { destructiveReason } from '../integrations/index.js';
import { fixtureArgs } from '../negative/fixture-args.js';

/** Values the contract's decoder refuses for some kind of argument (the last one is over any text's limit). */
const REFUSED_VALUES = ['abc', '{', '', 'x'.repeat(65_536)];

/** The first argument `version` reads that the decoder refuses a value of, with that value and why. */
export const refusableArgument = (method: AnyMethod, version: ApiVersion) => {
  const ignored = methodVersion(method, version)?.ignored ?? [];
  for (const [name, { spec }] of Object.entries(methodArgs(method, version))) {
    if (spec.invalidCode || ignored.includes(name)) continue;
    for (const wire of REFUSED_VALUES) {
      const decoded = spec.decode(wire);
      if (!decoded.ok) return { name, names: [name, ...spec.aliases], wire, reason: decoded.reason };
    }
  }
  return undefined;
};

/** Every method but the destructive ones (a server that wrongly went ahead would change more than the suite's data). */
const callable = (methodList as readonly AnyMethod[]).filter((method) => !destructiveReason(method.name));
const refusing = callable.filter((method) => refusableArgument(method, '3.0') || refusableArgument(method, '3.3'));

/**
 * The dispatcher's codes on every method, the exact answer required: a token nobody has, and an
 * argument the contract refuses. Each method's other codes are provoked by `negative/error-code/*`.
 */
export const exactCodeChecks: Check[] = [
  defineCheck({
    id: 'negative/exact-code/invalid-token',
    title: 'Every method called with a token nobody has answers invalid-token, word for word',
    area: 'negative',
    group: 'api',
    methods: callable.map((method) => method.name),
    tags: ['dispatcher', 'token', 'error-code'],
    facts: ['invalid-token-message', 'wp-sync-name'],
    provokes: Object.fromEntries(callable.map((method) => [method.name, ['invalid-token']])),
    async run(t) {
      const token = t.fixtures.madeUpToken();
      for (const method of callable) {
        const name = method.name as MethodName;
        const answer = await t.answer(name, (await fixtureArgs(t, method)) as never, { token });
        t.expectExactError(name, answer, 'invalid-token');
      }
    },
  }),
  // Full, not core: invalid-argument is the reference server's (the original has no such check, and
  // answers db-error, a success, or HTTP 500): a deliberate difference.
  defineCheck({
    id: 'negative/exact-code/invalid-argument',
    title: 'Every method given a value the contract refuses answers invalid-argument naming the argument and why',
    area: 'negative',
    group: 'api',
    methods: refusing.map((method) => method.name),
    tags: ['error-code', 'reference'],
    provokes: Object.fromEntries(refusing.map((method) => [method.name, ['invalid-argument']])),
    async run(t) {
      for (const method of refusing) {
        const bad = refusableArgument(method, t.version);
        if (!bad) continue;
        const name = method.name as MethodName;
        const set = Object.fromEntries(bad.names.map((field) => [field, bad.wire]));
        const answer = await t.answer(name, (await fixtureArgs(t, method)) as never, { set });
        t.fixtures.trackCreated(name, answer);
        t.expectExactError(name, answer, 'invalid-argument', { argument: bad.name, reason: bad.reason });
      }
    },
  }),
];
