/**
 * A TCP proxy between the server and its PostgreSQL, which a test breaks the ways a restart, an
 * outage or a failover break connections, without touching the database server itself (it may be
 * the machine's shared one). It reads the protocol's message frames (a type byte, then a length
 * that counts itself) to count statements and to cut a connection right after a given command.
 */
import { type AddressInfo, connect, createServer, type Socket } from 'node:net';

export interface DatabaseProxy {
  /** `databaseUrl` with the proxy's host and port. */
  url: string;
  /** Statements clients have sent through the proxy so far (simple queries and Executes). */
  statements(): number;
  /** The database goes down: open connections are reset, and new ones are reset at once until `restore()`. */
  cut(): void;
  /** The database hangs: connections are accepted, and nothing is relayed until `restore()`. */
  freeze(): void;
  /** The database is back: connections are accepted and relayed again (frozen ones are reset). */
  restore(): void;
  /**
   * As after a failover: the database side of every open connection is gone, but its client learns
   * it only when it next sends something, which is answered with a reset.
   */
  strand(): void;
  /**
   * Cuts the next connection on which the database completes a command whose tag starts with `tag`
   * (`COMMIT`, `INSERT`), before its client hears of it: the command took effect, the client sees a
   * reset. Resolves once it has cut.
   */
  cutAfter(tag: string): Promise<void>;
  close(): Promise<void>;
}

/** Calls `onMessage` for each complete message of a stream; the first one has no type byte when `startup`. */
const messageReader = (onMessage: (type: string, body: Buffer) => void, startup: boolean) => {
  let pending = Buffer.alloc(0);
  let untyped = startup;
  return (chunk: Buffer) => {
    pending = Buffer.concat([pending, chunk]);
    for (;;) {
      const offset = untyped ? 0 : 1;
      if (pending.length < offset + 4) return;
      const end = offset + pending.readInt32BE(offset);
      if (pending.length < end) return;
      if (!untyped) onMessage(String.fromCharCode(pending[0]!), pending.subarray(5, end));
      untyped = false;
      pending = pending.subarray(end);
    }
  };
};

interface Link {
  client: Socket;
  database: Socket;
  stranded: boolean;
}

export const startDatabaseProxy = async (databaseUrl: string): Promise<DatabaseProxy> => {
  const target = new URL(databaseUrl);
  const links = new Set<Link>();
  let down = false;
  let frozen = false;
  let statements = 0;
  let trigger: { tag: string; fired: () => void } | undefined;

  const reset = (link: Link) => {
    link.client.resetAndDestroy();
    link.database.destroy();
    links.delete(link);
  };

  const server = createServer((client) => {
    client.on('error', () => {});
    if (down) return void client.resetAndDestroy();
    const database = connect(Number(target.port || 5432), target.hostname);
    database.on('error', () => {});
    const link: Link = { client, database, stranded: false };
    links.add(link);
    const fromClient = messageReader((type) => {
      if (type === 'Q' || type === 'E') statements += 1;
    }, true);
    let cutHere = false;
    const fromDatabase = messageReader((type, body) => {
      if (type === 'C' && trigger && body.toString('latin1').startsWith(trigger.tag)) {
        cutHere = true;
        trigger.fired();
        trigger = undefined;
      }
    }, false);
    client.on('data', (chunk: Buffer) => {
      if (link.stranded) return reset(link);
      if (frozen) return;
      fromClient(chunk);
      database.write(chunk);
    });
    database.on('data', (chunk: Buffer) => {
      if (frozen) return;
      fromDatabase(chunk);
      // The chunk with the command's completion is never relayed.
      if (cutHere) return reset(link);
      client.write(chunk);
    });
    client.on('close', () => reset(link));
    database.on('close', () => {
      if (!link.stranded) reset(link);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = new URL(databaseUrl);
  url.hostname = '127.0.0.1';
  url.port = String((server.address() as AddressInfo).port);

  return {
    url: url.toString(),
    statements: () => statements,
    cut() {
      down = true;
      for (const link of links) reset(link);
    },
    freeze() {
      frozen = true;
    },
    restore() {
      // A frozen connection has lost messages: it cannot be used again.
      if (frozen) for (const link of links) reset(link);
      down = false;
      frozen = false;
    },
    strand() {
      for (const link of links) {
        link.stranded = true;
        link.database.destroy();
      }
    },
    cutAfter: (tag) =>
      new Promise<void>((fired) => {
        trigger = { tag, fired };
      }),
    close: async () => {
      for (const link of links) reset(link);
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
};
