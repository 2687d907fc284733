/**
 * The normalisations a differential run applies: values that differ by nature between two targets
 * are mapped, not reported. Each is named, and the report counts how often each one applied, so
 * nobody wonders what was hidden.
 */
export const normalisations = {
  ids: "IDs each side created (and the values the run sent, its tokens included) are twins: A's user 35 is B's user 1207 wherever it appears",
  times: 'times (`YYYY-MM-DD HH:MM:SS`) and dates are compared as "a time" (a date)',
  tokens:
    'tokens (40 hex digits) and random names in links (16 or more) read as {hex}, cache busters (`?v=<n>`) as ?v={n}',
  url: "the installation's own URL in links reads as {url}",
  csv: 'CSV exports are compared row by row (paired by ID) and cell by cell, as a CSV reader reads them: quoting and line ends aside',
  pictures: 'default pictures (`<site>/media/<name>.svg`, whichever site and name) are compared as "a default picture"',
  order:
    'lists of objects are paired by their `id`, not their position; a changed order is reported apart where the method promises one',
  counts: "count-users' counts are compared as changes since the previous count (each target holds its own users)",
  window:
    "list items a datetime filter (`get-new-*`) catches in its first 2 s on one side only: the run's earlier items, which each run reaches at its own pace, are left out",
  cleanup: "the run's closing calls (deleting what it made, restoring what it changed) are not compared",
  'own-data': "list items of the targets' own data (neither the run's nor on both sides) are left out",
} as const;

export type Normalisation = keyof typeof normalisations;

/** What is one side's own in its answers. */
export interface SideTerms {
  /** The run's marker: both runs carry the same, so it reads alike on both sides. */
  marker: string;
  /** The `datetime` the call filters from, when it has one. */
  windowStart?: string;
  /** The installation's base URLs: the target without `include/api.php`, on loopback by either name. */
  bases: string[];
}

export const basesOf = (target: string): string[] => {
  const base = target.replace(/include\/api\.php$/, '');
  const url = new URL(base);
  if (url.hostname !== 'localhost' && url.hostname !== '127.0.0.1') return [base];
  return ['localhost', '127.0.0.1'].map((host) => base.replace(url.hostname, host));
};

const TIME = /^\d{4}-\d{2}-\d{2}( \d{2}:\d{2}:\d{2})?$/;
const DEFAULT_PICTURE = /^(https?:\/\/[^/]+\/|\{url\}\/)(.*\/)?media\/[\w-]+\.svg$/;

/** Whether a text is the link of a default picture (`https://board.support/media/user.svg`). */
export const isDefaultPicture = (text: string): boolean => DEFAULT_PICTURE.test(text);

/** Whether a text is a time or a date, compared by kind. */
export const isTime = (text: string): boolean => TIME.test(text);

const HEX = /[0-9a-f]{16,}/g;

/** A side's text with its URL and random hex names replaced; answers which of them applied. */
export const neutral = (text: string, side: SideTerms): { text: string; applied: Normalisation[] } => {
  const applied: Normalisation[] = [];
  let out = text;
  for (const base of side.bases) {
    if (out.includes(base)) {
      out = out.split(base).join('{url}/');
      applied.push('url');
    }
  }
  const named = out.replace(HEX, '{hex}').replace(/\?v=\d+$/, '?v={n}');
  if (named !== out) {
    out = named;
    applied.push('tokens');
  }
  return { text: out, applied };
};

const ID_KEY = /(^|[_-])id$/i;

/** Whether a value under this key is an ID (`id`, `user_id`, `message-id`, ...). */
export const isIdKey = (key: PropertyKey | undefined): boolean => typeof key === 'string' && ID_KEY.test(key);

/** An integer, as a number or as digits: a candidate ID. */
export const integerText = (value: unknown): string | undefined =>
  typeof value === 'number' && Number.isInteger(value)
    ? String(value)
    : typeof value === 'string' && /^\d+$/.test(value)
      ? value
      : undefined;

/** count-users' answer as changes since the side's previous one (`first` keeps the last counts). */
export const relativeCounts = (body: unknown, first: Map<string, number>): unknown => {
  const response = (body as { response?: unknown } | undefined)?.response;
  if (typeof response !== 'object' || response === null) return body;
  const changed: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(response)) {
    const n = Number(value);
    changed[key] = `${n - (first.get(key) ?? n)} since the previous count`;
    first.set(key, n);
  }
  return { ...(body as object), response: changed };
};
