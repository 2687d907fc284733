import { type MethodName, methodList } from '@support-board/contract';
import type { Check } from '../../core/types.js';
import { show } from '../../core/values.js';
import { defineCheck } from '../define.js';
import { INTEGRATION_METHODS } from '../integrations/not-configured.js';
import { exampleExpectations, exampleRequests } from './requests.js';

/** Why the original (3.3.6) fails a method's example check: its own bug, or what it lacks. */
export const failsOnOriginal: Partial<Record<MethodName, string>> = {
  'get-versions':
    'get-versions asks board.support for the latest versions; offline it answers `{"sms":"1.0.2"}`, without `sb`',
  'csv-conversations':
    'csv-conversations answers `{"success":true,"response":null}`: 3.3.6 writes the file but its function returns nothing',
};

/** Example checks that also test a point where the documentation and the original disagree. */
const exampleNotes: Partial<Record<MethodName, string[]>> = {
  'is-online': ['is-online-boolean'],
};

/**
 * One check per method (integrations apart): the documented call, made with the suite's fixtures,
 * answers a success whose `response` matches the contract, and finds the suite's data.
 */
export const exampleChecks: Check[] = methodList
  .filter((method) => !INTEGRATION_METHODS.includes(method.name))
  .map((method) => {
    const name = method.name as MethodName;
    return defineCheck({
      id: `examples/${name}`,
      title: `${name}: the documented call answers a response valid against the contract`,
      area: 'examples',
      methods: [name],
      notes: exampleNotes[name] ?? [],
      ...(failsOnOriginal[name] ? { failsOnOriginal: failsOnOriginal[name] } : {}),
      async run(t) {
        const fx = await t.base();
        const prepare = exampleRequests[name] as (
          ...args: Parameters<(typeof exampleRequests)['get-user']>
        ) => Promise<never>;
        const answer = await t.answer(name, await prepare(t, fx));
        t.fixtures.trackCreated(name, answer);
        const response = t.expectSuccess(name, answer);
        const expected = exampleExpectations[name]?.(response);
        if (expected) t.report({ method: name, path: '$.response', expected, received: show(response) });
      },
    });
  });
