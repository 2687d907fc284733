/**
 * The request, if its body fits within `limit` bytes; undefined if it does not. A declared
 * Content-Length is checked without reading; a chunked body is read up to the limit and no further.
 * (Hono's bodyLimit middleware wraps every body in a stream, which takes @hono/node-server off its
 * fast path: checking here keeps ordinary requests on it.)
 */
export const withinLimit = async (request: Request, limit: number): Promise<Request | undefined> => {
  const declared = request.headers.get('content-length');
  if (declared !== null) return Number(declared) <= limit ? request : undefined;
  if (!request.body) return request;
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      return undefined;
    }
    chunks.push(value);
  }
  return new Request(request.url, { method: request.method, headers: request.headers, body: Buffer.concat(chunks) });
};
