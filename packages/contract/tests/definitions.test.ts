import { describe, expect, test } from 'vitest';
import {
  type AnyMethod,
  type AnyWebhook,
  errorCodes,
  globalNotes,
  type MethodName,
  methodList,
  webhookList,
} from '../src/index.js';
import { decodeArgs } from '../src/wire/decode.js';
import { encodeFields } from '../src/wire/encode.js';
import { documentedArguments, documentedMethods, documentedWebhooks } from './source-documentation.js';

const methods = methodList as readonly AnyMethod[];
const hooks = webhookList as readonly AnyWebhook[];

/** Documented arguments the contract cannot take under their own name, and why. */
const unrepresentable: Record<string, string[]> = {
  // The Dialogflow access token shares the `token` field with the API token: no request can carry both.
  'send-bot-message': ['token'],
};

describe('the method list', () => {
  test("is exactly the documentation's 51 methods, in its order", () => {
    expect(methods.map((m) => m.name)).toEqual(documentedMethods);
    expect(documentedMethods).toHaveLength(51);
  });

  test("is exactly the documentation's 14 webhooks, in its order", () => {
    expect(hooks.map((w) => w.name)).toEqual(documentedWebhooks);
    expect(documentedWebhooks).toHaveLength(14);
  });
});

describe.each(methods.map((m) => [m.name, m] as const))('%s', (name, method) => {
  test('takes every documented argument, under its name or an alias', () => {
    const documented = (documentedArguments().get(name) ?? []).filter(
      (arg) => arg !== 'token' && arg !== 'function' && !unrepresentable[name]?.includes(arg),
    );
    const accepted = Object.entries(method.args).flatMap(([argName, a]) => [argName, ...a.spec.aliases]);
    for (const arg of documented) expect(accepted, `argument ${arg}`).toContain(arg);
  });

  test('every example is valid against the response schema', () => {
    for (const example of method.examples) {
      const result = method.response.safeParse(example.value);
      expect(result.error?.issues ?? [], `example ${example.name}`).toEqual([]);
    }
  });

  test('example names are unique slugs', () => {
    const names = method.examples.map((e) => e.name);
    expect(new Set(names).size).toBe(names.length);
    for (const n of names) expect(n).toMatch(/^[a-z0-9-]+$/);
  });

  test('the request example survives the wire: encoded, then decoded, it gives the same arguments', () => {
    const fields = Object.fromEntries(encodeFields(method.name as MethodName, 'token', method.request as never));
    const decoded = decodeArgs(method, fields);
    expect(decoded.ok ? [] : decoded.failure).toEqual([]);
    if (decoded.ok) expect(decoded.value).toMatchObject(method.request as object);
  });

  test('defaults are valid values, and only optional arguments have them', () => {
    for (const [argName, { spec }] of Object.entries(method.args)) {
      if (spec.default === undefined) continue;
      expect(spec.required, argName).toBe(false);
      expect(spec.schema.safeParse(spec.default).success, `${argName} default`).toBe(true);
    }
  });

  test('names only catalogued error codes', () => {
    for (const code of method.errors) expect(Object.keys(errorCodes)).toContain(code);
  });

  test('has a summary and a description', () => {
    expect(method.summary.length).toBeGreaterThan(5);
    expect(method.description.length).toBeGreaterThan(5);
  });
});

describe.each(hooks.map((w) => [w.name, w] as const))('webhook %s', (_name, webhook) => {
  test('its documented example is valid against its data schema', () => {
    const result = webhook.data.safeParse(webhook.example);
    expect(result.error?.issues ?? []).toEqual([]);
  });

  test('is fired by methods that exist', () => {
    for (const name of webhook.firedBy) expect(methods.map((m) => m.name)).toContain(name);
  });
});

test('note ids are unique across methods, webhooks and the whole API', () => {
  const ids = [...globalNotes, ...methods.flatMap((m) => m.notes), ...hooks.flatMap((w) => w.notes)].map((n) => n.id);
  expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
});
