import { randomUUID } from 'node:crypto';
import { bearerToken, isRecord, type Reply, startHttpStandIn } from './http.js';

/** Pusher Beams' rules for interest names and for one publish. */
const INTEREST = /^[a-zA-Z0-9_\-=@,.;]{1,164}$/;
const MAX_INTERESTS = 100;
const PLATFORMS = ['apns', 'fcm', 'web'];

export interface Publish {
  publishId: string;
  interests: string[];
  body: Record<string, unknown>;
}

const refusal = (status: number, error: string, description: string): Reply => ({
  status,
  body: { error, description },
});

/**
 * A stand-in for the Pusher Beams publish API on loopback (`PUSHER_BEAMS_API_URL`, as
 * https://{instance}.pushnotifications.pusher.com). It checks what Beams checks (the instance,
 * the secret key, 1 to 100 valid interests, a platform payload) and answers `{publishId}` or
 * Beams' `{error, description}` refusals.
 */
export const startBeamsStandIn = async ({
  instanceId = 'b2ad5e1c-0d2f-4b4e-9a6c-3f5a2d1e7c90',
  secretKey = 'beams-secret-key',
}: {
  instanceId?: string;
  secretKey?: string;
} = {}) => {
  const publishes: Publish[] = [];
  const keys = { secretKey };
  const path = `/publish_api/v1/instances/${instanceId}/publishes/interests`;

  const server = await startHttpStandIn((request) => {
    if (!request.path.startsWith('/publish_api/v1/instances/')) return refusal(404, 'Not Found', 'Not found');
    if (request.path !== path) return refusal(404, 'Instance not found', 'Could not find the instance');
    if (request.method !== 'POST') return refusal(405, 'Method Not Allowed', 'Method not allowed');
    if (bearerToken(request) !== keys.secretKey) return refusal(401, 'Unauthorized', 'Incorrect API Key');
    const body = request.json;
    if (!isRecord(body)) return refusal(400, 'Bad Request', 'Request body must be JSON');
    const { interests } = body;
    if (!Array.isArray(interests) || interests.length === 0) {
      return refusal(422, 'Unprocessable Entity', 'Publish requests must contain at least one interest');
    }
    if (interests.length > MAX_INTERESTS) {
      return refusal(422, 'Unprocessable Entity', `Number of interests exceeds the limit of ${MAX_INTERESTS}`);
    }
    const invalid = interests.find((interest) => typeof interest !== 'string' || !INTEREST.test(interest));
    if (invalid !== undefined) {
      return refusal(422, 'Unprocessable Entity', `Interest ${JSON.stringify(invalid)} is not a valid interest name`);
    }
    if (!PLATFORMS.some((platform) => isRecord(body[platform]))) {
      return refusal(422, 'Unprocessable Entity', 'Publish requests must contain a payload for apns, fcm or web');
    }
    const publishId = `pubid-${randomUUID()}`;
    publishes.push({ publishId, interests: interests as string[], body });
    return { body: { publishId } };
  });

  return {
    ...server,
    instanceId,
    secretKey,
    publishes,
    /** Replaces the secret key, as rotating it in the Beams dashboard does: the old one is refused. */
    rotateKey: (next: string) => {
      keys.secretKey = next;
    },
  };
};
