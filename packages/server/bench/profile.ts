/**
 * `pnpm bench --profile send-message`: the CPU profile of this process (the server; autocannon runs
 * in its own) while a call is under load, summed by part: which module the sampled function belongs
 * to, and the server's own files one by one. Wall time the process spent waiting (for PostgreSQL,
 * for the network) shows as idle.
 */
import { Session } from 'node:inspector/promises';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string };
  hitCount?: number;
}

/** The part a sampled function belongs to. */
const partOf = ({ functionName, url }: ProfileNode['callFrame']) => {
  if (!url) return functionName.startsWith('(') ? functionName : '(native)';
  const server = url.match(/packages\/server\/((?:src|dist)\/.*)$/);
  if (server) return `server: ${server[1]}`;
  const contract = url.match(/packages\/contract\/(?:src|dist)\/([^/]+)/);
  if (contract) return `contract: ${contract[1]}`;
  const dependency = url.match(/node_modules\/(?:\.pnpm\/[^/]+\/node_modules\/)?((?:@[^/]+\/)?[^/]+)/);
  if (dependency) return dependency[1]!;
  if (url.startsWith('node:')) return 'node';
  return url;
};

/** Runs `work` under the CPU profiler; returns its result and the share of samples of each part. */
export const profiled = async <T>(work: () => Promise<T>) => {
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 200 });
  await session.post('Profiler.start');
  let profile: { nodes: ProfileNode[] };
  let result: T;
  try {
    result = await work();
  } finally {
    ({ profile } = (await session.post('Profiler.stop')) as unknown as { profile: { nodes: ProfileNode[] } });
    session.disconnect();
  }
  const parts = new Map<string, number>();
  let total = 0;
  for (const node of profile.nodes) {
    const hits = node.hitCount ?? 0;
    total += hits;
    const part = partOf(node.callFrame);
    parts.set(part, (parts.get(part) ?? 0) + hits);
  }
  const shares = [...parts].map(([part, hits]) => ({ part, share: hits / total })).sort((a, b) => b.share - a.share);
  return { result, shares };
};

export const printShares = (title: string, shares: { part: string; share: number }[]) => {
  console.log(`\n${title}: share of CPU samples (idle: waiting for PostgreSQL or the network)`);
  for (const { part, share } of shares.filter((s) => s.share >= 0.005)) {
    console.log(`${part.padEnd(60)}${`${(share * 100).toFixed(1)}%`.padStart(8)}`);
  }
};
