import { refuse } from '../context.js';

/**
 * An outside service failed: it could not be reached, did not answer in time, or refused the call.
 * The message names the service and says why in its own terms (`Slack: channel_not_found`), never
 * with a URL, a token or a password, so that it can be shown to API callers.
 */
export class ServiceError extends Error {
  override readonly name = 'ServiceError';
  constructor(
    readonly service: string,
    readonly reason: string,
    /** The service's own error code, when it sent one (`channel_not_found`, `UNAUTHENTICATED`). */
    readonly code?: string,
  ) {
    super(`${service}: ${reason}`);
  }
}

/** The answer for a failed outside service: `internal-error` with the reason; other errors go on up. */
export const serviceRefusal = (error: unknown) => {
  if (error instanceof ServiceError) return refuse('internal-error', { message: error.message });
  throw error;
};
