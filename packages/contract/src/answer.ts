import type { ErrorAnswer, ValidationFailure } from './envelope.js';
import { type DispatcherErrorCode, type ErrorCode, errorCodes, type ValidationErrorCode } from './errors.js';
import type { ApiVersion } from './versions/define.js';

/**
 * The three answer shapes as types, their builders, and telling them apart: no schema here, so that
 * importing them (the typed client does) costs no zod. The schemas live in `envelope.ts`.
 */
export type Failure = ValidationFailure | ErrorAnswer;
export type Answer<T> = { success: true; response: T } | Failure;

export const isFailure = (answer: unknown): answer is Failure =>
  typeof answer === 'object' &&
  answer !== null &&
  ((answer as { success?: unknown }).success === false || (answer as { status?: unknown }).status === 'error');

/** The error code of a failed answer, whichever shape it has. */
export const failureCode = (answer: Failure): string => answer.response;

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
