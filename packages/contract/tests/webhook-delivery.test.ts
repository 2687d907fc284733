import { createHmac } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import {
  type AnyWebhook,
  formEncodedValues,
  globalNotes,
  methodList,
  signWebhook,
  verifyWebhook,
  webhookBody,
  webhookDeliveryNotes,
  webhookList,
  webhookSignatureHeaders,
} from '../src/index.js';

const id = 'msg_2KWPBgLlAfxdpx2AI54pPJ85f4W';
const timestamp = 1_674_087_231;
const now = new Date(timestamp * 1000);
const keyBytes = Buffer.from('a fixed key of thirty-two bytes!');
const secret = `whsec_${keyBytes.toString('base64')}`;
const body = JSON.stringify(webhookBody('message-deleted', 'xxxxxxxx', '2595'));

/** The signature computed independently, with node:crypto. */
const expected = (key: Buffer | string, content = body, at = timestamp) =>
  `v1,${createHmac('sha256', key).update(`${id}.${at}.${content}`).digest('base64')}`;

const headers = (signature: string, at = timestamp) => ({
  'webhook-id': id,
  'webhook-timestamp': String(at),
  'webhook-signature': signature,
});

describe('webhookBody', () => {
  test('is the documented body', () => {
    expect(webhookBody('user-deleted', 'secret-key', '951')).toEqual({
      function: 'user-deleted',
      key: 'secret-key',
      data: '951',
    });
  });

  test('is valid for every webhook with its documented example', () => {
    for (const webhook of webhookList as readonly AnyWebhook[]) {
      const built = webhookBody(webhook.name, 'k', webhook.example);
      expect(webhook.data.safeParse(built.data).success, webhook.name).toBe(true);
    }
  });
});

describe('formEncodedValues', () => {
  test('turns scalars into the strings form encoding delivered', () => {
    expect(formEncodedValues({ id: 947, ok: true, department: null, list: [1, 'a'], nested: { n: 0 } })).toEqual({
      id: '947',
      ok: 'true',
      department: '',
      list: ['1', 'a'],
      nested: { n: '0' },
    });
  });
});

describe('signWebhook', () => {
  test('matches HMAC-SHA256 of "id.timestamp.body" keyed with the base64 part of a whsec_ secret', async () => {
    expect(await signWebhook({ id, timestamp, body, secret })).toBe(expected(keyBytes));
  });

  test('gives the example signature of the Standard Webhooks specification', async () => {
    const signature = await signWebhook({
      id: 'msg_p5jXN8AQM9LWM0D4loKWxJek',
      timestamp: 1_614_265_330,
      body: '{"test": 2432232314}',
      secret: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw',
    });
    expect(signature).toBe('v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=');
  });

  test('uses the UTF-8 bytes of any other secret', async () => {
    const plain = 'my shared sécret';
    expect(await signWebhook({ id, timestamp, body, secret: plain })).toBe(expected(Buffer.from(plain, 'utf8')));
  });

  test('signs bytes the same as the text they encode', async () => {
    const bytes = new TextEncoder().encode(body);
    expect(await signWebhook({ id, timestamp: String(timestamp), body: bytes, secret })).toBe(expected(keyBytes));
  });

  test('refuses an empty secret and a whsec_ secret that is not base64', async () => {
    await expect(signWebhook({ id, timestamp, body, secret: '' })).rejects.toThrow(TypeError);
    await expect(signWebhook({ id, timestamp, body, secret: 'whsec_***' })).rejects.toThrow(TypeError);
  });

  test('webhookSignatureHeaders gives the three headers', async () => {
    expect(await webhookSignatureHeaders({ id, timestamp, body, secret })).toEqual(headers(expected(keyBytes)));
  });
});

describe('verifyWebhook', () => {
  const valid = expected(keyBytes);

  test('accepts a valid delivery', async () => {
    expect(await verifyWebhook({ headers: headers(valid), body, secret, now })).toEqual({ ok: true });
  });

  test('accepts Headers objects, header names in any case, and bytes', async () => {
    const fetchHeaders = new Headers(headers(valid));
    expect(await verifyWebhook({ headers: fetchHeaders, body, secret, now })).toEqual({ ok: true });
    const upper = { 'Webhook-Id': id, 'WEBHOOK-TIMESTAMP': String(timestamp), 'Webhook-Signature': valid };
    const bytes = new TextEncoder().encode(body);
    expect(await verifyWebhook({ headers: upper, body: bytes, secret, now })).toEqual({ ok: true });
  });

  test('accepts any one of several space-separated signatures', async () => {
    const other = expected(Buffer.from('another key'));
    const list = `v1a,ignored ${other} garbage ${valid}`;
    expect(await verifyWebhook({ headers: headers(list), body, secret, now })).toEqual({ ok: true });
  });

  test('refuses a tampered body', async () => {
    const tampered = body.replace('2595', '2596');
    expect(await verifyWebhook({ headers: headers(valid), body: tampered, secret, now })).toEqual({
      ok: false,
      reason: 'invalid-signature',
    });
  });

  test('refuses a wrong secret', async () => {
    const wrong = `whsec_${Buffer.from('a different key of 32 bytes!!!!!').toString('base64')}`;
    expect(await verifyWebhook({ headers: headers(valid), body, secret: wrong, now })).toEqual({
      ok: false,
      reason: 'invalid-signature',
    });
  });

  test('refuses a signature of another version', async () => {
    const v2 = valid.replace(/^v1,/, 'v2,');
    expect(await verifyWebhook({ headers: headers(v2), body, secret, now })).toEqual({
      ok: false,
      reason: 'invalid-signature',
    });
  });

  test('refuses an old timestamp, even correctly signed, and one too far in the future', async () => {
    const old = timestamp - 301;
    expect(await verifyWebhook({ headers: headers(expected(keyBytes, body, old), old), body, secret, now })).toEqual({
      ok: false,
      reason: 'timestamp-too-old',
    });
    const future = timestamp + 301;
    expect(
      await verifyWebhook({ headers: headers(expected(keyBytes, body, future), future), body, secret, now }),
    ).toEqual({ ok: false, reason: 'timestamp-too-new' });
    const tolerant = { headers: headers(expected(keyBytes, body, old), old), body, secret, now, toleranceSeconds: 600 };
    expect(await verifyWebhook(tolerant)).toEqual({ ok: true });
  });

  test('refuses missing headers and a malformed timestamp', async () => {
    const { 'webhook-id': _, ...noId } = headers(valid);
    expect(await verifyWebhook({ headers: noId, body, secret, now })).toEqual({ ok: false, reason: 'missing-id' });
    const { 'webhook-signature': __, ...noSignature } = headers(valid);
    expect(await verifyWebhook({ headers: noSignature, body, secret, now })).toEqual({
      ok: false,
      reason: 'missing-signature',
    });
    expect(
      await verifyWebhook({ headers: { ...headers(valid), 'webhook-timestamp': '12ab' }, body, secret, now }),
    ).toEqual({ ok: false, reason: 'invalid-timestamp' });
  });
});

test('delivery notes are among the global notes, with ids distinct from every method and webhook note id', () => {
  const others = [
    ...methodList.flatMap((m) => m.notes),
    ...(webhookList as readonly AnyWebhook[]).flatMap((w) => w.notes),
  ].map((n) => n.id);
  const ids = webhookDeliveryNotes.map((n) => n.id);
  expect(new Set(ids).size).toBe(ids.length);
  expect(ids.filter((noteId) => others.includes(noteId))).toEqual([]);
  for (const note of webhookDeliveryNotes) expect(globalNotes).toContain(note);
});
