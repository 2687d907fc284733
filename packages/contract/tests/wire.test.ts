import { describe, expect, test } from 'vitest';
import { methods } from '../src/methods/index.js';
import { checkCall, decodeArgs } from '../src/wire/decode.js';
import { encodeCall, encodeFields, phpUrlEncode } from '../src/wire/encode.js';
import { bodyKind, fieldsFromJson, fieldsFromUrlEncoded, readFields } from '../src/wire/fields.js';

describe("encoding as PHP's http_build_query does", () => {
  test('urlencode escapes what encodeURIComponent keeps, and spaces become +', () => {
    // Values PHP 8 gives: urlencode("a b!'()*~-_.") === "a+b%21%27%28%29%2A%7E-_."
    expect(phpUrlEncode("a b!'()*~-_.")).toBe('a+b%21%27%28%29%2A%7E-_.');
    expect(phpUrlEncode('é/€?&=')).toBe('%C3%A9%2F%E2%82%AC%3F%26%3D');
  });

  test("a call is token, function, then the arguments in the method's order, JSON for arrays", () => {
    const body = encodeCall('get-users', 'abc', { user_types: ['user', 'lead'], search: 'Don John' });
    expect(body).toBe('token=abc&function=get-users&user_types=%5B%22user%22%2C%22lead%22%5D&search=Don+John');
  });

  test('an argument the original reads under another name is sent under both', () => {
    const fields = encodeFields('search-user-conversations', 't', { search: 'x', user_id: 5 });
    expect(fields).toContainEqual(['user_id', '5']);
    expect(fields).toContainEqual(['id', '5']);
  });
});

describe('reading bodies into fields', () => {
  test('a repeated field keeps its last value, as PHP does', () => {
    expect(fieldsFromUrlEncoded('a=1&a=2&b=x+y')).toEqual({ a: '2', b: 'x y' });
  });

  test('JSON values become the strings a form would carry', () => {
    expect(fieldsFromJson({ user_id: 5, extra: true, user_types: ['user'], none: null })).toEqual({
      user_id: '5',
      extra: 'true',
      user_types: '["user"]',
    });
    expect(fieldsFromJson([1, 2])).toBeUndefined();
  });

  test('a missing content type is read as a form, as curl sends one', () => {
    expect(bodyKind(undefined)).toBe('urlencoded');
    expect(bodyKind('application/json; charset=utf-8')).toBe('json');
    expect(bodyKind('text/plain')).toBe('other');
  });

  test('an unreadable body gives no fields', async () => {
    const request = new Request('http://x/include/api.php', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{not json',
    });
    expect(await readFields(request)).toEqual({});
  });
});

describe("the dispatcher's checks", () => {
  test("run in the original's order: function name, function known, token", () => {
    expect(checkCall({}).ok).toBe(false);
    expect(checkCall({ token: 'x' })).toMatchObject({ failure: { response: 'missing-function-name' } });
    expect(checkCall({ function: 'nope' })).toMatchObject({ failure: { response: 'function-not-found' } });
    expect(checkCall({ function: 'get-user' })).toMatchObject({ failure: { response: 'token-not-found' } });
    expect(checkCall({ function: 'get-user', token: 't' })).toMatchObject({ ok: true });
  });

  test("an empty function or token counts as given, as PHP's isset() does", () => {
    expect(checkCall({ function: '', token: 't' })).toMatchObject({ failure: { response: 'function-not-found' } });
    expect(checkCall({ function: 'get-user', token: '' })).toMatchObject({ ok: true, value: { token: '' } });
  });

  test('the first missing required argument is named, before any value is checked', () => {
    const result = decodeArgs(methods['get-new-messages'], { user_id: 'x' });
    expect(result).toMatchObject({
      failure: { response: 'missing-argument', message: 'Missing argument: conversation_id' },
    });
  });

  test('an empty value counts as present for a required argument, then fails its type', () => {
    const result = decodeArgs(methods['get-user'], { user_id: '' });
    expect(result).toMatchObject({ failure: { response: 'invalid-argument', argument: 'user_id' } });
  });

  test('"false" for an optional argument means it was not given', () => {
    const result = decodeArgs(methods['update-conversation-department'], {
      conversation_id: '1',
      department: '2',
      message: 'false',
    });
    // Absent means the default: an empty message, so no email is sent.
    expect(result).toEqual({ ok: true, value: { conversation_id: 1, department: 2, message: '' } });
  });

  test('"false" for an optional boolean is false', () => {
    expect(decodeArgs(methods['get-user'], { user_id: '3', extra: 'false' })).toEqual({
      ok: true,
      value: { user_id: 3, extra: false },
    });
  });

  test('defaults are applied', () => {
    const result = decodeArgs(methods['get-users'], {});
    expect(result).toMatchObject({ ok: true, value: { pagination: 0, user_types: [], search: '' } });
  });

  test('a bad value of an argument with its own error code answers that code', () => {
    expect(decodeArgs(methods['add-user'], { user_type: 'superuser' })).toEqual({
      ok: false,
      failure: { success: false, response: 'invalid-user-type' },
    });
  });

  test('invalid JSON and JSON of the wrong shape name the argument and say why', () => {
    const bad = decodeArgs(methods['get-users'], { user_types: '[user]' });
    expect(bad).toMatchObject({ failure: { response: 'invalid-argument', argument: 'user_types' } });
    const wrong = decodeArgs(methods['get-users'], { user_types: '["owner"]' });
    expect(wrong.ok ? '' : wrong.failure.response).toBe('invalid-argument');
    expect(wrong.ok ? '' : (wrong.failure as { message: string }).message).toContain('user_types');
  });

  test('IDs beyond the INT range are refused, not passed on', () => {
    const result = decodeArgs(methods['get-user'], { user_id: '99999999999' });
    expect(result).toMatchObject({ failure: { response: 'invalid-argument' } });
  });

  test('dates that do not exist are refused, a date alone is accepted', () => {
    for (const datetime of ['2020-02-30', '2021-02-29 10:00:00', '2020-05-13 25:00:00', '2020-13-01']) {
      expect(decodeArgs(methods['get-new-users'], { datetime }), datetime).toMatchObject({
        failure: { response: 'invalid-argument', argument: 'datetime' },
      });
    }
    expect(decodeArgs(methods['get-new-users'], { datetime: '2020-02-29' })).toEqual({
      ok: true,
      value: { datetime: '2020-02-29' },
    });
  });

  test('an alias is read when the primary name is absent', () => {
    const result = decodeArgs(methods['search-user-conversations'], { search: 'x', id: '7' });
    expect(result).toMatchObject({ ok: true, value: { user_id: 7 } });
  });
});
