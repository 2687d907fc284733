import { type Note, webhooks } from '@support-board/contract';
import type { CheckContext } from '../../core/context.js';
import { schemaFindings } from '../../core/schema-findings.js';
import type { Check } from '../../core/types.js';
import { deepEqual, jsonPath, show, valueAt } from '../../core/values.js';
import type { ReceivedWebhook } from '../../core/webhook-receiver.js';
import { defineCheck } from '../define.js';
import { type Expected, type Recipe, recipes } from './recipes.js';

const matches = (webhook: ReceivedWebhook, name: string, expected: Expected[]) =>
  webhook.body?.function === name && expected.every((e) => deepEqual(valueAt(webhook.body?.data, e.path), e.value));

/** Nothing matching arrived: say what did. */
const reportMissing = (t: CheckContext, recipe: Recipe, since: number, expected: Expected[], timeoutMs: number) => {
  const later = t.env.webhooks?.received.filter((webhook) => webhook.seq > since) ?? [];
  const sameName = later.filter((webhook) => webhook.body?.function === recipe.webhook);
  const last = sameName.at(-1);
  if (last) {
    for (const e of expected) {
      const received = valueAt(last.body?.data, e.path);
      if (deepEqual(received, e.value)) continue;
      t.report({
        method: recipe.method,
        path: jsonPath(e.path, '$.data'),
        expected: `${show(e.value)}, from the ${recipe.method} call`,
        received: show(received),
      });
    }
    return;
  }
  const names = [...new Set(later.map((webhook) => String(webhook.body?.function ?? '(not JSON)')))];
  t.report({
    method: recipe.method,
    path: `webhook ${recipe.webhook}`,
    expected: `a POST with "function":"${recipe.webhook}" within ${timeoutMs} ms of the ${recipe.method} call`,
    received: names.length ? `only ${names.join(', ')}` : 'no webhook at all',
    hint:
      `The webhook never arrived: check the target's webhook URL points at ${t.env.webhooks?.url} ` +
      `and that ${recipe.method} fires ${recipe.webhook}.`,
  });
};

const check = (recipe: Recipe) => {
  const webhook = webhooks[recipe.webhook];
  return defineCheck({
    id: `webhooks/${recipe.webhook}`,
    title: `${recipe.method} fires ${recipe.webhook}, with valid data about the call, the key and a valid signature`,
    area: 'webhooks',
    methods: [recipe.method],
    notes: (webhook.notes as Note[]).map((note) => note.id),
    tags: [`webhook:${recipe.webhook}`],
    async run(t) {
      const receiver = t.env.webhooks;
      const settings = t.settings.webhooks;
      if (!receiver || !settings)
        return t.skip("webhooks need a receiver: --webhooks PORT, with the target's webhook URL pointing at it");
      const since = receiver.received.length;
      const expected = await recipe.trigger(t);
      const found = await receiver.waitFor(since, (w) => matches(w, recipe.webhook, expected), settings.timeoutMs);
      if (!found) return reportMissing(t, recipe, since, expected, settings.timeoutMs);
      t.findings.push(
        ...schemaFindings(webhook.data, found.body?.data, {
          check: t.current.id,
          method: recipe.method,
          root: '$.data',
        }),
      );
      if (settings.key !== undefined)
        t.equal(
          recipe.method,
          '$.key',
          found.body?.key,
          settings.key,
          'The body carries the secret key of the webhook settings.',
        );
      if (settings.secret) {
        t.check(found.signature === 'ok', {
          method: recipe.method,
          path: 'webhook-signature',
          expected:
            'a valid Standard Webhooks signature (v1, HMAC-SHA256 of "{webhook-id}.{webhook-timestamp}.{body}")',
          received: found.signature ?? 'none',
        });
      }
    },
  });
};

/** Each webhook an API call fires, fired and awaited on the suite's receiver. */
export const webhookChecks: Check[] = recipes.map(check);
