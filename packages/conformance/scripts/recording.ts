/**
 * What the calibration keeps of a run against the original Support Board: each request the suite
 * sent and what the original answered, wire facts only, and how the suite judged each check. The
 * recorder (calibrate.ts) writes it; a stand-in (tests/support/replay.ts) answers the same requests
 * with the same answers, so that CI can run the suite against "the original" without it.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';
import type { ApiVersion, Status } from '../src/index.js';

export interface Exchange {
  /** The request, as `requestKey` writes it. */
  request: string;
  status: number;
  contentType: string;
  /** The body as the original sent it, its origin and the admin token replaced by placeholders. */
  body: string;
}

export interface RecordedRun {
  apiVersion: ApiVersion;
  level: 'core' | 'full';
  /** The tags the run left out (`--skip-tag`). */
  skipTags: string[];
  /** The run's marker: a replay must use it, so that the suite sends the same requests. */
  marker: string;
  /** Every check the run took, and how the suite judged it against the original. */
  verdicts: Record<string, Status>;
  exchanges: Exchange[];
}

export interface Recording {
  /** Which original, from which source. */
  original: string;
  recordedAt: string;
  runs: RecordedRun[];
}

/** Where the calibration on Support Board 3.3.6 is kept. */
export const RECORDING_PATH = new URL('../calibration/original-3.3.6.json.gz', import.meta.url).pathname;

export const readRecording = async (path = RECORDING_PATH): Promise<Recording> =>
  JSON.parse(gunzipSync(await readFile(path)).toString('utf8'));

const TOKEN = '{token}';
/** The target's origin, as text and as PHP's json_encode writes it (`http:\/\/host:port`). */
const ORIGINS = [
  { placeholder: '{origin}', form: (origin: string) => origin },
  { placeholder: '{origin-json}', form: (origin: string) => origin.replaceAll('/', '\\/') },
];
/** Longer requests (the oversized bodies) are kept as a digest. */
const KEPT_REQUEST = 400;

/**
 * A request as the recording names it: the method and path of a GET (a CSV download), or a POST's
 * form fields in their order, the admin token replaced. Identical requests are told apart by the
 * order in which they come.
 */
export const requestKey = (method: string, path: string, body: string, token: string): string => {
  if (method !== 'POST') return `${method} ${path}`;
  const fields = new URLSearchParams(body);
  // The admin token, or the admin token with something after it (a hardening check appends a NUL).
  const sent = fields.get('token');
  if (sent?.startsWith(token)) fields.set('token', `${TOKEN}${sent.slice(token.length)}`);
  const text = `POST ${fields.toString()}`;
  return text.length <= KEPT_REQUEST
    ? text
    : `${text.slice(0, 100)}… sha256:${createHash('sha256').update(text).digest('hex')}`;
};

/** A body as the recording keeps it: the target's origin and the admin token as placeholders. */
export const redact = (body: string, origin: string, token: string): string =>
  ORIGINS.reduce(
    (text, { placeholder, form }) => text.replaceAll(form(origin), placeholder),
    body.replaceAll(token, TOKEN),
  );

/** A recorded body as a stand-in at `origin`, taking `token`, sends it. */
export const restore = (body: string, origin: string, token: string): string =>
  ORIGINS.reduce(
    (text, { placeholder, form }) => text.replaceAll(placeholder, form(origin)),
    body.replaceAll(TOKEN, token),
  );
