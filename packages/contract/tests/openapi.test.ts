import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, test } from 'vitest';
import { type MethodName, methods } from '../src/methods/index.js';
import { buildOpenApiDocument } from '../src/openapi/document.js';
import { decodeArgs } from '../src/wire/decode.js';
import { documentedArguments, documentedMethods, documentedWebhooks } from './source-documentation.js';

const document = buildOpenApiDocument();
const operations = Object.entries(document.paths ?? {}).map(([path, item]) => ({
  path,
  operation: (item as any).post,
}));
const webhooks = Object.entries(document.webhooks ?? {}).map(([name, item]) => ({
  name,
  operation: (item as any).post,
}));

/** Compiles a schema of the document, its `$ref`s resolved against the document's components. */
const ajv = new (Ajv2020 as unknown as typeof Ajv2020.default)({ strict: false, allErrors: true });
ajv.addSchema({ $id: 'doc', components: document.components }, 'doc');
const compile = (schema: object) =>
  ajv.compile(JSON.parse(JSON.stringify(schema).replaceAll('"#/components/', '"doc#/components/')));

test('has exactly one operation per documented method, on the one real endpoint', () => {
  expect(operations.map((o) => o.operation.operationId)).toEqual(documentedMethods);
  for (const { path, operation } of operations) expect(path).toBe(`/include/api.php#${operation.operationId}`);
});

test('has exactly the documented webhooks', () => {
  expect(webhooks.map((w) => w.name)).toEqual(documentedWebhooks);
});

describe.each(operations.map((o) => [o.operation.operationId, o.operation] as const))(
  'operation %s',
  (name, operation) => {
    const form = operation.requestBody.content['application/x-www-form-urlencoded'];
    const answer = operation.responses['200'].content['application/json'];

    test('documents every documented argument in its form body', () => {
      const properties = Object.keys(form.schema.properties);
      const aliases = Object.values(form.schema.properties).flatMap((p: any) => p['x-aliases'] ?? []);
      const documented = (documentedArguments().get(name) ?? []).filter(
        (a) => !(name === 'send-bot-message' && a === 'token'),
      );
      for (const arg of documented) expect([...properties, ...aliases], arg).toContain(arg);
    });

    test('every response example is valid against the response schema of the document', () => {
      const validate = compile(answer.schema);
      for (const [exampleName, example] of Object.entries(answer.examples as Record<string, { value: unknown }>)) {
        expect(validate(example.value) ? [] : validate.errors, exampleName).toEqual([]);
      }
    });

    test('each error example is the answer a server gives, word for word', () => {
      const examples = answer.examples as Record<string, { value: Record<string, unknown> }>;
      const method = methods[name as MethodName];
      for (const code of operation['x-errors'] as string[]) {
        const example = examples[code]!.value;
        expect(example.response, code).toBe(code);
        if (code === 'missing-argument') {
          expect(decodeArgs(method, {})).toEqual({ ok: false, failure: example });
        } else if (code === 'invalid-argument') {
          // The request example with the named argument replaced by a value the decoder refuses.
          const fields = Object.fromEntries(
            Object.entries(form.example).map(([key, value]) => [
              key,
              typeof value === 'string' ? value : JSON.stringify(value),
            ]),
          );
          const refusals = ['abc', '{', '', 'x'.repeat(65_536)].map((wire) => {
            const decoded = decodeArgs(method, { ...fields, [example.argument as string]: wire });
            return decoded.ok ? undefined : decoded.failure;
          });
          expect(refusals, code).toContainEqual(example);
        } else {
          expect(example, code).not.toHaveProperty('argument');
        }
      }
    });

    test('the request example is valid against the form schema', () => {
      const validate = compile({
        ...form.schema,
        // Form fields are strings on the wire; the schema describes their typed meaning.
        properties: Object.fromEntries(Object.keys(form.schema.properties).map((key) => [key, {}])),
      });
      expect(validate(form.example) ? [] : validate.errors).toEqual([]);
    });

    test("shows request samples in curl, the documentation's PHP, fetch, the typed client and Python", () => {
      expect(operation['x-codeSamples'].map((s: { lang: string }) => s.lang)).toEqual([
        'Shell',
        'PHP',
        'JavaScript',
        'TypeScript',
        'Python',
      ]);
      expect(operation['x-codeSamples'][1].source).toContain('http_build_query');
    });

    test('JSON arguments are declared as JSON-encoded form fields', () => {
      for (const [key, property] of Object.entries(form.schema.properties as Record<string, { 'x-wire'?: string }>)) {
        if (property['x-wire'] === 'json') expect(form.encoding?.[key]).toEqual({ contentType: 'application/json' });
      }
    });
  },
);

describe.each(webhooks.map((w) => [w.name, w.operation] as const))('webhook %s', (_name, operation) => {
  test('its example is valid against its body schema', () => {
    const body = operation.requestBody.content['application/json'];
    const validate = compile(body.schema);
    expect(validate(body.example) ? [] : validate.errors).toEqual([]);
  });
});
