import { type AnyMethod, apiVersions, type MethodName, methodList } from '@support-board/contract';
import type { Check } from '../../core/types.js';
import { show } from '../../core/values.js';
import { defineCheck } from '../define.js';
import { expectUnchanged, snapshot } from '../shared/state.js';
import { fixtureArgs, requiredArgs } from './fixture-args.js';

const check = (method: AnyMethod, arg: ReturnType<typeof requiredArgs>[number]) =>
  defineCheck({
    id: `negative/missing-argument/${method.name}/${arg.name}`,
    title: `${method.name} without ${arg.name} answers missing-argument naming it`,
    area: 'negative',
    methods: [method.name],
    ...(arg.versions.length < apiVersions.length ? { versions: arg.versions } : {}),
    tags: ['missing-argument'],
    provokes: { [method.name]: ['missing-argument'] },
    async run(t) {
      const name = method.name as MethodName;
      const args = await fixtureArgs(t, method);
      const before = method.writes ? await snapshot(t) : undefined;
      const answer = await t.answer(name, args as never, { omit: arg.names });
      const shape = t.expectRefusal(name, answer, 'missing-argument');
      if (shape.kind === 'error' && shape.code === 'missing-argument') {
        const named = arg.names.some((n) => shape.argument === n || (shape.message ?? '').includes(n));
        t.check(named, {
          method: name,
          path: '$.message',
          expected: `"Missing argument: ${arg.name}"`,
          received: show(shape.message),
          hint: 'The original names the first missing argument: "Missing argument: <name>".',
        });
      }
      if (before) await expectUnchanged(t, name, before);
    },
  });

/** For every method, each required argument left out in turn. */
export const missingArgumentChecks: Check[] = methodList.flatMap((method) =>
  requiredArgs(method as AnyMethod).map((arg) => check(method as AnyMethod, arg)),
);
