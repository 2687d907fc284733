import { type WebhookName, webhooks } from './index.js';

export type OnDemandWebhook =
  | { ok: true; name: WebhookName; data: unknown }
  | { ok: false; status: 400 | 404; body: Record<string, unknown> };

/**
 * Reads a request to send a webhook now (`POST /admin/webhooks/<name>`, on the reference server and
 * on the mock): an empty body sends the documented example, `{"data": ...}` the given data, which
 * must match the webhook's schema. Failures carry the HTTP status and JSON body to answer.
 */
export const readOnDemandWebhook = (name: string, bodyText: string): OnDemandWebhook => {
  if (!Object.hasOwn(webhooks, name)) {
    return { ok: false, status: 404, body: { error: `Unknown webhook "${name}".`, webhooks: Object.keys(webhooks) } };
  }
  const webhook = webhooks[name as WebhookName];
  let data: unknown = webhook.example;
  if (bodyText.trim()) {
    let body: unknown;
    try {
      body = JSON.parse(bodyText);
    } catch {
      return { ok: false, status: 400, body: { error: 'The body must be JSON: {"data": ...}.' } };
    }
    if (typeof body === 'object' && body !== null && 'data' in body) data = (body as { data: unknown }).data;
  }
  const checked = webhook.data.safeParse(data);
  if (!checked.success) {
    return {
      ok: false,
      status: 400,
      body: { error: "data does not match the webhook's schema", issues: checked.error.issues },
    };
  }
  return { ok: true, name: webhook.name, data };
};
