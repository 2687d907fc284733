import type { Failure } from '@support-board/contract';
import type { Diagnostic } from '../validate/validate.js';

/** Header values must be printable ASCII: anything else is percent-encoded. */
export const headerSafe = (text: string) =>
  text.replace(/…/g, '...').replace(/[^\x20-\x7e]/g, (char) => encodeURIComponent(char));

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
