import {
  type AnyMethod,
  type ApiVersion,
  type ErrorCode,
  errorCodes,
  methodErrors,
  methodList,
} from '@support-board/contract';

const allCodes = Object.keys(errorCodes) as ErrorCode[];
const claimed = new Set((methodList as readonly AnyMethod[]).flatMap((method) => method.errors));

/** Hard failures any call can meet, though the documentation names them for a few methods only. */
const failures: readonly ErrorCode[] = ['db-error', 'internal-error'];

/**
 * The dispatcher's codes: `error`-shaped codes that no method lists as its own, and the hard
 * failures, so any call can get them (missing-function-name, invalid-token, missing-argument,
 * db-error, ...). Derived from the contract, so a code added there is offered here.
 */
export const dispatcherCodes: readonly ErrorCode[] = allCodes.filter(
  (code) => errorCodes[code].shape === 'error' && (!claimed.has(code) || failures.includes(code)),
);

/** The codes `Prefer: code=` may ask of a method in `version`: its own errors, then the dispatcher's. */
export const preferableCodes = (method: AnyMethod, version: ApiVersion = '3.0'): ErrorCode[] => [
  ...new Set([...methodErrors(method, version), ...dispatcherCodes]),
];
