import { isRecord, startHttpStandIn } from './http.js';

export type StandInLicenseStatus = 'success' | 'invalid-key' | 'expired';

/**
 * A stand-in for the licence server (the protocol of src/integrations/license.ts) on loopback:
 * `POST /` with JSON `{app, key}` answers `{status}` from its table of keys; a key of another app,
 * or an unknown one, is `invalid-key`. A body that is not that JSON is HTTP 400.
 */
export const startLicenseStandIn = async ({
  keys = {},
}: {
  keys?: Record<string, { app: string; status: Exclude<StandInLicenseStatus, 'invalid-key'> }>;
} = {}) =>
  startHttpStandIn((request) => {
    if (request.method !== 'POST' || request.path !== '/') return { status: 404, body: { error: 'not found' } };
    const body = request.json;
    if (
      !request.headers['content-type']?.startsWith('application/json') ||
      !isRecord(body) ||
      typeof body.app !== 'string' ||
      typeof body.key !== 'string'
    ) {
      return { status: 400, body: { error: 'expected JSON {"app", "key"}' } };
    }
    const known = keys[body.key];
    return { body: { status: known && known.app === body.app ? known.status : 'invalid-key' } };
  });
