import {
  type ApiVersion,
  adaptResponse,
  apiVersions,
  DOCUMENTED_VERSION,
  errorAnswer,
  methods,
} from '@support-board/contract';
import type { Answer, Api } from './api.js';
import { shapeOf, showAnswer } from './envelope.js';
import { deepEqual } from './values.js';

/** Which API version a run judged by, and why. */
export interface VersionChoice {
  version: ApiVersion;
  /** `given`: --api-version; `detected`: the probes told; `fallback`: nothing told, the documented version. */
  how: 'given' | 'detected' | 'fallback';
  /** What each probe answered, and which version that answer belongs to. */
  evidence: string[];
}

interface Probe {
  /** The contract's version fact the probe tells by. */
  fact: string;
  send: (api: Api, madeUpToken: string) => Promise<Answer>;
  /** What each version answers. */
  expected: (version: ApiVersion) => unknown;
  /** The part of the answer compared. */
  pick: (answer: Answer) => unknown;
}

/** An ID no conversation has (the largest a 32-bit column holds). */
const NO_CONVERSATION = 2_147_483_647;

/** Harmless calls whose answers differ between the versions the contract knows. */
const probes: Probe[] = [
  {
    fact: 'invalid-token-message',
    send: (api, madeUpToken) => api.call('count-users', {}, { token: madeUpToken }),
    expected: (version) => errorAnswer('invalid-token', {}, version).message,
    pick: (answer) => (answer.body as { message?: unknown } | undefined)?.message,
  },
  {
    fact: 'get-conversation-not-found-false',
    send: (api) => api.call('get-conversation', { conversation_id: NO_CONVERSATION }),
    expected: (version) => adaptResponse(methods['get-conversation'], version, { messages: [], details: '' } as never),
    pick: (answer) => {
      const shape = shapeOf(answer);
      return shape.kind === 'success' ? shape.response : undefined;
    },
  },
];

/**
 * Finds which version of the API a target speaks, from a few harmless calls whose answers differ
 * between versions (the contract's wire facts): the version most answers belong to, or the documented
 * one when none tells. `get-versions` cannot tell: the original answers the latest versions it
 * downloads, not the installed one.
 */
export const detectVersion = async (api: Api, madeUpToken: string): Promise<VersionChoice> => {
  const votes = new Map<ApiVersion, number>();
  const evidence: string[] = [];
  for (const probe of probes) {
    const answer = await probe.send(api, madeUpToken);
    const received = probe.pick(answer);
    const matching = apiVersions.filter((version) => deepEqual(received, probe.expected(version)));
    // A version tells only when the others answer otherwise.
    const tells = matching.length === 1 ? matching[0] : undefined;
    if (tells) votes.set(tells, (votes.get(tells) ?? 0) + 1);
    evidence.push(
      `${answer.call.method} → ${showAnswer(answer)}: ${tells ? `as ${tells} answers (${probe.fact})` : `tells nothing (${probe.fact})`}`,
    );
  }
  const ranked = [...votes.entries()].sort((a, b) => b[1] - a[1]);
  const [first, second] = ranked;
  if (!first || (second && second[1] === first[1])) return { version: DOCUMENTED_VERSION, how: 'fallback', evidence };
  return { version: first[0], how: 'detected', evidence };
};
