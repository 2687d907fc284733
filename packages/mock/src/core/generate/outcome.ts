import { type AnyMethod, type ApiVersion, type ErrorCode, type Failure, failure } from '@support-board/contract';

/** What the mock answers for a call that passed validation. */
export type Outcome =
  | {
      kind: 'success';
      value: unknown;
      /** How it was made, for `X-Mock-Example`: an example's name, `dynamic` or `stateful`. */
      served: string;
      /** True when the dynamic generator fell back to the documented example. */
      fallback?: boolean;
    }
  | { kind: 'failure'; failure: Failure; argument?: string; reason?: string };

export const success = (value: unknown, served: string): Outcome => ({ kind: 'success', value, served });

export const refusal = (
  code: ErrorCode,
  reason: string,
  fill: Parameters<typeof failure>[1] = {},
  version: ApiVersion = '3.0',
): Outcome => ({
  kind: 'failure',
  failure: failure(code, fill, version),
  reason,
  ...(fill.argument ? { argument: fill.argument } : {}),
});

/** The answer `Prefer: code=<code>` asks for, in the code's exact shape as `version` words it, its placeholders filled. */
export const forcedFailure = (method: AnyMethod, code: ErrorCode, version: ApiVersion): Outcome => {
  const names = Object.entries(method.args);
  const argument = (names.find(([, arg]) => arg.spec.required) ?? names[0])?.[0];
  const reason = `asked for with Prefer: code=${code}`;
  const takesArgument = code === 'missing-argument' || code === 'invalid-argument';
  return refusal(
    code,
    reason,
    { function: method.name, reason, ...(takesArgument && argument ? { argument } : {}) },
    version,
  );
};
