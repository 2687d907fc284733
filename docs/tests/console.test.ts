/**
 * The console's request, without a browser: the arguments a reader typed become the body the
 * contract's encoder writes (the typed client's wire, byte for byte), the mock's Prefer header and a
 * curl line that sends the same; and what the page tells the console about each method.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { type AnyMethod, encodeCall, methodList } from '@support-board/contract';
import { describe, expect, test } from 'vitest';
import type { ConsoleMethod } from '../console/data.js';
import { buildCall, curlLine, preferHeader, typedArgs } from '../console/request.js';
import { consoleData, type SiteDocument } from '../scripts/console.js';
import { methodHref } from '../scripts/content.js';
import { contractDocument } from '../scripts/site.js';

const methods = methodList as readonly AnyMethod[];
const data = consoleData(JSON.parse(readFileSync(contractDocument, 'utf8')) as SiteDocument);
const consoleOf = (name: string) => data.find((method) => method.name === name)!;
/** The form as the console fills it: every documented example value. */
const exampleValues = (method: ConsoleMethod) =>
  Object.fromEntries(method.args.flatMap((arg) => (arg.example === undefined ? [] : [[arg.name, arg.example]])));

describe('what the page tells the console', () => {
  test('every method, in its Redoc section, with its arguments in order and their documented example', () => {
    expect(data.map((method) => method.name)).toEqual(methods.map((method) => method.name));
    for (const method of methods) {
      const shown = consoleOf(method.name);
      expect(shown.section).toBe(methodHref(method).slice(2));
      expect(shown.args.map((arg) => arg.name)).toEqual(Object.keys(method.args));
      for (const arg of shown.args) expect(arg.required, arg.name).toBe(method.args[arg.name]!.spec.required);
    }
    expect(consoleOf('get-user').args[0]).toEqual({
      name: 'user_id',
      kind: 'id',
      type: 'ID',
      required: true,
      example: '123456',
    });
    expect(consoleOf('get-users').args.find((arg) => arg.name === 'user_types')).toMatchObject({
      kind: 'json',
      type: 'JSON array',
      example: '["visitor"]',
    });
  });

  test("the mock's choices: the method's documented answers and error codes", () => {
    expect(consoleOf('add-user').examples).toContain('duplicate-email');
    expect(consoleOf('add-user').codes).toEqual(expect.arrayContaining(['duplicate-email', 'invalid-user-type']));
  });
});

describe('the call the console sends', () => {
  test("for every method, the documented example's body is the one the typed client sends", () => {
    for (const method of methods) {
      const shown = consoleOf(method.name);
      const { args, problems } = typedArgs(shown, exampleValues(shown));
      expect(problems).toEqual({});
      const call = buildCall(shown, 'http://api.test/include/api.php', 'secret', args);
      expect(call.body, method.name).toBe(encodeCall(method.name as never, 'secret', method.request as never));
      expect(call.headers).toEqual({ 'content-type': 'application/x-www-form-urlencoded' });
    }
  });

  test('leaves empty fields out, sends booleans as true/false and refuses JSON that does not parse', () => {
    const method = consoleOf('get-users');
    expect(typedArgs(method, { user_types: '["user",', search: '', pagination: '2' })).toEqual({
      args: { pagination: '2' },
      problems: { user_types: expect.stringMatching(/^not JSON: /) },
    });
    const { args } = typedArgs(consoleOf('get-user'), { user_id: '7', extra: 'false' });
    expect(buildCall(consoleOf('get-user'), 'u', 't', args).body).toBe(
      'token=t&function=get-user&user_id=7&extra=false',
    );
  });

  test("writes the mock's Prefer header from the picked answer, code and delay", () => {
    expect(preferHeader({})).toBeUndefined();
    expect(preferHeader({ example: 'not-found', delay: '300' })).toBe('example=not-found, delay=300');
    expect(preferHeader({ code: 'db-error', delay: 'soon' })).toBe('code=db-error');
    expect(buildCall(consoleOf('get-user'), 'u', 't', {}, 'code=db-error').headers.prefer).toBe('code=db-error');
  });

  test('its curl line hands curl the same URL, headers and body, whatever the quotes in them', () => {
    const call = buildCall(
      consoleOf('add-user'),
      "http://api.test/it's/include/api.php",
      't',
      {
        first_name: "O'Brien & sons",
        extra: { city: ['Cork', 'City'] },
      },
      'example=created',
    );
    // A shell runs the line with a `curl` that prints the arguments it was given, one per line.
    const printed = execFileSync('sh', ['-c', `curl() { printf '%s\\n' "$@"; }\n${curlLine(call)}`], {
      encoding: 'utf8',
    });
    expect(printed.trimEnd().split('\n')).toEqual([
      '-i',
      '-X',
      'POST',
      call.url,
      '-H',
      'content-type: application/x-www-form-urlencoded',
      '-H',
      'prefer: example=created',
      '--data-raw',
      call.body,
    ]);
  });
});
