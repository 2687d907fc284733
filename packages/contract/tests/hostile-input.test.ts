import { describe, expect, test } from 'vitest';
import { methods } from '../src/methods/index.js';
import { checkCall, decodeArgs } from '../src/wire/decode.js';

const refusal = (result: ReturnType<typeof decodeArgs>) => (result.ok ? 'accepted' : result.failure.response);

describe('NUL characters, which no text column stores', () => {
  test('a token with a NUL is an invalid token, refused before any lookup', () => {
    expect(checkCall({ function: 'get-user', token: `${'a'.repeat(40)}\0` })).toMatchObject({
      failure: { response: 'invalid-token' },
    });
  });

  test('a NUL in a text, ID or JSON argument is an invalid argument naming it', () => {
    expect(decodeArgs(methods['search-users'], { search: 'a\0b' })).toMatchObject({
      failure: { response: 'invalid-argument', argument: 'search' },
    });
    expect(refusal(decodeArgs(methods['add-user'], { first_name: 'Do\0n' }))).toBe('invalid-argument');
    expect(refusal(decodeArgs(methods['get-user'], { user_id: '5\0' }))).toBe('invalid-argument');
    const extra = JSON.stringify({ phone: ['+1\u00002', 'Phone'] });
    expect(decodeArgs(methods['add-user'], { extra })).toMatchObject({
      failure: { response: 'invalid-argument', argument: 'extra' },
    });
    expect(refusal(decodeArgs(methods['add-user'], { extra: JSON.stringify({ 'a\u0000': ['x'] }) }))).toBe(
      'invalid-argument',
    );
  });
});

describe('email addresses', () => {
  test('one address is accepted; a list, a display name or a line break is refused', () => {
    expect(decodeArgs(methods['add-user'], { email: 'don.john+tag&co@example.com' }).ok).toBe(true);
    for (const email of [
      'victim@example.com, attacker@example.org',
      'victim@example.com attacker@example.org',
      'Don <don@example.com>',
      'don@example.com\r\nBcc: attacker@example.org',
      'no-at-sign',
    ]) {
      expect(decodeArgs(methods['add-user'], { email }), email).toMatchObject({
        failure: { response: 'invalid-argument', argument: 'email' },
      });
    }
  });

  test('an empty email means none, and update-user deletes it with NULL', () => {
    expect(decodeArgs(methods['add-user'], { email: '' }).ok).toBe(true);
    expect(decodeArgs(methods['update-user'], { user_id: '1', email: 'null' }).ok).toBe(true);
    expect(refusal(decodeArgs(methods['add-user'], { email: 'NULL' }))).toBe('invalid-argument');
  });
});

describe('bounds on what one call asks for', () => {
  test('an ID list is refused past 10,000 IDs, before any query', () => {
    const ids = (count: number) => JSON.stringify(Array.from({ length: count }, (_, i) => i + 1));
    expect(decodeArgs(methods['delete-users'], { user_ids: ids(10_000) }).ok).toBe(true);
    expect(refusal(decodeArgs(methods['delete-users'], { user_ids: ids(70_000) }))).toBe('invalid-argument');
    expect(refusal(decodeArgs(methods['get-online-users'], { exclude_id: ids(70_000) }))).toBe('invalid-argument');
  });

  test("a detail's name is at most 255 characters, and one call sets at most 1000 details", () => {
    const named = (name: string) => JSON.stringify({ city: ['London', name] });
    expect(decodeArgs(methods['add-user'], { extra: named('n'.repeat(255)) }).ok).toBe(true);
    expect(refusal(decodeArgs(methods['add-user'], { extra: named('n'.repeat(300)) }))).toBe('invalid-argument');
    const many = Object.fromEntries(Array.from({ length: 1001 }, (_, i) => [`d${i}`, ['x']]));
    expect(refusal(decodeArgs(methods['add-user'], { extra: JSON.stringify(many) }))).toBe('invalid-argument');
  });
});
