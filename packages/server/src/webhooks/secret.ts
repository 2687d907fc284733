import { randomBytes } from 'node:crypto';
import { signWebhook } from '@support-board/contract';
import { ConfigError } from '../config.js';
import type { Sql } from '../db/database.js';

/** A Standard Webhooks secret: `whsec_` and the base64 of 32 random bytes. */
export const newWebhookSecret = () => `whsec_${randomBytes(32).toString('base64')}`;

export interface WebhookSecret {
  secret: string;
  /** Where it comes from: the environment, or made by the server and kept in the database. */
  source: 'WEBHOOK_SECRET' | 'generated';
}

/**
 * The signing secret of every delivery: `WEBHOOK_SECRET` when set, otherwise the one this database
 * keeps (made on the first start; the same for every process on the database and after a restart).
 * A `WEBHOOK_SECRET` that cannot sign (`whsec_` followed by something else than base64) stops the
 * start with a clear error rather than failing every delivery.
 */
export const resolveWebhookSecret = async (sql: Sql, configured: string | undefined): Promise<WebhookSecret> => {
  if (configured) {
    try {
      await signWebhook({ id: 'msg_check', timestamp: 0, body: '', secret: configured });
    } catch (error) {
      throw new ConfigError(`WEBHOOK_SECRET cannot sign webhooks: ${error instanceof Error ? error.message : error}`);
    }
    return { secret: configured, source: 'WEBHOOK_SECRET' };
  }
  // Several processes may start at once: the first insert wins and every one reads the same row.
  await sql`INSERT INTO server_secrets (name, value) VALUES ('webhook-secret', ${newWebhookSecret()})
    ON CONFLICT (name) DO NOTHING`;
  const [row] = await sql<{ value: string }[]>`SELECT value FROM server_secrets WHERE name = 'webhook-secret'`;
  return { secret: row!.value, source: 'generated' };
};
