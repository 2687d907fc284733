import { z } from 'zod';
import { type DispatcherErrorCode, type ErrorCode, errorCodes, type ValidationErrorCode } from './errors.js';
import type { ApiVersion } from './versions/define.js';

/**
 * The three answer shapes of the API, all sent with HTTP 200 as the original does:
 * success, validation failure, and the dispatcher's error.
 */
export const successEnvelope = <T extends z.ZodType>(response: T) => z.object({ success: z.literal(true), response });

/** The success shape whatever the method: each operation of the document narrows `response`. */
export const SuccessAnswer = successEnvelope(z.unknown().describe("The method's answer.")).meta({
  id: 'SuccessAnswer',
  description: 'The method succeeded: `{"success":true,"response":...}`. HTTP 200. `false` and `[]` are successes too.',
});

export const ValidationFailure = z
  .object({
    success: z.literal(false),
    response: z.string().describe('The error code, e.g. `duplicate-email`.'),
  })
  .meta({
    id: 'ValidationFailure',
    description: 'A method refused the arguments: `{"success":false,"response":"<code>"}`. HTTP 200.',
  });

export const ErrorAnswer = z
  .object({
    status: z.literal('error'),
    response: z.string().describe('The error code, e.g. `invalid-token`.'),
    message: z.string().optional().describe('A human-readable explanation; absent for some codes.'),
    argument: z.string().optional().describe('Reference-server extension: the argument that is missing or invalid.'),
  })
  .meta({
    id: 'ErrorAnswer',
    description:
      'The dispatcher refused the call, or a hard failure: `{"status":"error","response":"<code>","message":"..."}`. No `success` key. HTTP 200.',
  });

export type ValidationFailure = z.infer<typeof ValidationFailure>;
export type ErrorAnswer = z.infer<typeof ErrorAnswer>;
export type Failure = ValidationFailure | ErrorAnswer;
export type Answer<T> = { success: true; response: T } | Failure;

export const success = <T>(response: T) => ({ success: true as const, response });

export const validationFailure = (code: ValidationErrorCode): ValidationFailure => ({
  success: false,
  response: code,
});

/** The catalog's `message` of an `error`-shaped code, as `version` words it (undefined when it has none). */
export const errorMessage = (code: DispatcherErrorCode, version: ApiVersion = '3.0'): string | undefined => {
  const definition = errorCodes[code] as { message?: string; versions?: Record<string, { message?: string }> };
  return (version === '3.0' ? undefined : definition.versions?.[version]?.message) ?? definition.message;
};

/**
 * Builds an `error`-shaped answer; the message comes from the catalog, as `version` words it, with
 * `{placeholders}` filled.
 */
export const errorAnswer = (
  code: DispatcherErrorCode,
  fill: { message?: string; function?: string; argument?: string; reason?: string } = {},
  version: ApiVersion = '3.0',
): ErrorAnswer => {
  const template = fill.message ?? errorMessage(code, version);
  const message = template?.replace(/\{(\w+)\}/g, (_, key: string) => fill[key as keyof typeof fill] ?? '');
  return {
    status: 'error',
    response: code,
    ...(message ? { message } : {}),
    ...(fill.argument ? { argument: fill.argument } : {}),
  };
};

/** Builds the answer for any catalogued code, in the shape the catalog gives it. */
export const failure = (
  code: ErrorCode,
  fill: Parameters<typeof errorAnswer>[1] = {},
  version: ApiVersion = '3.0',
): Failure =>
  errorCodes[code].shape === 'validation'
    ? validationFailure(code as ValidationErrorCode)
    : errorAnswer(code as DispatcherErrorCode, fill, version);

export const isFailure = (answer: unknown): answer is Failure =>
  typeof answer === 'object' &&
  answer !== null &&
  ((answer as { success?: unknown }).success === false || (answer as { status?: unknown }).status === 'error');

/** The error code of a failed answer, whichever shape it has. */
export const failureCode = (answer: Failure): string => answer.response;
