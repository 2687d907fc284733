import type { Logger } from './log.js';

/**
 * Stops the process once `close` has finished the requests and webhook attempts under way: exit
 * code 0, or 1 when `close` fails. Past `timeoutMs` (a request or an outside service that never
 * ends) the process exits with 1 anyway, so that nothing can keep it alive forever.
 */
export const shutDown = async ({
  close,
  log,
  timeoutMs,
  exit = (code) => process.exit(code),
}: {
  close: () => Promise<void>;
  log: Logger;
  timeoutMs: number;
  exit?: (code: number) => void;
}) => {
  const deadline = setTimeout(() => {
    log.error('shutdown timed out: exiting with requests or webhook attempts unfinished', { timeoutMs });
    exit(1);
  }, timeoutMs);
  let code = 0;
  try {
    await close();
    log.info('stopped');
  } catch (error) {
    log.error('shutdown failed', { error: error instanceof Error ? error.stack : String(error) });
    code = 1;
  } finally {
    clearTimeout(deadline);
  }
  exit(code);
};
