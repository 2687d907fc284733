/**
 * Finding 1 of the security review: slow clients (headers, then a body one byte at a time) used to
 * hold their connections for Node's default 300 s, with no cap on how many, until the process ran
 * out of file descriptors. Small caps here (50 connections, timeouts under a second) show the limits
 * at work on loopback; every socket the test opens is closed by the server or by the test.
 */
import { connect, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type Config, readConfig } from '../../src/config.js';
import { createLogger } from '../../src/log.js';
import { type RunningServer, startServer } from '../../src/server.js';
import { testDatabase } from '../helpers/database.js';

const CAP = 50;
const lines: { level: string; msg: string }[] = [];
let server: RunningServer;

beforeAll(async () => {
  const database = await testDatabase();
  const config: Config = {
    ...readConfig({ LOG_LEVEL: 'silent' }),
    port: 0,
    seed: false,
    limits: { headersTimeoutMs: 400, requestTimeoutMs: 800, keepAliveTimeoutMs: 800, maxConnections: CAP },
  };
  const log = createLogger('info', (line) => lines.push(JSON.parse(line)) > 0);
  const started = await startServer(config, { database, log });
  server = { ...started, close: () => started.close().then(() => database.close()) };
}, 60_000);
afterAll(() => server?.close());

/** A client that sends its headers, announcing 100,000 bytes, then one byte every 100 ms. */
const slowClient = () =>
  new Promise<{ socket: Socket; closed: Promise<string> }>((resolve) => {
    const socket = connect(server.port, '127.0.0.1');
    let received = '';
    socket.on('data', (data) => {
      received += data.toString();
    });
    socket.on('error', () => {});
    const trickle = setInterval(() => socket.writable && socket.write('x'), 100);
    const closed = new Promise<string>((done) =>
      socket.on('close', () => {
        clearInterval(trickle);
        done(received);
      }),
    );
    socket.on('connect', () => {
      socket.write(
        `POST /include/api.php HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 100000\r\n\r\nt`,
      );
      resolve({ socket, closed });
    });
  });

/** A raw request on a new connection: what came back before the connection closed. */
const rawRequest = (request: string) =>
  new Promise<string>((resolve) => {
    const socket = connect(server.port, '127.0.0.1', () => socket.write(request));
    let received = '';
    socket.on('data', (data) => {
      received += data.toString();
      if (received.includes('\r\n\r\n')) socket.end();
    });
    socket.on('error', () => {});
    socket.on('close', () => resolve(received));
  });

const health = async () => (await fetch(`${server.url}/health`, { headers: { connection: 'close' } })).status;

describe('clients that send slowly', () => {
  test('are dropped by the server once their request takes too long, and the server answers again', async () => {
    const clients = await Promise.all(Array.from({ length: 20 }, slowClient));
    const answers = await Promise.all(clients.map((client) => client.closed));
    for (const answer of answers) expect(answer).toMatch(/^(HTTP\/1\.1 408|$)/);
    expect(await health()).toBe(200);
  }, 30_000);

  test(`past ${CAP} open connections, a new one is closed unanswered until some close`, async () => {
    const clients = await Promise.all(Array.from({ length: CAP }, slowClient));
    const refused = await rawRequest('GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n');
    for (const client of clients) client.socket.destroy();
    await Promise.all(clients.map((client) => client.closed));
    expect(refused).toBe('');
    expect(await health()).toBe(200);
  }, 30_000);

  test('a client that goes away is not logged as a server error', () => {
    expect(lines.filter((line) => line.level === 'error')).toEqual([]);
  });
});
