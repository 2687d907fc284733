import { methods } from '@support-board/contract';
import { describe, expect, test } from 'vitest';
import { validateCall } from './validate.js';

describe('validateCall', () => {
  test('lists every problem, answers the first as decodeArgs does, and never throws', () => {
    const result = validateCall(methods['get-new-messages'], { user_id: 'x', datetime: 'today', extra: '1' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.failure).toMatchObject({ response: 'missing-argument', argument: 'conversation_id' });
    expect(result.diagnostics.map((d) => [d.severity, d.code, d.argument])).toEqual([
      ['error', 'missing-argument', 'conversation_id'],
      ['error', 'invalid-argument', 'user_id'],
      ['error', 'invalid-argument', 'datetime'],
      ['warning', 'unknown-argument', 'extra'],
    ]);
  });

  test("a method's own code for a bad value", () => {
    const result = validateCall(methods['add-user'], { user_type: 'boss' });
    expect(result).toMatchObject({
      ok: false,
      failure: { success: false, response: 'invalid-user-type' },
      diagnostics: [{ code: 'invalid-user-type', argument: 'user_type' }],
    });
  });

  test('aliases count as the argument; decoded values have their defaults', () => {
    const result = validateCall(methods['search-user-conversations'], { search: 'help', id: '5' });
    expect(result).toMatchObject({ ok: true, args: { search: 'help', user_id: 5 }, diagnostics: [] });
  });
});
