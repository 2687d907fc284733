import { expect, test } from 'vitest';
import { webhooks } from '../src/webhooks/index.js';
import { readOnDemandWebhook } from '../src/webhooks/on-demand.js';

test('an empty body sends the documented example', () => {
  expect(readOnDemandWebhook('login', '')).toEqual({ ok: true, name: 'login', data: webhooks.login.example });
});

test('{"data": ...} sends the given data when it matches the schema', () => {
  expect(readOnDemandWebhook('user-deleted', '{"data":"42"}')).toEqual({ ok: true, name: 'user-deleted', data: '42' });
});

test('an unknown webhook is a 404 that lists the known ones', () => {
  const answer = readOnDemandWebhook('user-created', '');
  expect(answer).toMatchObject({ ok: false, status: 404 });
  expect(answer.ok ? [] : answer.body.webhooks).toHaveLength(14);
});

test('a body that is not JSON, or data that breaks the schema, is a 400', () => {
  expect(readOnDemandWebhook('login', '{data:')).toMatchObject({ ok: false, status: 400 });
  expect(readOnDemandWebhook('conversation-status-updated', '{"data":{"conversation_id":"x"}}')).toMatchObject({
    ok: false,
    status: 400,
    body: { error: "data does not match the webhook's schema" },
  });
});
