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

/** The base of links in answers: the listening address, `localhost` when listening on every interface. */
const linkBase = (host: string, port: number) => {
  const name = host === '0.0.0.0' || host === '::' ? 'localhost' : host.includes(':') ? `[${host}]` : host;
  return `http://${name}:${port}`;
};

/** Serves the mock over HTTP. */
export const startMock = async (options: StartOptions = {}): Promise<RunningMock> => {
  const host = options.host ?? '127.0.0.1';
  // The app is made once the port is known, before any request is read: links in answers (CSV
  // exports) name the configured or listening address, never the Host header a caller sends.
  let made: MockApp | undefined;
  const server = await new Promise<ReturnType<typeof serve>>((resolve, reject) => {
    const fetch = (...args: Parameters<MockApp['fetch']>) => made!.fetch(...args);
    const started = serve({ fetch, port: options.port ?? 4010, hostname: host }, () => resolve(started));
    started.once('error', reject);
  });
  const { port } = server.address() as AddressInfo;
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
  const app = createMockApp({ ...options, publicUrl: options.publicUrl ?? linkBase(host, port) });
  made = app;
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
