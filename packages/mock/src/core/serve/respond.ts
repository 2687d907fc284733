import type { Failure } from '@support-board/contract';
import type { Diagnostic } from '../validate/validate.js';

/** The longest header value the mock writes: what callers send is echoed, and clients refuse huge headers. */
export const HEADER_MAX = 512;

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Header values must be printable ASCII: anything else is percent-encoded (a lone surrogate, which
 * has no encoding, as U+FFFD), and a value past HEADER_MAX characters is cut, ending in `...`.
 */
export const headerSafe = (text: string) => {
  const safe = text
    .replace(/…/g, '...')
    .replace(LONE_SURROGATE, '\uFFFD')
    .replace(/[^\x20-\x7e]/gu, (char) => encodeURIComponent(char));
  return safe.length > HEADER_MAX ? `${safe.slice(0, HEADER_MAX - 3).replace(/%[0-9A-F]?$/, '')}...` : safe;
};

export const json = (body: unknown, status = 200, headers: Record<string, string> = {}) =>
  new Response(typeof body === 'string' ? body : JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json; charset=UTF-8', ...headers },
  });

/** The headers that explain a failure: its code, the argument at fault, and why. */
export const failureHeaders = (
  failure: Failure,
  detail: { argument?: string | undefined; reason?: string | undefined },
): Record<string, string> => {
  const argument = detail.argument ?? ('argument' in failure ? failure.argument : undefined);
  const reason = detail.reason || ('message' in failure ? failure.message : undefined);
  return {
    'x-mock-code': failure.response,
    ...(argument ? { 'x-mock-invalid-argument': headerSafe(argument) } : {}),
    ...(reason ? { 'x-mock-reason': headerSafe(reason) } : {}),
  };
};

export const warningHeader = (diagnostics: Diagnostic[]): Record<string, string> => {
  const warnings = diagnostics.filter((diagnostic) => diagnostic.severity === 'warning');
  return warnings.length ? { 'x-mock-warning': headerSafe(warnings.map((w) => w.message).join('; ')) } : {};
};

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
