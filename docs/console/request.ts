/**
 * A console's call, from what the reader typed: the typed arguments, the body the contract's encoder
 * writes from them (the wire format, exactly as the typed client and PHP's `http_build_query` send
 * it), the mock's `Prefer` header, and the `curl` line of that call. No DOM: the docs' tests run it in Node.
 */
import { encodeFields, httpBuildQuery, type MethodName } from '@support-board/contract';
import type { ConsoleMethod } from './data.js';

export type Values = Record<string, string>;

/** The typed arguments: empty fields left out, booleans as booleans, JSON arguments parsed. */
export const typedArgs = (method: ConsoleMethod, values: Values) => {
  const args: Record<string, unknown> = {};
  const problems: Record<string, string> = {};
  for (const arg of method.args) {
    const text = values[arg.name] ?? '';
    if (text === '') continue;
    if (arg.kind === 'json') {
      try {
        args[arg.name] = JSON.parse(text);
      } catch (error) {
        problems[arg.name] = `not JSON: ${(error as Error).message}`;
      }
    } else if (arg.kind === 'boolean') {
      args[arg.name] = text === 'true';
    } else {
      args[arg.name] = text;
    }
  }
  return { args, problems };
};

export interface Prefer {
  example?: string;
  code?: string;
  delay?: string;
}

/** The mock's `Prefer` header (`example=not-found, delay=300`), or undefined when nothing is picked. */
export const preferHeader = ({ example, code, delay }: Prefer): string | undefined => {
  const parts = [
    example ? `example=${example}` : '',
    code ? `code=${code}` : '',
    delay && /^\d+$/.test(delay) ? `delay=${delay}` : '',
  ].filter(Boolean);
  return parts.length ? parts.join(', ') : undefined;
};

export interface Call {
  url: string;
  headers: Record<string, string>;
  body: string;
}

/** The call, as the contract's encoder writes it: `token`, `function`, then the arguments in order. */
export const buildCall = (
  method: ConsoleMethod,
  url: string,
  token: string,
  args: Record<string, unknown>,
  prefer?: string,
): Call => ({
  url,
  headers: { 'content-type': 'application/x-www-form-urlencoded', ...(prefer ? { prefer } : {}) },
  body: httpBuildQuery(encodeFields(method.name as MethodName, token, args as never)),
});

const shellQuote = (text: string) => `'${text.replace(/'/g, `'\\''`)}'`;

/** The `curl` line that makes the same call. */
export const curlLine = ({ url, headers, body }: Call): string =>
  [
    `curl -i -X POST ${shellQuote(url)}`,
    ...Object.entries(headers).map(([name, value]) => `  -H ${shellQuote(`${name}: ${value}`)}`),
    `  --data-raw ${shellQuote(body)}`,
  ].join(' \\\n');
