import type postgres from 'postgres';

/**
 * What stands between the server and PostgreSQL (`DATABASE_POOLER`):
 * - `transaction`: a pooler in transaction mode (PgBouncer's `pool_mode = transaction`), which hands
 *   each transaction a server connection of its own: no statement is prepared, as one prepared on a
 *   connection is unknown on the next ("prepared statement ... does not exist");
 * - `session`: a pooler in session mode: statements are prepared once per connection;
 * - `none`: PostgreSQL itself;
 * - `auto` (the default): `transaction` when a pooler answers (see `behindPooler`), else `none`.
 */
export type DatabasePooler = 'auto' | Pooler;
export type Pooler = 'transaction' | 'session' | 'none';
export const DATABASE_POOLERS: readonly DatabasePooler[] = ['auto', 'transaction', 'session', 'none'];

type Connect = (options: postgres.Options<{}>) => postgres.Sql;

/**
 * Whether a pooler answers rather than PostgreSQL itself. PostgreSQL's cancel key (BackendKeyData)
 * carries the process ID of the session's backend; a pooler hands each client a key of its own
 * (PgBouncer: random), since it, not a backend, must receive the client's cancel requests.
 * One connection, one statement, closed at once.
 */
export const behindPooler = async (connect: Connect): Promise<boolean> => {
  const sql = connect({ max: 1, prepare: false });
  try {
    const rows = await sql<{ pid: string }[]>`SELECT pg_backend_pid() AS pid`;
    return rows.state.pid !== Number(rows[0]!.pid);
  } finally {
    await sql.end({ timeout: 1 });
  }
};

/** `pooler`, with `auto` resolved by asking the database through `connect`. */
export const resolvePooler = async (pooler: DatabasePooler, connect: Connect): Promise<Pooler> => {
  if (pooler !== 'auto') return pooler;
  return (await behindPooler(connect)) ? 'transaction' : 'none';
};
