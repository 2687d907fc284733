import type { AnyMethod, MethodArgs } from '../define.js';
import type { ApiVersion } from '../versions/define.js';
import { wireName } from '../versions/lookup.js';

/**
 * PHP's `urlencode`: like `encodeURIComponent`, but `!'()*~` are escaped too and spaces become `+`.
 * `http_build_query`, which the documentation's example uses, encodes every key and value this way.
 */
export const phpUrlEncode = (text: string): string =>
  encodeURIComponent(text)
    .replace(/[!'()*~]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)
    .replace(/%20/g, '+');

/** `http_build_query` of flat string fields, in their order. */
export const httpBuildQuery = (fields: Iterable<[string, string]>): string =>
  Array.from(fields, ([key, value]) => `${phpUrlEncode(key)}=${phpUrlEncode(value)}`).join('&');

/**
 * The form fields of a call, in the order of the documentation's example: `token`, `function` (the
 * method's name in `version`), then the arguments in the method's order. An argument the original
 * reads under another name is sent under every name, so that servers following either the
 * documentation or the original understand it.
 */
export const encodeFields = <M extends AnyMethod>(
  method: M,
  token: string,
  args: MethodArgs<M>,
  version: ApiVersion = '3.0',
): [string, string][] => {
  const fields: [string, string][] = [
    ['token', token],
    ['function', wireName(method, version)],
  ];
  for (const [name, { spec }] of Object.entries(method.args)) {
    const value = (args as Record<string, unknown>)[name];
    if (value === undefined) continue;
    const wire = spec.encode(value);
    for (const key of [name, ...spec.aliases]) fields.push([key, wire]);
  }
  return fields;
};

/** The body of a call exactly as PHP's `http_build_query` writes it. */
export const encodeCall = <M extends AnyMethod>(
  method: M,
  token: string,
  args: MethodArgs<M>,
  version: ApiVersion = '3.0',
): string => httpBuildQuery(encodeFields(method, token, args, version));
