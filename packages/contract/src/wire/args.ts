import { z } from 'zod';
import type { ValidationErrorCode } from '../errors.js';

/** How an argument's value is written in a form field. */
export type WireKind = 'id' | 'integer' | 'boolean' | 'text' | 'enum' | 'datetime' | 'json';

export type Decoded<T> = { ok: true; value: T } | { ok: false; reason: string };

interface ArgSpec<T> {
  kind: WireKind;
  description: string;
  /** The typed value as documented; the OpenAPI document shows this schema. */
  schema: z.ZodType<T>;
  /** From the form field; the reverse is generic (`formValue` in encode.ts). */
  decode: (wire: string) => Decoded<T>;
  required: boolean;
  default?: T;
  /** How the documentation words the default when it is not a plain value ("all", "the active user"). */
  defaultText?: string;
  /** Other field names the original reads for this argument; the client sends them too. */
  aliases: readonly string[];
  /** The validation error the original answers for a bad value, instead of `invalid-argument`. */
  invalidCode?: ValidationErrorCode;
  example?: T;
  /** Where the documentation and the original disagree about this argument. */
  originalBehaviour?: string;
}

/**
 * One argument of a method: its documentation, its typed value, and how that value travels in a
 * form field (always a string). `R` says whether the caller must send it; `D` whether the decoded
 * arguments always hold a value (required, or optional with a default).
 */
export class Arg<T = unknown, R extends boolean = boolean, D extends boolean = boolean> {
  // Phantom fields: they carry the type parameters so that TypeScript tells the kinds apart.
  declare readonly _value: T;
  declare readonly _required: R;
  declare readonly _present: D;
  constructor(readonly spec: ArgSpec<T>) {}

  private with<R2 extends boolean, D2 extends boolean>(change: Partial<ArgSpec<T>>): Arg<T, R2, D2> {
    return new Arg<T, R2, D2>({ ...this.spec, ...change });
  }

  /** The caller may leave it out. */
  optional(): Arg<T, false, false> {
    return this.with({ required: false });
  }

  /** The caller may leave it out; the method then uses `value`. */
  default(value: T, text?: string): Arg<T, false, true> {
    return this.with({ required: false, default: value, ...(text ? { defaultText: text } : {}) });
  }

  /** Optional, with a default the contract cannot express as a value ("the active user"). */
  defaultText(text: string): Arg<T, false, D> {
    return this.with({ required: false, defaultText: text });
  }

  alias(...names: string[]): Arg<T, R, D> {
    return this.with({ aliases: [...this.spec.aliases, ...names] });
  }

  invalid(code: ValidationErrorCode): Arg<T, R, D> {
    return this.with({ invalidCode: code });
  }

  example(value: T): Arg<T, R, D> {
    return this.with({ example: value });
  }

  original(note: string): Arg<T, R, D> {
    return this.with({ originalBehaviour: note });
  }
}

export type AnyArg = Arg<any, boolean, boolean>;
export type ArgMap = Record<string, AnyArg>;
export type ArgValue<A> = A extends Arg<infer T, boolean, boolean> ? T : never;

type Simplify<T> = { [K in keyof T]: T[K] } & {};
type RequiredKeys<A extends ArgMap> = { [K in keyof A]: A[K] extends Arg<any, true, boolean> ? K : never }[keyof A];
type PresentKeys<A extends ArgMap> = { [K in keyof A]: A[K] extends Arg<any, boolean, true> ? K : never }[keyof A];

/** The arguments a caller passes (to the typed client, say). */
export type ArgsInput<A extends ArgMap> = Simplify<
  { [K in RequiredKeys<A>]: ArgValue<A[K]> } & { [K in Exclude<keyof A, RequiredKeys<A>>]?: ArgValue<A[K]> }
>;
/** The arguments a handler receives: defaults applied. */
export type ArgsOutput<A extends ArgMap> = Simplify<
  { [K in PresentKeys<A>]: ArgValue<A[K]> } & { [K in Exclude<keyof A, PresentKeys<A>>]?: ArgValue<A[K]> }
>;

const ok = <T>(value: T): Decoded<T> => ({ ok: true, value });
const fail = (reason: string): Decoded<never> => ({ ok: false, reason });
const quote = (wire: string) => JSON.stringify(wire.length > 40 ? `${wire.slice(0, 40)}…` : wire);

const DATETIME_ARG = /^\d{4}-\d{2}-\d{2}( \d{2}:\d{2}:\d{2})?$/;

/** `2020-02-30` and `25:00:00` match the pattern but name no moment; the database would refuse them. */
const isRealDatetime = (text: string) => {
  const [year, month, day, hour = 0, minute = 0, second = 0] = text.split(/[- :]/).map(Number) as number[];
  const date = new Date(Date.UTC(year!, month! - 1, day!, hour, minute, second));
  return (
    year! >= 1 &&
    date.getUTCFullYear() === year &&
    date.getUTCMonth() === month! - 1 &&
    date.getUTCDate() === day &&
    date.getUTCHours() === hour &&
    date.getUTCMinutes() === minute &&
    date.getUTCSeconds() === second
  );
};

/**
 * An email address, as HTML's `<input type="email">` accepts one (WHATWG): one address, no spaces,
 * commas or line breaks, so that it cannot name a second recipient or a header.
 */
export const EMAIL_ADDRESS =
  /^[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*$/;

/** The largest value of PostgreSQL's (and MySQL's) INT: no row can have a larger ID. */
export const MAX_ID = 2_147_483_647;

const make = <T>(spec: Omit<ArgSpec<T>, 'required' | 'aliases'>) =>
  new Arg<T, true, true>({ ...spec, required: true, aliases: [] });

const zodIssues = (error: z.ZodError) =>
  error.issues.map((issue) => `${issue.path.length ? `${issue.path.join('.')}: ` : ''}${issue.message}`).join('; ');

/** Builders for every kind of argument the API has. */
export const arg = {
  /** A row ID: digits on the wire, a positive integer in code. */
  id: (description: string) =>
    make<number>({
      kind: 'id',
      description,
      schema: z.int().min(1).max(MAX_ID),
      decode: (wire) => {
        const text = wire.trim();
        if (!/^\d{1,10}$/.test(text)) return fail(`expected an ID (a positive integer), received ${quote(wire)}`);
        const value = Number(text);
        return value >= 1 && value <= MAX_ID ? ok(value) : fail(`expected an ID from 1 to ${MAX_ID}, received ${text}`);
      },
    }),

  /** An integer within bounds. */
  integer: (description: string, { min, max }: { min: number; max: number }) =>
    make<number>({
      kind: 'integer',
      description,
      schema: z.int().min(min).max(max),
      decode: (wire) => {
        const text = wire.trim();
        if (!/^-?\d{1,10}$/.test(text)) return fail(`expected an integer, received ${quote(wire)}`);
        const value = Number(text);
        return value >= min && value <= max
          ? ok(value)
          : fail(`expected an integer from ${min} to ${max}, received ${text}`);
      },
    }),

  /** `true` or `false` (also `1`, `0` and the empty string, which PHP reads as false). */
  boolean: (description: string) =>
    make<boolean>({
      kind: 'boolean',
      description,
      schema: z.boolean(),
      decode: (wire) => {
        const text = wire.trim().toLowerCase();
        if (text === 'true' || text === '1') return ok(true);
        if (text === 'false' || text === '0' || text === '') return ok(false);
        return fail(`expected true or false, received ${quote(wire)}`);
      },
    }),

  /** Free text, sent as is. */
  text: (description: string, { max = 65_535, min = 0 }: { max?: number; min?: number } = {}) =>
    make<string>({
      kind: 'text',
      description,
      schema: z.string().min(min).max(max),
      decode: (wire) =>
        wire.length > max
          ? fail(`expected at most ${max} characters, received ${wire.length}`)
          : wire.length < min
            ? fail(min === 1 ? 'expected a non-empty value' : `expected at least ${min} characters`)
            : ok(wire),
    }),

  /**
   * An email address, at most 255 characters (EMAIL_ADDRESS), or an empty value (no email). `clears`:
   * the words that delete the email instead (update-user's `NULL`, in any case).
   */
  email: (description: string, { clears = [] }: { clears?: readonly string[] } = {}) =>
    make<string>({
      kind: 'text',
      description,
      schema: z.string().max(255).meta({ format: 'email' }),
      decode: (wire) => {
        if (wire === '' || clears.includes(wire.toUpperCase())) return ok(wire);
        if (wire.length > 255) return fail(`expected at most 255 characters, received ${wire.length}`);
        return EMAIL_ADDRESS.test(wire) ? ok(wire) : fail(`expected one email address, received ${quote(wire)}`);
      },
    }),

  /** One of a fixed set of words. */
  enum: <const V extends readonly [string, ...string[]]>(description: string, values: V) =>
    make<V[number]>({
      kind: 'enum',
      description,
      schema: z.enum(values) as unknown as z.ZodType<V[number]>,
      decode: (wire) =>
        (values as readonly string[]).includes(wire)
          ? ok(wire as V[number])
          : fail(`expected one of ${values.join(', ')}, received ${quote(wire)}`),
    }),

  /** `YYYY-MM-DD HH:MM:SS` in UTC, or just `YYYY-MM-DD`. Compared as the original does, as text. */
  datetime: (description: string) =>
    make<string>({
      kind: 'datetime',
      description,
      schema: z.string().regex(DATETIME_ARG),
      decode: (wire) => {
        const text = wire.trim();
        if (!DATETIME_ARG.test(text)) {
          return fail(`expected a UTC date and time as YYYY-MM-DD HH:MM:SS (or YYYY-MM-DD), received ${quote(wire)}`);
        }
        return isRealDatetime(text) ? ok(text) : fail(`${quote(wire)} is not a real date and time`);
      },
    }),

  /**
   * A JSON document in a form field (arrays and objects: `user_types`, `extra`, `attachments`, ...).
   * `schema` may accept several forms and transform them into one; the client sends the typed value.
   * Its value is an array or an object, which is how the generic encoder knows to send JSON text.
   */
  json: <S extends z.ZodType<object>>(description: string, schema: S) =>
    make<z.output<S>>({
      kind: 'json',
      description,
      schema: schema as unknown as z.ZodType<z.output<S>>,
      decode: (wire) => {
        let parsed: unknown;
        try {
          parsed = JSON.parse(wire);
        } catch {
          return fail(`expected JSON, received ${quote(wire)}`);
        }
        const result = schema.safeParse(parsed);
        return result.success ? ok(result.data) : fail(zodIssues(result.error));
      },
    }),

  /**
   * Anything else: the argument brings its own decoding (a value that may be a word or JSON, say).
   * Its values are still sent as `formValue` writes them: text as is, arrays and objects as JSON.
   */
  custom: <T>(spec: Omit<ArgSpec<T>, 'required' | 'aliases'>) => make<T>(spec),
};
