import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * Where the reference server sends its webhooks in the tests: each is passed on, byte for byte and
 * with its signature headers, to the suite's receiver once it listens, unless `drop` says otherwise.
 */
export const startWebhookRelay = async () => {
  let destination: string | undefined;
  let drop: (name: string) => boolean = () => false;
  const server = createServer(async (request, response) => {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks);
    let name = '';
    try {
      name = String((JSON.parse(body.toString('utf8')) as { function?: unknown }).function ?? '');
    } catch {
      name = '';
    }
    if (destination && !drop(name)) {
      const headers: Record<string, string> = {};
      for (const [key, value] of Object.entries(request.headers)) {
        if (typeof value === 'string' && (key.startsWith('webhook-') || key === 'content-type')) headers[key] = value;
      }
      await fetch(destination, { method: 'POST', headers, body }).catch(() => undefined);
    }
    response.writeHead(200, { 'content-type': 'application/json' }).end('{}');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    /** Passes webhooks on to this URL (the suite's receiver) from now on; undefined stops. */
    forwardTo(url: string | undefined) {
      destination = url;
    },
    /** Webhooks whose `function` this accepts are swallowed: "never sent". */
    dropWhen(predicate: (name: string) => boolean) {
      drop = predicate;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
};
