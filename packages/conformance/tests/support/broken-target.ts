import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Target } from './reference.js';

export interface Call {
  /** The request's form fields. */
  fields: Record<string, string>;
  /** The correct answer, parsed. */
  body: any;
}

/**
 * How an answer travels: `close-delimited` with `Connection: close` and no Content-Length (the body
 * ends when the connection closes, as PHP's built-in server sends it), or not at all: `silent`
 * keeps the connection open and never answers, `reset` resets it.
 */
export type Wire = 'close-delimited' | 'silent' | 'reset';

/** One thing to break: a different request passed on, a different answer for some calls, a slower one, or its wire. */
export interface Breakage {
  /** The fields to pass on instead of the request's (a token swapped, say), or undefined to pass them as sent. `answer` and `delayMs` get the fields as sent. */
  request?: (fields: Record<string, string>) => Record<string, string> | undefined;
  /** The answer to send instead of the correct one, or undefined to pass it on. */
  answer?: (call: Call) => unknown;
  /** Milliseconds to wait before answering this call. */
  delayMs?: (fields: Record<string, string>) => number;
  /** How to answer this request, or undefined for the usual way (Content-Length, kept alive). */
  wire?: (request: IncomingMessage) => Wire | undefined;
}

const readBody = async (request: IncomingMessage) => {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
};

/**
 * A target that wraps a correct one and breaks one thing: every request goes to the correct
 * target, and its answer comes back, changed or delayed as `breakage` says.
 */
export const startBrokenTarget = async (upstream: Target, breakage: Breakage): Promise<Target> => {
  const server = createServer(async (request, response) => {
    const raw = await readBody(request);
    const wire = breakage.wire?.(request);
    if (wire === 'silent') return;
    if (wire === 'reset') return request.socket.resetAndDestroy();
    const upstreamUrl = new URL(request.url ?? '/', upstream.url).toString();
    const isApi = request.method === 'POST';
    // The fields as the suite sent them: what `answer` and `delayMs` are given, whatever is passed on.
    const fields = isApi ? Object.fromEntries(new URLSearchParams(raw.toString('utf8'))) : {};
    const rewritten = isApi ? breakage.request?.(fields) : undefined;
    const answer = await fetch(isApi ? upstream.url : upstreamUrl, {
      method: request.method ?? 'GET',
      headers: { 'content-type': request.headers['content-type'] ?? 'application/x-www-form-urlencoded' },
      ...(isApi ? { body: rewritten ? new URLSearchParams(rewritten).toString() : raw } : {}),
    });
    let text = await answer.text();
    if (isApi) {
      const delay = breakage.delayMs?.(fields) ?? 0;
      if (delay) await new Promise((resolve) => setTimeout(resolve, delay));
      const replaced = breakage.answer?.({ fields, body: JSON.parse(text) });
      if (replaced !== undefined) text = JSON.stringify(replaced);
    }
    if (wire === 'close-delimited') {
      // Without these two, Node frames the body with Content-Length or chunked encoding.
      response.removeHeader('content-length');
      response.removeHeader('transfer-encoding');
    }
    response
      .writeHead(answer.status, {
        'content-type': answer.headers.get('content-type') ?? 'application/json',
        ...(wire === 'close-delimited' ? { connection: 'close' } : {}),
      })
      .end(text);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/include/api.php`,
    token: upstream.token,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
};
