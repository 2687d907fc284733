/** Every webhook, in the documentation's order. */
export const webhookList = [] as readonly import('../define.js').AnyWebhook[];

type WebhookUnion = (typeof webhookList)[number];
export type Webhooks = { [W in WebhookUnion as W['name']]: W };
export type WebhookName = keyof Webhooks;

export const webhooks = Object.fromEntries(webhookList.map((webhook) => [webhook.name, webhook])) as Webhooks;
export const webhookNames = webhookList.map((webhook) => webhook.name) as WebhookName[];
