import { type AnyArg, type AnyMethod, type MethodName, methodList } from '@support-board/contract';
import type { Check } from '../../core/types.js';
import { defineCheck } from '../define.js';
import { destructiveReason } from '../integrations/index.js';
import { expectUnchanged, snapshot } from '../shared/state.js';
import { expectAnyFailure, fixtureArgs, trackCreated } from './fixture-args.js';

/** A malformed value for each kind of argument the check covers. */
const BAD: Partial<Record<AnyArg['spec']['kind'], { value: string; what: string }>> = {
  id: { value: 'abc', what: 'letters for an ID' },
  integer: { value: 'abc', what: 'letters for an integer' },
  json: { value: '{"broken": [1,', what: 'text that is not JSON' },
  datetime: { value: 'not a date', what: 'text that is not a date' },
};

/** Where a malformed value is a known, deliberate difference from the original. */
const NOTES: Record<string, string[]> = {
  'get-user-extra.user_id': ['get-user-extra-unknown-user'],
  'update-conversation-department.department': ['update-conversation-department-errors-swallowed'],
};
/** The original answers success (`false`) here: an error is what the reference server does. */
const REFERENCE = new Set(['get-user.user_id']);

const check = (method: AnyMethod, name: string, arg: AnyArg) => {
  const bad = BAD[arg.spec.kind];
  if (!bad) return [];
  const key = `${method.name}.${name}`;
  return [
    defineCheck({
      id: `negative/wrong-type/${method.name}/${name}`,
      title: `${method.name} with ${bad.what} in ${name} answers an error and changes nothing`,
      area: 'negative',
      methods: [method.name],
      notes: NOTES[key] ?? [],
      tags: [
        'wrong-type',
        ...(REFERENCE.has(key) ? ['reference'] : []),
        // The argument's own note says the original reads it differently from the documentation.
        ...(arg.spec.originalBehaviour ? ['original'] : []),
      ],
      async run(t) {
        const fx = await t.base();
        const before = method.writes ? await snapshot(t) : undefined;
        const answer = await t.answer(method.name as MethodName, fixtureArgs(method, fx) as never, {
          set: Object.fromEntries([name, ...arg.spec.aliases].map((field) => [field, bad.value])),
        });
        trackCreated(t, method.name, answer);
        expectAnyFailure(t, method.name, answer, `${name} holds ${bad.what}`);
        if (before) await expectUnchanged(t, method.name, before);
      },
    }),
  ];
};

/** Every ID, integer, date and JSON argument of every method, sent malformed. */
export const wrongTypeChecks: Check[] = methodList
  .filter((method) => !destructiveReason(method.name))
  .flatMap((method) =>
    Object.entries((method as AnyMethod).args).flatMap(([name, arg]) => check(method as AnyMethod, name, arg)),
  );
