import { errorAnswer } from '../answer.js';

/**
 * How much of a body over the limit is still read, and thrown away, before the refusal is sent.
 * A client is usually still sending when the server decides: closing a connection with unread data
 * makes the kernel reset it, and the client then sees a broken pipe instead of `request-too-large`.
 * A body larger than the limit and this together is refused at once, at the cost of that reset.
 */
export const DRAIN_AT_MOST = 16 * 1024 * 1024;

/**
 * The request, if its body fits within `limit` bytes; undefined if it does not, once the body has
 * been read to its end (up to DRAIN_AT_MOST past the limit). A declared Content-Length within the
 * limit is trusted without reading, and answered at once (no promise: this runs on every call); a
 * chunked body is kept only while within it. Used by the reference server and the mock. (Hono's
 * bodyLimit middleware wraps every body in a stream, which takes @hono/node-server off its fast
 * path: checking here keeps ordinary requests on it.)
 */
export const withinLimit = (request: Request, limit: number): Request | Promise<Request | undefined> => {
  const declared = request.headers.get('content-length');
  if (declared !== null && Number(declared) <= limit) return request;
  return readWithinLimit(request, limit, declared);
};

const readWithinLimit = async (request: Request, limit: number, declared: string | null) => {
  if (declared !== null && Number(declared) > limit + DRAIN_AT_MOST) return undefined;
  if (!request.body) return request;
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit + DRAIN_AT_MOST) {
      await reader.cancel();
      return undefined;
    }
    if (size <= limit) chunks.push(value);
  }
  if (size > limit) return undefined;
  const body = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return new Request(request.url, { method: request.method, headers: request.headers, body });
};

/** The refusal of a body past `limit` bytes, however it was framed (Content-Length or chunked). */
export const tooLargeAnswer = (limit: number) =>
  errorAnswer('request-too-large', { message: `The request body is larger than ${limit} bytes.` });
