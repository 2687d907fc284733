import { ServiceError } from './errors.js';
import { fetchJson, isObject, SERVICE_TIMEOUT_MS } from './http.js';
import type { LicenseService, LicenseStatus } from './index.js';

const SERVICE = 'Licence server';
const STATUSES: readonly LicenseStatus[] = ['success', 'invalid-key', 'expired'];

/**
 * The licence server at `LICENSE_URL`. The original asks board.support; this server speaks a small
 * protocol of its own, which any licence server can implement:
 *
 *   POST {LICENSE_URL}
 *   Content-Type: application/json
 *   {"app": "slack", "key": "9300AB16-014ZEE12-91E199EA-997CEX40"}
 *
 *   200 {"status": "success"}       the key activates the app
 *   200 {"status": "invalid-key"}   no such key, or a key of another app
 *   200 {"status": "expired"}       the key is known but no longer valid
 *
 * Any other answer is a failure of the licence server, not a verdict on the key.
 */
export const createLicenseService = (
  url: string,
  { timeoutMs = SERVICE_TIMEOUT_MS }: { timeoutMs?: number } = {},
): LicenseService => ({
  async activate({ app, key }) {
    const response = await fetchJson(SERVICE, url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ app, key }),
      timeoutMs,
    });
    const status = isObject(response.body) ? response.body.status : undefined;
    if (response.status === 200 && STATUSES.includes(status as LicenseStatus)) return status as LicenseStatus;
    throw new ServiceError(SERVICE, `answered HTTP ${response.status} without a licence status`);
  },
});
