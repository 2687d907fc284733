import type { Seen } from './explain.js';

/**
 * How each recorded fact shows in a differential run. The facts themselves (what, why, the evidence)
 * are the contract's: version facts (`scopedVersionFacts`) and notes (`kind` difference or
 * disagreement); here only how to recognise a difference one of them causes. The first that applies
 * explains it.
 */
export interface Explainer {
  /** The ID of a version fact or a note of the contract. */
  id: string;
  applies(seen: Seen): boolean;
}

const key = (seen: Seen) => String(seen.path.at(-1) ?? '');
const under = (seen: Seen, ...keys: string[]) => keys.includes(String(seen.path[0]));
const code = (body: unknown) => (body as { response?: unknown } | undefined)?.response;
const succeeded = (body: unknown) => (body as { success?: unknown } | undefined)?.success === true;
const text = (value: unknown) => JSON.stringify(value) ?? '';
const CONVERSATION_LISTS = new Set([
  'get-conversations',
  'get-new-conversations',
  'get-user-conversations',
  'get-new-user-conversations',
  'search-conversations',
  'search-user-conversations',
  'get-conversation',
]);
/** A message 3.3 adds when a conversation's status changes. */
const isStatusEvent = (value: unknown) => text(value).includes('conversation-status-update');
const isStatusCode = (seen: Seen) => ['conversation_status_code', 'status_code'].includes(key(seen));
/** Either whole answer is the dispatcher's refusal of a token. */
const invalidToken = (seen: Seen) => code(seen.bodyA) === 'invalid-token' && code(seen.bodyB) === 'invalid-token';

const DETAILS_3_3 = ['creation_time', 'conversation_time', 'source', 'extra', 'busy', 'notes'];
const refused = (seen: Seen, answer: string) => code(seen.bodyA) === answer || code(seen.bodyB) === answer;

export const explainers: Explainer[] = [
  // Version facts of 3.3: what Support Board 3.3.6 answers differently from the documentation (3.0).
  { id: 'wp-sync-name', applies: (s) => ['wp-sync', 'wp-synch'].includes(s.call.function ?? '') },
  { id: 'invalid-token-message', applies: (s) => invalidToken(s) && key(s) === 'message' },
  { id: 'is-online-boolean', applies: (s) => s.method === 'is-online' && under(s, 'response') },
  {
    id: 'send-message-answer',
    applies: (s) => s.method === 'send-message' && succeeded(s.bodyA) && succeeded(s.bodyB) && under(s, 'response'),
  },
  {
    id: 'get-conversation-not-found-false',
    applies: (s) => s.method === 'get-conversation' && (code(s.bodyA) === false || code(s.bodyB) === false),
  },
  {
    // 3.3 does not read user_id: a bad one is not refused, another user's conversation is found.
    id: 'get-conversation-user-id-ignored',
    applies: (s) =>
      s.method === 'get-conversation' &&
      'user_id' in s.call &&
      (code(s.bodyA) === 'invalid-argument' || code(s.bodyB) === 'invalid-argument' || text(s.a) === '""'),
  },
  {
    id: 'send-message-status-from-sender',
    applies: (s) =>
      s.method === 'send-message' &&
      [code(s.bodyA), code(s.bodyB)].some((c) => c === 'invalid-status-code' || c === 'invalid-argument'),
  },
  { id: 'new-conversation-default-two', applies: (s) => s.method === 'new-conversation' && isStatusCode(s) },
  {
    id: 'update-conversation-status-event-message',
    applies: (s) =>
      CONVERSATION_LISTS.has(s.method) &&
      (isStatusEvent(s.a) || isStatusEvent(s.b) || (s.path.includes('(order)') && isStatusEvent(s.bodyB))),
  },
  {
    id: 'get-new-conversations-every-status',
    applies: (s) =>
      s.method === 'get-new-conversations' && s.a === undefined && /"conversation_status_code":"[34]"/.test(text(s.b)),
  },
  { id: 'send-message-status-from-sender', applies: (s) => CONVERSATION_LISTS.has(s.method) && isStatusCode(s) },
  {
    // The last message of a conversation is 3.3's status event where 3.0 lists the message before it.
    id: 'update-conversation-status-event-message',
    applies: (s) =>
      CONVERSATION_LISTS.has(s.method) && (s.a === undefined || s.b === undefined) && isStatusEvent(s.bodyB),
  },
  {
    id: 'conversation-details-3-3',
    applies: (s) =>
      ['new-conversation', 'get-conversation'].includes(s.method) &&
      s.path.includes('details') &&
      DETAILS_3_3.includes(key(s)) &&
      (s.a === undefined || s.b === undefined),
  },
  // Notes: where the reference server deliberately differs from the original (kind difference), or
  // the documentation and the original disagree (kind disagreement).
  { id: 'invalid-argument', applies: (s) => refused(s, 'invalid-argument') },
  { id: 'db-error-message', applies: (s) => refused(s, 'db-error') },
  { id: 'get-user-password', applies: (s) => s.method === 'get-user' && key(s) === 'password' },
  { id: 'search-users-password', applies: (s) => s.method === 'search-users' && key(s) === 'password' },
  {
    id: 'add-user-profile-image',
    applies: (s) => key(s) === 'profile_image' && [s.a, s.b].some((v) => /\/uploads\//.test(String(v))),
  },
  { id: 'request-too-large', applies: (s) => refused(s, 'request-too-large') },
  {
    id: 'send-email-empty-message',
    applies: (s) =>
      s.method === 'send-email' && !/^\d+$/.test(s.call.recipient_id ?? '') && refused(s, 'missing-user-id-or-message'),
  },
  { id: 'missing-argument-name', applies: (s) => refused(s, 'missing-argument') && key(s) === 'argument' },
  {
    // The original recomputes user_type on every update-user: the counts move between types.
    id: 'update-user-partial',
    applies: (s) => s.method === 'count-users' && s.since.has('update-user'),
  },
  { id: 'update-user-user-type', applies: (s) => s.method === 'update-user' && refused(s, 'invalid-user-type') },
  { id: 'search-conversations-fields', applies: (s) => s.method === 'search-conversations' && under(s, 'response') },
  {
    id: 'search-user-conversations-matching-message',
    applies: (s) => s.method === 'search-user-conversations' && under(s, 'response'),
  },
  { id: 'get-versions-latest', applies: (s) => s.method === 'get-versions' && under(s, 'response') },
  { id: 'csv-users-public-file', applies: (s) => s.method === 'csv-users' && under(s, 'response') },
  { id: 'csv-conversations-public-file', applies: (s) => s.method === 'csv-conversations' && under(s, 'response') },
  {
    id: 'csv-conversations-required-id',
    applies: (s) => s.method === 'csv-conversations' && !('conversation_id' in s.call),
  },
];
