/**
 * Secrets the server makes itself and must keep across restarts and share between processes: the
 * Standard Webhooks signing secret when `WEBHOOK_SECRET` is not set (`webhook-secret`).
 */
export const serverSecrets = /* sql */ `
CREATE TABLE server_secrets (
  name varchar(64) PRIMARY KEY,
  value text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
`;
