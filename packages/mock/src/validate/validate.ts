import { type AnyMethod, decodeArgs, errorAnswer, type Failure, type Fields } from '@support-board/contract';

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

/**
 * Checks a call's arguments against the contract and lists every problem, never throwing. The
 * answer is the contract's `decodeArgs` verdict (the first problem, in the original's order); the
 * list adds the others, and warnings for fields the method does not read.
 */
export const validateCall = (method: AnyMethod, fields: Fields): Validation => {
  const diagnostics: Diagnostic[] = [];
  const known = new Set(DISPATCH_FIELDS);
  const invalid: Diagnostic[] = [];
  for (const [name, { spec }] of Object.entries(method.args)) {
    const names = [name, ...spec.aliases];
    for (const key of names) known.add(key);
    const key = names.find((candidate) => Object.hasOwn(fields, candidate));
    const wire = key === undefined ? undefined : fields[key];
    if (wire === undefined) {
      if (spec.required) {
        const message = `the required argument ${name} is missing`;
        diagnostics.push({ severity: 'error', code: 'missing-argument', argument: name, message });
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
  diagnostics.push(...invalid);
  for (const key of Object.keys(fields)) {
    if (!known.has(key)) {
      const message = `${method.name} does not read ${key}; it is ignored`;
      diagnostics.push({ severity: 'warning', code: 'unknown-argument', argument: key, message });
    }
  }
  const decoded = safely(() => decodeArgs(method, fields));
  return decoded.ok
    ? { ok: true, args: decoded.value as Record<string, unknown>, diagnostics }
    : { ok: false, failure: decoded.failure, diagnostics };
};
