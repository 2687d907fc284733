/**
 * What a database failure is. Outside services wrap their own failures (`ServiceError`), so a socket
 * error that reaches the dispatcher is the database's.
 */

/** The connection was reset or closed, or could not be made: the socket's and the driver's codes. */
const CONNECTION_CODES = new Set([
  'ECONNRESET',
  'ECONNREFUSED',
  'ECONNABORTED',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
  'CONNECTION_CLOSED',
  'CONNECTION_DESTROYED',
  'CONNECTION_ENDED',
  'CONNECT_TIMEOUT',
]);

/**
 * PostgreSQL's own codes for a session it ended or would not start: terminated by an administrator
 * command (57P01), a crash (57P02), starting up or shutting down (57P03), an idle timeout (57P05),
 * and the connection exceptions (class 08).
 */
const SESSION_ENDED = /^(57P0[1235]|08...)$/;

/**
 * True when a statement failed because its connection died or could not be opened, not because of
 * what it asked: on a fresh connection it may well succeed.
 */
export const lostConnection = (error: unknown) => {
  if (!(error instanceof Error)) return false;
  const { code } = error as { code?: unknown };
  if (typeof code !== 'string') return false;
  return error.name === 'PostgresError' ? SESSION_ENDED.test(code) : CONNECTION_CODES.has(code);
};

/** True for every failure of the database: an error PostgreSQL sent, or a lost connection. */
export const databaseFailure = (error: unknown) =>
  (error instanceof Error && error.name === 'PostgresError') || lostConnection(error);
