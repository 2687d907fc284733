import { errorAnswer, type Failure, validationFailure } from '../answer.js';
import type { AnyMethod, MethodInput } from '../define.js';
import type { ErrorAnswer } from '../envelope.js';
import type { MethodName } from '../methods/index.js';
import type { ApiVersion } from '../versions/define.js';
import { methodArgs, methodByWireName, methodVersion } from '../versions/lookup.js';
import type { AnyArg } from './args.js';
import type { Fields } from './fields.js';

export type Checked<T> = { ok: true; value: T } | { ok: false; failure: Failure };

/**
 * The dispatcher's first three checks, in the original's order: `function` present, `function`
 * known in `version` (before the token), `token` present. Whether the token is an admin's is the
 * caller's check. `name` is the method's documented name (`wp-synch` for 3.3's `wp-sync`).
 */
export const checkCall = (
  fields: Fields,
  version: ApiVersion = '3.0',
): Checked<{ method: AnyMethod; name: MethodName; token: string }> => {
  // Presence is what counts, as PHP's isset(): an empty `function` is an unknown one, an empty token a wrong one.
  const wire = fields.function;
  if (wire === undefined) return failed(errorAnswer('missing-function-name'));
  const method = methodByWireName(wire, version);
  if (!method) return failed(errorAnswer('function-not-found', { function: wire }));
  const token = fields.token;
  if (token === undefined) return failed(errorAnswer('token-not-found'));
  // No token holds a NUL; refused here, before the lookup (PostgreSQL refuses NUL in text).
  if (token.includes('\0')) return failed(errorAnswer('invalid-token'));
  return { ok: true, value: { method, name: method.name as MethodName, token } };
};

/** The value sent for an argument under its name or one of the names the original reads. */
const wireValue = (fields: Fields, name: string, spec: AnyArg['spec']): string | undefined => {
  if (Object.hasOwn(fields, name)) return fields[name];
  for (const alias of spec.aliases) if (Object.hasOwn(fields, alias)) return fields[alias];
  return undefined;
};

/**
 * Decodes a method's arguments from form fields: first every required argument must be present
 * (`missing-argument`, the first missing in order), then each value must decode
 * (`invalid-argument`, or the method's own validation code such as `invalid-user-type`).
 * An optional argument sent as `"false"` counts as absent, as the original's `sb_post` reads it;
 * an absent one takes its default in `version`.
 */
export const decodeArgs = <M extends AnyMethod>(
  method: M,
  fields: Fields,
  version: ApiVersion = '3.0',
): Checked<MethodInput<M>> => {
  const entries = argsRead(method, version);
  for (const { name, spec } of entries) {
    if (spec.required && wireValue(fields, name, spec) === undefined) {
      return failed(errorAnswer('missing-argument', { argument: name }));
    }
  }
  const args: Record<string, unknown> = {};
  for (const { name, spec, ignored } of entries) {
    const wire = ignored ? undefined : wireValue(fields, name, spec);
    const absent = wire === undefined || (!spec.required && wire === 'false' && spec.kind !== 'boolean');
    if (absent) {
      if (spec.default !== undefined) args[name] = spec.default;
      continue;
    }
    const decoded = decodeValue(spec, wire);
    if (!decoded.ok) {
      return failed(spec.invalidCode ? validationFailure(spec.invalidCode) : invalidArgument(name, decoded.reason));
    }
    args[name] = decoded.value;
  }
  return { ok: true, value: args as MethodInput<M> };
};

type ArgRead = { name: string; spec: AnyArg['spec']; ignored: boolean };
const argsReadCache = new Map<ApiVersion, WeakMap<AnyMethod, ArgRead[]>>();

/** A method's arguments as `version` reads them, in order; listed once per method and version (every call decodes). */
const argsRead = (method: AnyMethod, version: ApiVersion): ArgRead[] => {
  let byMethod = argsReadCache.get(version);
  if (!byMethod) {
    byMethod = new WeakMap();
    argsReadCache.set(version, byMethod);
  }
  let entries = byMethod.get(method);
  if (!entries) {
    const ignored = methodVersion(method, version)?.ignored ?? [];
    entries = Object.entries(methodArgs(method, version)).map(([name, { spec }]) => ({
      name,
      spec,
      ignored: ignored.includes(name),
    }));
    byMethod.set(method, entries);
  }
  return entries;
};

const NUL_REFUSED = { ok: false as const, reason: 'a NUL character (U+0000) is not accepted in any text' };

/** The value of a field, refused when it holds a NUL anywhere: no text column stores one, and JSON can carry `\u0000`. */
const decodeValue = (spec: AnyArg['spec'], wire: string) => {
  if (wire.includes('\0')) return NUL_REFUSED;
  const decoded = spec.decode(wire);
  return decoded.ok && holdsNul(decoded.value) ? NUL_REFUSED : decoded;
};

/** Whether a value, or any string inside it (JSON arguments can carry `\u0000`), holds a NUL character. */
const holdsNul = (value: unknown): boolean => {
  if (typeof value === 'string') return value.includes('\0');
  if (typeof value !== 'object' || value === null) return false;
  for (const [key, item] of Object.entries(value)) if (key.includes('\0') || holdsNul(item)) return true;
  return false;
};

export const invalidArgument = (argument: string, reason: string): ErrorAnswer =>
  errorAnswer('invalid-argument', { argument, reason });

const failed = (failure: Failure) => ({ ok: false as const, failure });
