/**
 * Reads the `Prefer` header (RFC 7240): `Prefer: example=not-found, delay=200`. Names are case-
 * insensitive, values may be quoted, and the first occurrence of a name wins. Parameters after `;`
 * are read as preferences of their own, so `example=x; delay=5` works too.
 */
export type Preferences = ReadonlyMap<string, string>;

/** Most calls prefer nothing: they share this one. */
const NONE: Preferences = new Map();

export const parsePrefer = (header: string | null | undefined): Preferences => {
  if (!header) return NONE;
  const preferences = new Map<string, string>();
  for (const part of header.split(/[,;]/)) {
    const equals = part.indexOf('=');
    const name = (equals < 0 ? part : part.slice(0, equals)).trim().toLowerCase();
    if (!name || preferences.has(name)) continue;
    const raw = equals < 0 ? '' : part.slice(equals + 1).trim();
    preferences.set(name, raw.length >= 2 && raw.startsWith('"') && raw.endsWith('"') ? raw.slice(1, -1) : raw);
  }
  return preferences;
};
