import type { LoadResult } from '../../core/types.js';
import { type LoadSettings, runAutocannon } from './autocannon-load.js';
import { runConnectionPerRequest } from './connection-per-request-load.js';
import type { LoadRequest } from './load-request.js';
import { probe } from './probe.js';
import { LoadTally } from './tally.js';

/**
 * Runs a load profile with the client the target's answers allow: autocannon when one request
 * before it proved that connections stay open, else a new connection per request.
 */
export const measureLoad = async (
  url: string,
  profile: string,
  requests: LoadRequest[],
  settings: LoadSettings,
): Promise<LoadResult> => {
  const first = requests[0];
  if (!first) throw new Error(`load profile ${profile} has no requests`);
  const probed = await probe(url, first.body(), settings.timeoutMs);
  const tally = new LoadTally();
  const run = probed.keepsAlive ? runAutocannon : runConnectionPerRequest;
  const measured = await run(url, requests, settings, tally);
  return tally.result(profile, settings.connections, probed.seen, measured);
};
