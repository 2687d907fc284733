import type { z } from 'zod';
import type { ErrorCode } from '../errors.js';
import type { ArgMap } from '../wire/args.js';

/**
 * The versions of the API the contract describes. `3.0` is the documented one (the source
 * documentation is Support Board 3.0.4's); `3.3` is how Support Board 3.3.6 answers, measured on
 * the wire. Every difference of 3.3 is recorded where it applies, with what the original answered.
 */
export const apiVersions = ['3.0', '3.3'] as const;
export type ApiVersion = (typeof apiVersions)[number];
/** A version after the documented one. */
export type LaterVersion = Exclude<ApiVersion, '3.0'>;

/** The version a tool speaks unless told otherwise: the documented one. */
export const DOCUMENTED_VERSION = '3.0' satisfies ApiVersion;

export const isApiVersion = (value: string): value is ApiVersion => (apiVersions as readonly string[]).includes(value);

/** One way a later version answers differently, with the call and answer that show it. */
export interface VersionFact {
  /** A stable slug; conformance checks that depend on it carry the tag `version:<id>`. */
  id: string;
  /** One line: what changed. */
  topic: string;
  /** The release that made the change, when the original's history tells it (`wp-sync` came with 3.2). */
  since?: string;
  /** What Support Board 3.3.6 answered, on the wire: the call and the answer (or the reading of its source). */
  evidence: string;
}

/**
 * How a method answers in a later version, where that differs from the documented one. Only what
 * changes is given; everything else is as documented.
 */
export interface MethodVersion<R extends z.ZodType = z.ZodType> {
  facts: VersionFact[];
  /** The `function` name from this version on (`wp-synch` became `wp-sync`). */
  name?: string;
  /** The schema of `response` in this version. */
  response?: R;
  /**
   * How a documented answer reads in this version: the mock serves its answers through it, the
   * conformance suite passes what it expects through it, and the method's examples in this version
   * are the documented ones adapted. Required with `response`.
   */
  adapt?: (response: any) => z.output<R>;
  /** The error codes the method answers in this version, when they differ. */
  errors?: ErrorCode[];
  /**
   * Arguments this version reads differently (required, another default, other accepted values),
   * under the documented names: each replaces the documented argument of that name.
   */
  args?: ArgMap;
  /** Arguments this version does not read: sent or not, the method behaves as if absent. */
  ignored?: string[];
}

/** A method's later versions, by version. */
export type MethodVersions = { [V in LaterVersion]?: MethodVersion };

/** How an error code reads in a later version. */
export interface ErrorCodeVersion {
  facts: VersionFact[];
  /** The `message` from this version on. */
  message?: string;
}
