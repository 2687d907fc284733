/**
 * How a webhook travels: its body, and its Standard Webhooks signature (https://www.standardwebhooks.com).
 * Pure functions shared by the reference server, the mock and the conformance suite. They use Web
 * Crypto, so they run in browsers as well as in Node, and are async.
 */
import type { z } from 'zod';
import type { Note } from '../define.js';
import type { WebhookName, Webhooks } from './index.js';

/** The `data` of a webhook, typed. */
export type WebhookData<N extends WebhookName> = z.output<Webhooks[N]['data']>;

/** The JSON body of every webhook request, as documented. */
export interface WebhookBody<N extends string = string, D = unknown> {
  function: N;
  /** The secret key set in the webhook settings. */
  key: string;
  data: D;
}

/** Builds the documented body `{function, key, data}`. Serialise it once and sign those exact bytes. */
export function webhookBody<N extends WebhookName>(
  name: N,
  key: string,
  data: WebhookData<N>,
): WebhookBody<N, WebhookData<N>>;
export function webhookBody(name: string, key: string, data: unknown): WebhookBody;
export function webhookBody(name: string, key: string, data: unknown): WebhookBody {
  return { function: name, key, data };
}

/**
 * Turns values into what the original's form encoding delivered: numbers and booleans become strings,
 * `null` and `undefined` become `""`; arrays and objects are kept, their contents converted.
 */
export const formEncodedValues = (value: unknown): unknown => {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return value.map(formEncodedValues);
  if (typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, formEncodedValues(item)]));
  }
  return value;
};

/** The signature headers, lower case. */
export const webhookHeaderNames = {
  id: 'webhook-id',
  timestamp: 'webhook-timestamp',
  signature: 'webhook-signature',
} as const;

const SECRET_PREFIX = 'whsec_';
const encoder = new TextEncoder();

const base64Decode = (text: string): Uint8Array<ArrayBuffer> | undefined => {
  try {
    return Uint8Array.from(atob(text), (char) => char.charCodeAt(0));
  } catch {
    return undefined;
  }
};

const base64Encode = (bytes: Uint8Array): string => {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
};

/** `whsec_<base64>` is the key bytes in base64; any other secret is used as its UTF-8 bytes. */
const secretBytes = (secret: string): Uint8Array<ArrayBuffer> => {
  const bytes = secret.startsWith(SECRET_PREFIX)
    ? base64Decode(secret.slice(SECRET_PREFIX.length))
    : encoder.encode(secret);
  if (!bytes) throw new TypeError('The webhook secret starts with whsec_ but the rest is not base64.');
  if (bytes.length === 0) throw new TypeError('The webhook secret is empty.');
  return bytes;
};

const subtle = () => {
  const crypto = globalThis.crypto?.subtle;
  if (!crypto) throw new Error('Web Crypto (globalThis.crypto.subtle) is not available.');
  return crypto;
};

const hmac = async (secret: string, id: string, timestamp: string, body: string | Uint8Array) => {
  const key = await subtle().importKey('raw', secretBytes(secret), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  const prefix = encoder.encode(`${id}.${timestamp}.`);
  const content = typeof body === 'string' ? encoder.encode(body) : body;
  const signed = new Uint8Array(prefix.length + content.length);
  signed.set(prefix);
  signed.set(content, prefix.length);
  return new Uint8Array(await subtle().sign('HMAC', key, signed));
};

export interface SignWebhookInput {
  /** The delivery ID: the same on every retry of one event. */
  id: string;
  /** Seconds since the epoch when this attempt is signed. */
  timestamp: number | string;
  /** The exact body sent: the JSON text, or its bytes. */
  body: string | Uint8Array;
  secret: string;
}

/** The `webhook-signature` value: `v1,<base64 HMAC-SHA256 of "{id}.{timestamp}.{body}">`. */
export const signWebhook = async ({ id, timestamp, body, secret }: SignWebhookInput): Promise<string> =>
  `v1,${base64Encode(await hmac(secret, id, String(timestamp), body))}`;

/** The three signature headers of one delivery attempt. */
export const webhookSignatureHeaders = async (input: SignWebhookInput): Promise<Record<string, string>> => ({
  [webhookHeaderNames.id]: input.id,
  [webhookHeaderNames.timestamp]: String(input.timestamp),
  [webhookHeaderNames.signature]: await signWebhook(input),
});

export type WebhookHeaders =
  | Headers
  | Record<string, string | readonly string[] | undefined>
  | Iterable<readonly [string, string]>;

export type VerifyWebhookFailure =
  | 'missing-id'
  | 'missing-timestamp'
  | 'missing-signature'
  | 'invalid-timestamp'
  | 'timestamp-too-old'
  | 'timestamp-too-new'
  | 'invalid-signature';

export type VerifyWebhookResult = { ok: true } | { ok: false; reason: VerifyWebhookFailure };

export interface VerifyWebhookInput {
  headers: WebhookHeaders;
  /** The body exactly as received, before any parsing. */
  body: string | Uint8Array;
  secret: string;
  /** How far the timestamp may be from `now`, either way. */
  toleranceSeconds?: number;
  now?: Date;
}

const readHeader = (headers: WebhookHeaders, name: string): string | undefined => {
  if (typeof Headers !== 'undefined' && headers instanceof Headers) return headers.get(name) ?? undefined;
  const entries: Iterable<readonly [string, unknown]> =
    Symbol.iterator in headers
      ? (headers as Iterable<readonly [string, string]>)
      : Object.entries(headers as Record<string, unknown>);
  for (const [key, value] of entries) {
    if (key.toLowerCase() !== name) continue;
    if (typeof value === 'string') return value;
    if (Array.isArray(value)) return value.join(' ');
  }
  return undefined;
};

/** Compares without an early exit, so that the time taken says nothing about where bytes differ. */
const equalBytes = (a: Uint8Array, b: Uint8Array): boolean => {
  if (a.length !== b.length) return false;
  let difference = 0;
  for (let i = 0; i < a.length; i++) difference |= a[i]! ^ b[i]!;
  return difference === 0;
};

/**
 * Checks a delivery's signature headers against its raw body. `webhook-signature` may hold several
 * space-separated signatures (during a secret rotation); one valid `v1` signature is enough. Throws a
 * TypeError for an empty secret or a `whsec_` secret that is not base64: that is a configuration error.
 */
export const verifyWebhook = async ({
  headers,
  body,
  secret,
  toleranceSeconds = 300,
  now = new Date(),
}: VerifyWebhookInput): Promise<VerifyWebhookResult> => {
  const id = readHeader(headers, webhookHeaderNames.id);
  const timestamp = readHeader(headers, webhookHeaderNames.timestamp);
  const signatures = readHeader(headers, webhookHeaderNames.signature);
  if (!id) return { ok: false, reason: 'missing-id' };
  if (!timestamp) return { ok: false, reason: 'missing-timestamp' };
  if (!signatures) return { ok: false, reason: 'missing-signature' };
  if (!/^\d{1,15}$/.test(timestamp.trim())) return { ok: false, reason: 'invalid-timestamp' };
  const age = Math.floor(now.getTime() / 1000) - Number(timestamp.trim());
  if (age > toleranceSeconds) return { ok: false, reason: 'timestamp-too-old' };
  if (age < -toleranceSeconds) return { ok: false, reason: 'timestamp-too-new' };

  const expected = await hmac(secret, id, timestamp.trim(), body);
  let valid = false;
  for (const candidate of signatures.split(' ')) {
    const comma = candidate.indexOf(',');
    if (comma < 0 || candidate.slice(0, comma) !== 'v1') continue;
    const bytes = base64Decode(candidate.slice(comma + 1));
    // No early return: every candidate is compared.
    if (bytes && equalBytes(bytes, expected)) valid = true;
  }
  return valid ? { ok: true } : { ok: false, reason: 'invalid-signature' };
};

/** Points about webhook delivery as a whole, where the reference server differs from the original. */
export const webhookDeliveryNotes: Note[] = [
  {
    id: 'webhook-server-fired',
    kind: 'difference',
    topic: 'Webhooks are fired by the server',
    original:
      'Version 3.0 sends no webhook from the server: the chat front end fires all 14 through an unauthenticated ajax function (anyone can make it send any webhook with any data), so Web API calls fire none. The data goes through form encoding, so every scalar is a string and an empty value is `""`.',
    decision:
      'The reference server fires each webhook whose event an API method causes (see each webhook), and sends the others only on demand, to test a receiver; nothing unauthenticated can trigger one. Data keeps the original strings: numbers and booleans as strings, `null` as `""`.',
  },
  {
    id: 'webhook-sender-url',
    kind: 'disagreement',
    topic: 'The webhook body and `sender-url`',
    documented: 'The body is `{function, key, data}`.',
    original: 'The body also has `sender-url`, the HTTP referrer of the page that fired the webhook, or `""`.',
    decision: 'The reference server sends the documented body: an API call has no page to refer to.',
  },
  {
    id: 'webhook-signature',
    kind: 'difference',
    topic: 'Webhook requests are signed',
    original:
      'No signature: the secret `key` in the body is the only proof of origin, and anyone who sees one body has it.',
    decision:
      'The reference server keeps `key` in the body and adds the Standard Webhooks headers `webhook-id`, `webhook-timestamp` and `webhook-signature` (HMAC-SHA256 of `{id}.{timestamp}.{body}` with the webhook secret), so that a receiver can check origin, integrity and freshness.',
  },
  {
    id: 'webhook-delivery',
    kind: 'difference',
    topic: 'Webhooks are delivered durably',
    original:
      "One attempt, synchronously inside the request that fired it, with a 5 s connect timeout, no total timeout and TLS certificates not verified; failures are ignored, so a webhook is lost when the receiver is down, and the receiver's answer is passed back to the page.",
    decision:
      "The reference server queues each webhook durably and delivers it after the call has been answered, retrying until the receiver answers 2xx: an attempt that is not answered 2xx, fails on the network or gets no answer within `WEBHOOK_TIMEOUT_MS` (10 s by default, connecting included) is retried with exponential backoff, up to `WEBHOOK_MAX_ATTEMPTS` (15) attempts, after which the delivery is kept as failed. TLS certificates are verified, and the receiver's answer never reaches the API caller.",
  },
];
