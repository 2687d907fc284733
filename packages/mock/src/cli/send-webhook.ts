import { webhookNames } from '@support-board/contract';

export interface Output {
  out: (line: string) => void;
  err: (line: string) => void;
}

export interface SendWebhookCommand {
  name: string | undefined;
  /** The webhook's data as JSON text; default: its documented example. */
  data: string | undefined;
  /** The running mock's base URL. */
  url: string;
  /** Sent as `Authorization: Bearer <token>`. */
  token: string;
}

/** `sb-mock send-webhook <name>`: calls a running mock's `POST /admin/webhooks/<name>`. */
export const sendWebhook = async ({ name, data, url, token }: SendWebhookCommand, io: Output): Promise<number> => {
  if (!name) {
    io.out(`Webhooks: ${webhookNames.join(', ')}`);
    return 0;
  }
  let body: string | undefined;
  if (data !== undefined) {
    try {
      body = JSON.stringify({ data: JSON.parse(data) });
    } catch {
      io.err('--data must be JSON, e.g. --data \'{"conversation_id":"1057","status_code":"0"}\'');
      return 2;
    }
  }
  const target = new URL(`/admin/webhooks/${encodeURIComponent(name)}`, url);
  let response: Response;
  try {
    response = await fetch(target, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body,
    });
  } catch (cause) {
    io.err(`No mock answers at ${url} (${cause instanceof Error ? cause.message : String(cause)}).`);
    return 1;
  }
  const text = await response.text();
  if (response.status === 202) {
    const { id, url: to } = JSON.parse(text) as { id: string; url: string };
    io.out(`${name} queued for ${to} (delivery ${id}).`);
    return 0;
  }
  io.err(`HTTP ${response.status}: ${text}`);
  if (response.status === 401) io.err('Give the token the mock was started with: --token, or MOCK_TOKEN.');
  return 1;
};
