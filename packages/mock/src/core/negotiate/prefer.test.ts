import { methods } from '@support-board/contract';
import { describe, expect, test } from 'vitest';
import { chooseOutcome, readTiming } from './negotiate.js';
import { parsePrefer } from './prefer.js';

describe('parsePrefer', () => {
  test('reads several preferences, case-insensitive names, quoted values, the first of each wins', () => {
    const preferences = parsePrefer('Example="not-found", DELAY=200; code=x, example=user');
    expect(Object.fromEntries(preferences)).toEqual({ example: 'not-found', delay: '200', code: 'x' });
  });

  test('an absent or empty header prefers nothing', () => {
    expect(parsePrefer(undefined).size).toBe(0);
    expect(parsePrefer(' , ').size).toBe(0);
  });
});

describe('negotiation', () => {
  const getUser = methods['get-user'];

  test('a delay is capped, a bad one refused', () => {
    const capped = readTiming(parsePrefer('delay=99999'), 10_000);
    expect(capped.ok && capped.value).toMatchObject({ delayMs: 10_000, applied: ['delay=10000'] });
    expect(readTiming(parsePrefer('delay=soon'), 10_000)).toMatchObject({ ok: false });
  });

  test('an example by name, an error code of the method or of the dispatcher', () => {
    expect(chooseOutcome(getUser, parsePrefer('example=not-found'))).toMatchObject({
      ok: true,
      value: { example: { name: 'not-found', value: false } },
    });
    expect(chooseOutcome(methods['add-user'], parsePrefer('code=duplicate-email'))).toMatchObject({
      ok: true,
      value: { code: 'duplicate-email' },
    });
    expect(chooseOutcome(getUser, parsePrefer('code=invalid-token'))).toMatchObject({ ok: true });
  });

  test("an error example of the document, in the error's exact shape", () => {
    expect(chooseOutcome(methods['add-user'], parsePrefer('example=duplicate-email'))).toMatchObject({
      ok: true,
      value: {
        example: { kind: 'failure', name: 'duplicate-email', failure: { success: false, response: 'duplicate-email' } },
        applied: ['example=duplicate-email'],
      },
    });
    expect(chooseOutcome(getUser, parsePrefer('example=invalid-token'))).toMatchObject({
      ok: true,
      value: { example: { kind: 'failure', failure: { status: 'error', response: 'invalid-token' } } },
    });
  });

  test('an unknown name is a usage error listing the valid ones', () => {
    const unknown = chooseOutcome(getUser, parsePrefer('example=nope'));
    expect(unknown).toMatchObject({ ok: false, error: { error: 'unknown-example' } });
    expect(!unknown.ok && unknown.error.examples).toEqual(
      expect.arrayContaining(['user', 'not-found', 'missing-argument', 'invalid-token']),
    );
    const foreign = chooseOutcome(getUser, parsePrefer('code=duplicate-email'));
    expect(foreign).toMatchObject({ ok: false, error: { error: 'unknown-code' } });
    const both = chooseOutcome(getUser, parsePrefer('example=user, code=db-error'));
    expect(both).toMatchObject({ ok: false, error: { error: 'conflicting-preferences' } });
  });
});
