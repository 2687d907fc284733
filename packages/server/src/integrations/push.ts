import type { Config } from '../config.js';
import { ServiceError } from './errors.js';
import { bearer, fetchJson, isObject, SERVICE_TIMEOUT_MS } from './http.js';
import type { PushService } from './index.js';

const SERVICE = 'Pusher Beams';

/**
 * Pusher Beams' publish API (`PUSHER_BEAMS_API_URL`, default
 * https://{instance}.pushnotifications.pusher.com) with the instance's secret key. A refusal
 * (`{error, description}`) is answered as it came, as the original passes it on.
 */
export const createPushService = (
  push: NonNullable<Config['push']>,
  { timeoutMs = SERVICE_TIMEOUT_MS }: { timeoutMs?: number } = {},
): PushService => {
  const url = `${push.apiUrl}/publish_api/v1/instances/${encodeURIComponent(push.instanceId)}/publishes/interests`;
  return {
    async publish({ interests, title, body, icon, deepLink }) {
      const response = await fetchJson(SERVICE, url, {
        method: 'POST',
        headers: { ...bearer(push.secretKey), 'content-type': 'application/json' },
        body: JSON.stringify({
          interests,
          web: { notification: { title, body, icon, ...(deepLink ? { deep_link: deepLink } : {}) } },
        }),
        timeoutMs,
      });
      const answer = response.body;
      if (response.status < 300 && isObject(answer) && typeof answer.publishId === 'string') {
        return { publishId: answer.publishId };
      }
      if (isObject(answer) && typeof answer.error === 'string') {
        return {
          error: answer.error,
          ...(typeof answer.description === 'string' ? { description: answer.description } : {}),
        };
      }
      throw new ServiceError(SERVICE, `answered HTTP ${response.status} without a publish ID`);
    },
  };
};
