import { ServiceError } from './errors.js';

/** How long any outside service may take to answer one call. */
export const SERVICE_TIMEOUT_MS = 10_000;

/** The largest answer read from an outside service: more is a failure, not memory taken. */
export const SERVICE_ANSWER_LIMIT = 1024 * 1024;

class TooLarge extends Error {}

/** The body as text, or a TooLarge once past `limit` bytes (the rest is not read). */
const boundedText = async (response: Response, limit: number) => {
  if (!response.body) return '';
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
    size += chunk.byteLength;
    if (size > limit) throw new TooLarge();
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
};

export interface JsonResponse {
  status: number;
  headers: Headers;
  /** The decoded body; undefined when it was empty or not JSON. */
  body: unknown;
}

/** The low-level reason a request failed, without the URL (which may carry an instance or a host). */
const failureReason = (error: unknown, timeoutMs: number) => {
  if (error instanceof TooLarge) return `answered more than ${SERVICE_ANSWER_LIMIT} bytes`;
  if (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError')) {
    return `did not answer within ${timeoutMs / 1000} s`;
  }
  const cause = error instanceof Error ? (error.cause as { code?: unknown } | undefined) : undefined;
  return typeof cause?.code === 'string' ? `could not be reached (${cause.code})` : 'could not be reached';
};

/**
 * One HTTP call to an outside service, bounded by a timeout and SERVICE_ANSWER_LIMIT, answering the
 * status and the decoded JSON body. Redirects are not followed (a 3xx is answered as it is, and each
 * client takes it as a failure): the call's credentials go to the configured address only. Network
 * failures, timeouts and oversized answers become a `ServiceError`; HTTP error statuses do not: each
 * client reads its service's own error body.
 */
export const fetchJson = async (
  service: string,
  url: string,
  init: RequestInit & { timeoutMs: number },
): Promise<JsonResponse> => {
  const { timeoutMs, ...rest } = init;
  let response: Response;
  let text: string;
  try {
    response = await fetch(url, { ...rest, redirect: 'manual', signal: AbortSignal.timeout(timeoutMs) });
    text = await boundedText(response, SERVICE_ANSWER_LIMIT);
  } catch (error) {
    throw new ServiceError(service, failureReason(error, timeoutMs));
  }
  let body: unknown;
  try {
    body = text ? JSON.parse(text) : undefined;
  } catch {
    body = undefined;
  }
  return { status: response.status, headers: response.headers, body };
};

/** The `Authorization` header of a bearer token. */
export const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

export const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
