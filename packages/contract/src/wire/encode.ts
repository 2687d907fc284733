import type { MethodArgs } from '../define.js';
import type { MethodName, Methods } from '../methods/index.js';
import type { ApiVersion, LaterVersion } from '../versions/define.js';
import { wireTable } from './table.generated.js';

/**
 * What encoding a call needs to know of a method, and nothing more: no schema, so that the typed
 * client stays small. The contract's build generates one per method from its definition (`scripts/wire-table.ts`).
 */
export interface WireMethod {
  /** The arguments' field names, in the method's order. */
  fields: readonly string[];
  /** Other names the original reads for an argument; it is sent under each of them too. */
  aliases?: Readonly<Record<string, readonly string[]>>;
  /** The `function` name in a later version, where it changed (`wp-synch` is `wp-sync` in 3.3). */
  names?: Readonly<Partial<Record<LaterVersion, string>>>;
}

export type WireTable = { readonly [N in MethodName]: WireMethod };

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
 * A typed value as a form field carries it: text as is, numbers as digits, booleans as `true` and
 * `false`, arrays and objects as JSON text. Every kind of argument is one of these (a `json`
 * argument's value is always an array or an object), so no schema is needed to encode a call.
 */
export const formValue = (value: unknown): string =>
  typeof value === 'string' ? value : typeof value === 'object' ? JSON.stringify(value) : String(value);

/**
 * The form fields of a call, in the order of the documentation's example: `token`, `function` (the
 * method's name in `version`), then the arguments in the method's order. An argument the original
 * reads under another name is sent under every name, so that servers following either the
 * documentation or the original understand it.
 */
export const encodeFields = <N extends MethodName>(
  name: N,
  token: string,
  args: MethodArgs<Methods[N]>,
  version: ApiVersion = '3.0',
): [string, string][] => {
  const method: WireMethod | undefined = wireTable[name];
  if (!method) throw new TypeError(`[contract] no method is called ${JSON.stringify(name)}`);
  const fields: [string, string][] = [
    ['token', token],
    ['function', (version !== '3.0' && method.names?.[version]) || name],
  ];
  for (const field of method.fields) {
    const value = (args as Record<string, unknown>)[field];
    if (value === undefined) continue;
    const text = formValue(value);
    for (const key of [field, ...(method.aliases?.[field] ?? [])]) fields.push([key, text]);
  }
  return fields;
};

/** The body of a call exactly as PHP's `http_build_query` writes it. */
export const encodeCall = <N extends MethodName>(
  name: N,
  token: string,
  args: MethodArgs<Methods[N]>,
  version: ApiVersion = '3.0',
): string => httpBuildQuery(encodeFields(name, token, args, version));
