import type { SentCall } from './api.js';

/** Values longer than this are written as a shell expression that makes them, or shortened. */
const LONG = 2000;

/** One shell word, single-quoted. */
export const shellQuote = (text: string): string => `'${text.replaceAll("'", `'\\''`)}'`;

// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is looked for
const CONTROL = /[\u0000-\u001f\u007f]/;

/** `name=value` percent-encoded, or undefined for text that cannot be (a lone surrogate). */
const encoded = (name: string, value: string): string | undefined => {
  try {
    return `${name}=${encodeURIComponent(value)}`;
  } catch {
    return undefined;
  }
};

const shortened = (name: string, value: string) =>
  `--data-urlencode ${shellQuote(`${name}=${value.slice(0, 200)}… (${value.length} characters in all, shortened here)`)}`;

/** One field as curl options: as it reads, or in a form a shell can carry. */
const field = (name: string, value: string): string => {
  if (value.length > LONG) {
    // Megabytes of one character: made by the shell and read by curl from a file (one argument is limited to 128 KiB).
    const first = value[0] ?? '';
    const one = /^[\w-]+$/.test(name) && /^[\w.-]$/.test(first) && value === first.repeat(value.length);
    return one
      ? `--data-urlencode ${name}@<(head -c ${value.length} /dev/zero | tr '\\0' ${first})`
      : shortened(name, value);
  }
  // A NUL cannot travel in a shell argument at all: control characters go percent-encoded, as sent.
  if (CONTROL.test(value)) {
    const text = encoded(name, value);
    return text ? `-d ${shellQuote(text)}` : shortened(name, value);
  }
  return `--data-urlencode ${shellQuote(`${name}=${value}`)}`;
};

/**
 * The request as a `curl` command a vendor can paste into bash: the admin token as `$TOKEN` (set it
 * first), every other field URL-encoded by curl as PHP's `http_build_query` encodes it.
 */
export const toCurl = (call: SentCall, token: string): string => {
  if (!call.fields) return `curl -s ${shellQuote(call.url)}`;
  const parts = call.fields.map(([name, value]) => {
    if (name !== 'token' || !token || !value.startsWith(token)) return field(name, value);
    // The admin token, perhaps with something after it (a hardening check appends a NUL).
    const rest = value.slice(token.length);
    return rest ? `-d "token=$TOKEN"${shellQuote(encodeURIComponent(rest))}` : `-d "token=$TOKEN"`;
  });
  return ['curl -s', shellQuote(call.url), ...parts].join(' ');
};
