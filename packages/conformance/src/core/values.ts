/** Small helpers to show values in findings and to compare them. */

const MAX_SHOWN = 160;

const typeName = (value: unknown) => (value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value);

/** A value as a finding shows it: its JSON (cut when long) and, for scalars, its type. */
export const show = (value: unknown): string => {
  if (value === undefined) return 'nothing (the key is absent)';
  let text: string;
  try {
    text = JSON.stringify(value) ?? String(value);
  } catch {
    text = String(value);
  }
  if (text.length > MAX_SHOWN) text = `${text.slice(0, MAX_SHOWN)}… (${text.length} characters)`;
  const type = typeName(value);
  return type === 'object' || type === 'array' || type === 'null' ? text : `${text} (${type})`;
};

/** A JSON path: `$.response[0]["message-id"]`. */
export const jsonPath = (path: readonly PropertyKey[], root = '$'): string =>
  path.reduce<string>((text, key) => {
    if (typeof key === 'number') return `${text}[${key}]`;
    const name = String(key);
    return /^[A-Za-z_][\w]*$/.test(name) ? `${text}.${name}` : `${text}[${JSON.stringify(name)}]`;
  }, root);

/** The value at a path, or undefined. */
export const valueAt = (value: unknown, path: readonly PropertyKey[]): unknown => {
  let current = value;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
};

export const deepEqual = (a: unknown, b: unknown): boolean => {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const keysA = Object.keys(a);
  const keysB = Object.keys(b);
  if (keysA.length !== keysB.length) return false;
  return keysA.every((key) => deepEqual((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]));
};

/** The paths where two JSON values differ (at most `limit`), with both values. */
export const differences = (
  before: unknown,
  after: unknown,
  path: PropertyKey[] = [],
  limit = 5,
): { path: PropertyKey[]; before: unknown; after: unknown }[] => {
  if (deepEqual(before, after)) return [];
  const bothObjects = typeof before === 'object' && typeof after === 'object' && before !== null && after !== null;
  if (!bothObjects || Array.isArray(before) !== Array.isArray(after)) return [{ path, before, after }];
  const found: { path: PropertyKey[]; before: unknown; after: unknown }[] = [];
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  for (const key of keys) {
    const index = Array.isArray(before) ? Number(key) : key;
    const b = (before as Record<string, unknown>)[key];
    const a = (after as Record<string, unknown>)[key];
    found.push(...differences(b, a, [...path, index], limit - found.length));
    if (found.length >= limit) break;
  }
  return found;
};

const pad = (n: number) => String(n).padStart(2, '0');

/** `YYYY-MM-DD HH:MM:SS` in UTC, as the API writes times. */
export const formatDatetime = (date: Date): string =>
  `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())} ` +
  `${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())}`;

export const parseDatetime = (text: string): Date => new Date(`${text.replace(' ', 'T')}Z`);

/** A server time moved by some seconds (the suite uses the target's clock, never its own). */
export const shiftDatetime = (text: string, seconds: number): string =>
  formatDatetime(new Date(parseDatetime(text).getTime() + seconds * 1000));

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export const errorText = (error: unknown): string => {
  if (!(error instanceof Error)) return String(error);
  const cause = (error as { cause?: unknown }).cause;
  return cause instanceof Error ? `${error.message}: ${cause.message}` : error.message;
};
