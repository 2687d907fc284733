import type { SentCall } from './api.js';

/** Values longer than this are written as a shell expression that makes them, or shortened. */
const LONG = 2000;

/** One shell word: single-quoted, or ANSI-C quoted (`$'...'`) when it holds control characters. */
export const shellQuote = (text: string): string => {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is looked for
  if (!/[\u0000-\u001f\u007f]/.test(text)) return `'${text.replaceAll("'", `'\\''`)}'`;
  const escaped = [...text]
    .map((char) => {
      const code = char.codePointAt(0) ?? 0;
      if (char === '\\' || char === "'") return `\\${char}`;
      if (code < 0x20 || code === 0x7f) return `\\x${code.toString(16).padStart(2, '0')}`;
      return char;
    })
    .join('');
  return `$'${escaped}'`;
};

/** A long value as a shell expression making it, when it is one character repeated; else shortened. */
const longValue = (name: string, value: string): string => {
  const first = value[0] ?? '';
  if (first && !/['\\\n]/.test(first) && value === first.repeat(value.length)) {
    return `"${name}=$(head -c ${value.length} /dev/zero | tr '\\0' ${shellQuote(first)})"`;
  }
  return shellQuote(`${name}=${value.slice(0, 200)}… (${value.length} characters in all, shortened here)`);
};

/**
 * The request as a `curl` command a vendor can paste into a terminal: the admin token as `$TOKEN`
 * (set it first), every other field URL-encoded by curl as PHP's `http_build_query` encodes it.
 */
export const toCurl = (call: SentCall, token: string): string => {
  if (!call.fields) return `curl -s ${shellQuote(call.url)}`;
  const parts = call.fields.map(([name, value]) => {
    if (name === 'token' && value === token && token) return `-d "token=$TOKEN"`;
    return `--data-urlencode ${value.length > LONG ? longValue(name, value) : shellQuote(`${name}=${value}`)}`;
  });
  return ['curl -s', shellQuote(call.url), ...parts].join(' ');
};
