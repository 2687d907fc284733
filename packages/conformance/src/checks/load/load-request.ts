import { type Agent, type IncomingMessage, request } from 'node:http';
import { request as requestTls } from 'node:https';

/** One kind of request a load profile sends, in turn with the others, on every connection. */
export interface LoadRequest {
  /** Builds the form body of the next request (each may differ: unique emails, say). */
  body: () => string;
}

/** Sent with every load request, the probe's too. */
export const LOAD_HEADERS = {
  'content-type': 'application/x-www-form-urlencoded',
  // So that the target's logs (and the tests' stand-ins) can tell the load from the checks.
  'user-agent': 'sb-conformance-load',
} as const;

export type Exchange =
  | { answer: IncomingMessage; text: string; bytesRead: number }
  | { error: string; bytesRead: number };

/**
 * Posts one load request with Node's own HTTP client and reads the answer to its end, wherever the
 * target says it ends: Content-Length, chunked encoding, or the connection closing.
 */
export const exchange = (url: URL, body: string, { agent, timeoutMs }: { agent: Agent | false; timeoutMs: number }) =>
  new Promise<Exchange>((resolve) => {
    const send = url.protocol === 'https:' ? requestTls : request;
    const timeout = AbortSignal.timeout(timeoutMs);
    const req = send(url, {
      method: 'POST',
      headers: { ...LOAD_HEADERS, 'content-length': Buffer.byteLength(body) },
      agent,
      signal: timeout,
    });
    const bytesRead = () => req.socket?.bytesRead ?? 0;
    const fail = (error: Error) =>
      resolve({ error: timeout.aborted ? `no answer within ${timeoutMs} ms` : error.message, bytesRead: bytesRead() });
    req.on('error', fail);
    req.on('response', (answer) => {
      const chunks: Buffer[] = [];
      answer.on('data', (chunk: Buffer) => chunks.push(chunk));
      answer.on('error', fail);
      answer.on('end', () => resolve({ answer, text: Buffer.concat(chunks).toString('utf8'), bytesRead: bytesRead() }));
    });
    req.end(body);
  });
