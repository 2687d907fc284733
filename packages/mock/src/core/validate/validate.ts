import {
  type AnyMethod,
  type ApiVersion,
  decodeArgs,
  errorAnswer,
  type Failure,
  type Fields,
  methodArgs,
} from '@support-board/contract';

export interface Diagnostic {
  severity: 'error' | 'warning';
  /** The API's error code for an error; `unknown-argument` for a warning. */
  code: string;
  argument?: string;
  message: string;
}

export type Validation =
  | { ok: true; args: Record<string, unknown>; diagnostics: Diagnostic[] }
  | { ok: false; failure: Failure; diagnostics: Diagnostic[] };

const DISPATCH_FIELDS = new Set(['token', 'function']);

/** A decoder that throws (a schema's transform, say) is a refusal, never a crash. */
const safely = <T extends { ok: boolean }>(decode: () => T): T | { ok: false; reason: string; failure: Failure } => {
  try {
    return decode();
  } catch (error) {
    const reason = `could not be read: ${error instanceof Error ? error.message : String(error)}`;
    return { ok: false, reason, failure: errorAnswer('invalid-argument', { reason }) };
  }
};

/** The field names a method reads: the dispatcher's, its arguments' and their aliases. Built once a method. */
const knownFields = new Map<string, ReadonlySet<string>>();
const fieldsRead = (method: AnyMethod) => {
  let known = knownFields.get(method.name);
  if (!known) {
    known = new Set([
      ...DISPATCH_FIELDS,
      ...Object.entries(method.args).flatMap(([name, { spec }]) => [name, ...spec.aliases]),
    ]);
    knownFields.set(method.name, known);
  }
  return known;
};

/** Every argument problem of a refused call, in the original's order: the missing, then the invalid. */
const argumentErrors = (method: AnyMethod, fields: Fields, version: ApiVersion): Diagnostic[] => {
  const missing: Diagnostic[] = [];
  const invalid: Diagnostic[] = [];
  for (const [name, { spec }] of Object.entries(methodArgs(method, version))) {
    const key = [name, ...spec.aliases].find((candidate) => Object.hasOwn(fields, candidate));
    const wire = key === undefined ? undefined : fields[key];
    if (wire === undefined) {
      if (spec.required) {
        const message = `the required argument ${name} is missing`;
        missing.push({ severity: 'error', code: 'missing-argument', argument: name, message });
      }
      continue;
    }
    // As decodeArgs does: an optional argument sent as "false" counts as absent.
    if (!spec.required && wire === 'false' && spec.kind !== 'boolean') continue;
    const decoded = safely(() => spec.decode(wire));
    if (!decoded.ok) {
      const code = spec.invalidCode ?? 'invalid-argument';
      invalid.push({ severity: 'error', code, argument: name, message: decoded.reason });
    }
  }
  return [...missing, ...invalid];
};

/**
 * Checks a call's arguments against the contract, as `version` reads them, and lists every problem,
 * never throwing. The answer is the contract's `decodeArgs` verdict (the first problem, in the
 * original's order); for a refused call the list adds the others, and for any call warnings for
 * fields the method does not read. A valid call is decoded once.
 */
export const validateCall = (method: AnyMethod, fields: Fields, version: ApiVersion = '3.0'): Validation => {
  const decoded = safely(() => decodeArgs(method, fields, version));
  const diagnostics = decoded.ok ? [] : argumentErrors(method, fields, version);
  const known = fieldsRead(method);
  for (const key of Object.keys(fields)) {
    if (!known.has(key)) {
      const message = `${method.name} does not read ${key}; it is ignored`;
      diagnostics.push({ severity: 'warning', code: 'unknown-argument', argument: key, message });
    }
  }
  return decoded.ok
    ? { ok: true, args: decoded.value as Record<string, unknown>, diagnostics }
    : { ok: false, failure: decoded.failure, diagnostics };
};
