/** One kind of request a load profile sends, in turn with the others, on every connection. */
export interface LoadRequest {
  /** Builds the form body of the next request (each may differ: unique emails, say). */
  body: () => string;
}

/** Sent with every load request, the probe's too. */
export const LOAD_HEADERS = {
  'content-type': 'application/x-www-form-urlencoded',
  // So that the target's logs (and the tests' stand-ins) can tell the load from the checks.
  'user-agent': 'sb-conformance-load',
} as const;
