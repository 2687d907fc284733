import { methods } from '@support-board/contract';
import { describe, expect, test } from 'vitest';
import { schemaFindings } from '../src/core/schema-findings.js';
import { differences, jsonPath, shiftDatetime, show } from '../src/core/values.js';

const user = {
  id: '12',
  first_name: 'Don',
  last_name: 'John',
  email: null,
  profile_image: null,
  user_type: 'visitor',
  creation_time: '2020-05-13 08:58:18',
  last_activity: null,
  department: null,
  token: 'a521773c5a566a251c3fb00e93162b20ff955b12',
};

const findings = (name: keyof typeof methods, value: unknown) =>
  schemaFindings(methods[name].response, value, { check: 'test', method: name });

describe('schema findings', () => {
  test('a valid response has none', () => {
    expect(findings('get-user', user)).toEqual([]);
  });

  test('in a union, the member the value came closest to is reported, with the JSON path', () => {
    expect(findings('get-user', { ...user, id: 12 })).toEqual([
      { check: 'test', method: 'get-user', path: '$.response.id', expected: 'string', received: '12 (number)' },
    ]);
  });

  test('paths into arrays, enum values, patterns and absent keys', () => {
    const [first, second, third] = findings('get-users', [
      { ...user, user_type: 'wizard', creation_time: '2020-05-13', token: undefined },
    ]);
    expect(first).toMatchObject({
      path: '$.response[0].user_type',
      expected: expect.stringContaining('one of "visitor"'),
      received: '"wizard" (string)',
    });
    expect(second).toMatchObject({
      path: '$.response[0].creation_time',
      expected: expect.stringMatching(/^text matching/),
    });
    expect(third).toMatchObject({
      path: '$.response[0].token',
      expected: 'string',
      received: 'nothing (the key is absent)',
    });
  });

  test('keys that are not identifiers are quoted', () => {
    expect(findings('send-message', { 'message-id': '5', queue: false })).toEqual([
      expect.objectContaining({ path: '$.response["message-id"]', expected: 'number', received: '"5" (string)' }),
    ]);
  });
});

describe('values', () => {
  test('show cuts long values', () => {
    expect(show('x'.repeat(500))).toMatch(/… \(502 characters\) \(string\)$/);
    expect(show(null)).toBe('null');
  });

  test('differences names the changed paths', () => {
    expect(differences({ a: { b: 1, c: [1, 2] } }, { a: { b: 1, c: [1, 3] } })).toEqual([
      { path: ['a', 'c', 1], before: 2, after: 3 },
    ]);
    expect(jsonPath(['a', 'c', 1])).toBe('$.a.c[1]');
  });

  test('times move on the target clock, in UTC', () => {
    expect(shiftDatetime('2020-12-31 23:59:59', 1)).toBe('2021-01-01 00:00:00');
    expect(shiftDatetime('2020-03-01 00:00:00', -1)).toBe('2020-02-29 23:59:59');
  });
});
