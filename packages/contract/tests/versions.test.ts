import { describe, expect, test } from 'vitest';
import {
  type AnyMethod,
  apiVersions,
  checkCall,
  decodeArgs,
  errorAnswer,
  errorCodes,
  errorExamples,
  hasFact,
  methodList,
  methods,
  methodVersion,
  responseExamples,
  responseSchema,
  versionFacts,
  wireName,
} from '../src/index.js';

const all = methodList as readonly AnyMethod[];
const laterVersions = apiVersions.filter((version) => version !== '3.0');

describe.each(laterVersions)('version %s', (version) => {
  test('every fact has an ID used once, a topic and its evidence', () => {
    const facts = versionFacts(version);
    const ids = facts.map((fact) => fact.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    for (const fact of facts) {
      expect(fact.id).toMatch(/^[a-z0-9-]+$/);
      expect(fact.topic.length, fact.id).toBeGreaterThan(10);
      expect(fact.evidence.length, fact.id).toBeGreaterThan(20);
    }
  });

  test.each(all.filter((method) => methodVersion(method, version)).map((m) => [m.name, m] as const))(
    '%s: what the version changes is consistent with the method',
    (_name, method) => {
      const later = methodVersion(method, version)!;
      expect(later.facts.length).toBeGreaterThan(0);
      // A new answer shape comes with the way to read a documented answer in it, and the reverse.
      expect(Boolean(later.adapt)).toBe(Boolean(later.response));
      for (const name of [...Object.keys(later.args ?? {}), ...(later.ignored ?? [])]) {
        expect(Object.keys(method.args), `argument ${name}`).toContain(name);
      }
      for (const code of later.errors ?? []) expect(Object.keys(errorCodes)).toContain(code);
    },
  );

  test.each(all.map((m) => [m.name, m] as const))('%s: every example is valid as the version answers it', (_n, m) => {
    for (const example of responseExamples(m, version)) {
      const result = responseSchema(m, version).safeParse(example.value);
      expect(result.error?.issues ?? [], `example ${example.name}`).toEqual([]);
    }
  });

  test('no two methods share a name', () => {
    const names = all.map((method) => wireName(method, version));
    expect(new Set(names).size).toBe(names.length);
  });
});

describe('version 3.3 as Support Board 3.3.6 answers it', () => {
  const decode = (name: keyof typeof methods, fields: Record<string, string>, version: '3.0' | '3.3') =>
    decodeArgs(methods[name] as AnyMethod, fields, version);

  test('wp-synch is called wp-sync, and the other name is no method', () => {
    const call = (name: string, version: '3.0' | '3.3') => checkCall({ function: name, token: 't' }, version);
    expect(call('wp-sync', '3.3')).toMatchObject({ ok: true, value: { name: 'wp-synch' } });
    expect(call('wp-synch', '3.3')).toMatchObject({ ok: false, failure: { response: 'function-not-found' } });
    expect(call('wp-synch', '3.0')).toMatchObject({ ok: true, value: { name: 'wp-synch' } });
    expect(call('wp-sync', '3.0')).toMatchObject({ ok: false, failure: { response: 'function-not-found' } });
  });

  test('new-conversation defaults to 2, csv-conversations requires its ID, get-conversation ignores user_id', () => {
    expect(decode('new-conversation', { user_id: '1' }, '3.0')).toMatchObject({ value: { status_code: 0 } });
    expect(decode('new-conversation', { user_id: '1' }, '3.3')).toMatchObject({ value: { status_code: 2 } });
    expect(decode('csv-conversations', {}, '3.0')).toMatchObject({ ok: true });
    expect(decode('csv-conversations', {}, '3.3')).toEqual({
      ok: false,
      failure: {
        status: 'error',
        response: 'missing-argument',
        message: 'Missing argument: conversation_id',
        argument: 'conversation_id',
      },
    });
    expect(decode('get-conversation', { conversation_id: '5', user_id: '7' }, '3.0')).toEqual({
      ok: true,
      value: { conversation_id: 5, user_id: 7 },
    });
    expect(decode('get-conversation', { conversation_id: '5', user_id: 'abc' }, '3.3')).toEqual({
      ok: true,
      value: { conversation_id: 5 },
    });
  });

  test('send-message takes any status code, and no longer answers invalid-status-code', () => {
    const fields = { user_id: '1', conversation_id: '2', conversation_status_code: '9' };
    expect(decode('send-message', fields, '3.0')).toEqual({
      ok: false,
      failure: { success: false, response: 'invalid-status-code' },
    });
    expect(decode('send-message', fields, '3.3')).toMatchObject({ ok: true, value: { conversation_status: 9 } });
    const codes = (version: '3.0' | '3.3') => errorExamples(methods['send-message'], version).map((e) => e.code);
    expect(codes('3.0')).toContain('invalid-status-code');
    expect(codes('3.3')).not.toContain('invalid-status-code');
  });

  test("answers change shape: send-message's ID, is-online's boolean, get-conversation's false", () => {
    const examples = (name: keyof typeof methods) => responseExamples(methods[name] as AnyMethod, '3.3');
    expect(examples('send-message')[0]?.value).toEqual({
      id: 123456,
      queue: false,
      human_takeover_active: false,
      notifications: [],
    });
    expect(examples('is-online').map((e) => e.value)).toEqual([false, true]);
    expect(examples('get-conversation').at(-1)?.value).toBe(false);
    expect(responseSchema(methods['send-message'], '3.0').safeParse(examples('send-message')[0]?.value).success).toBe(
      false,
    );
  });

  test("the dispatcher's invalid-token message, and facts by ID", () => {
    expect(errorAnswer('invalid-token', {}, '3.3').message).toBe('Use an admin user token.');
    expect(errorAnswer('invalid-token').message).toMatch(/^It looks like the token is invalid/);
    expect(hasFact('3.3', 'send-message-answer')).toBe(true);
    expect(hasFact('3.0', 'send-message-answer')).toBe(false);
    expect(() => hasFact('3.3', 'no-such-fact')).toThrow('no version fact has the ID "no-such-fact"');
    expect(() => hasFact('3.0', 'no-such-fact')).toThrow('no version fact has the ID "no-such-fact"');
  });
});
