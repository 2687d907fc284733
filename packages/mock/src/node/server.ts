import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import type { MockOptions } from '../core/options.js';
import { createMockApp, type MockApp } from './app.js';

export interface StartOptions extends MockOptions {
  /** Default 4010; 0 picks a free port. */
  port?: number;
  /** Default 127.0.0.1. */
  host?: string;
}

export interface RunningMock {
  /** The base URL, e.g. `http://127.0.0.1:4010`. */
  url: string;
  /** `${url}/include/api.php`. */
  apiUrl: string;
  port: number;
  app: MockApp;
  /** Stops accepting calls, lets those under way and pending webhook deliveries finish. */
  close(): Promise<void>;
}

/** Serves the mock over HTTP. */
export const startMock = async (options: StartOptions = {}): Promise<RunningMock> => {
  const app = createMockApp(options);
  const host = options.host ?? '127.0.0.1';
  const server = await new Promise<ReturnType<typeof serve>>((resolve, reject) => {
    const started = serve({ fetch: app.fetch, port: options.port ?? 4010, hostname: host }, () => resolve(started));
    started.once('error', reject);
  });
  const { port } = server.address() as AddressInfo;
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
  let closing: Promise<void> | undefined;
  const close = () =>
    (closing ??= (async () => {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        // Idle keep-alive connections would hold close() open.
        (server as { closeIdleConnections?: () => void }).closeIdleConnections?.();
      });
      await app.mock.webhooks.idle();
    })());
  return { url, apiUrl: `${url}/include/api.php`, port, app, close };
};
