/**
 * §6 of spec/original-behaviour.md lists what a re-implementer of the original would get wrong. Each
 * of its facts is documented in the contract by notes, where they apply (the API's, a method's, a
 * webhook's), of the kind they are: this test keeps that list complete. What the notes say is for
 * readers; the behaviour each describes is proven by the reference server's tests
 * (packages/server/tests/compatibility) and the conformance suite, not by their wording.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { globalNotes, type MethodName, methods, type Note, type WebhookName, webhooks } from '../src/index.js';

type Where = 'global' | { method: MethodName } | { webhook: WebhookName };

/** The notes that document each fact of §6, by its number: where, ID, kind. */
const notesOfFact: Record<number, [Where, string, Note['kind']][]> = {
  1: [['global', 'answer-shapes', 'disagreement']],
  2: [
    ['global', 'check-order', 'disagreement'],
    ['global', 'token-comparison', 'difference'],
  ],
  3: [['global', 'content-type-json', 'difference']],
  4: [['global', 'false-string-and-empty-values', 'disagreement']],
  5: [['global', 'body-formats', 'difference']],
  6: [['global', 'value-types', 'disagreement']],
  7: [
    ['global', 'value-types', 'disagreement'],
    ['global', 'datetime-filters', 'disagreement'],
  ],
  8: [
    ['global', 'not-found-answers', 'disagreement'],
    [{ method: 'is-agent-typing' }, 'is-agent-typing-none', 'disagreement'],
    [{ method: 'update-user' }, 'update-user-unknown-user', 'disagreement'],
    [{ method: 'delete-user' }, 'delete-user-unknown-user', 'disagreement'],
    [{ method: 'get-user-extra' }, 'get-user-extra-unknown-user', 'difference'],
  ],
  9: [
    [{ method: 'update-user' }, 'update-user-partial', 'difference'],
    [{ method: 'update-user' }, 'update-user-own-admin', 'difference'],
  ],
  10: [
    ['global', 'user-tokens-in-lists', 'disagreement'],
    [{ method: 'get-user' }, 'get-user-password', 'difference'],
    [{ method: 'search-users' }, 'search-users-password', 'difference'],
  ],
  11: [
    [{ method: 'get-users' }, 'pagination-zero-based', 'disagreement'],
    [{ method: 'get-conversations' }, 'get-conversations-pagination-zero-based', 'disagreement'],
  ],
  12: [
    [{ method: 'get-conversations' }, 'get-conversations-status-zero', 'disagreement'],
    [{ method: 'get-conversations' }, 'get-conversations-customer-user-id', 'disagreement'],
  ],
  13: [
    [{ method: 'new-conversation' }, 'new-conversation-status-default', 'disagreement'],
    [{ method: 'new-conversation' }, 'new-conversation-status-validated', 'difference'],
    [{ method: 'update-conversation-status' }, 'update-conversation-status-empty-trash', 'disagreement'],
  ],
  14: [
    [{ method: 'send-message' }, 'send-message-sender', 'disagreement'],
    [{ method: 'send-message' }, 'send-message-escaping', 'disagreement'],
    [{ method: 'send-message' }, 'send-message-merge-fields', 'disagreement'],
    [{ method: 'send-message' }, 'send-message-invalid-status', 'difference'],
    [{ method: 'update-message' }, 'update-message-escaping', 'difference'],
    [{ method: 'update-message' }, 'update-message-creation-time', 'difference'],
  ],
  15: [
    [{ method: 'search-user-conversations' }, 'search-user-conversations-user-id', 'disagreement'],
    [{ method: 'push-notification' }, 'push-notification-interests-name', 'disagreement'],
    [{ method: 'send-message' }, 'send-message-status-name', 'disagreement'],
    [{ method: 'set-rating' }, 'set-rating-settings-shape', 'disagreement'],
    [{ method: 'get-rating' }, 'get-rating-agent-id', 'disagreement'],
  ],
  16: [
    [{ method: 'delete-user' }, 'delete-user-agent-conversations', 'difference'],
    [{ method: 'delete-users' }, 'delete-users-agent-conversations', 'difference'],
  ],
  17: [[{ method: 'get-online-users' }, 'get-online-users-online', 'disagreement']],
  18: [[{ method: 'count-users' }, 'count-users-all', 'disagreement']],
  19: [[{ method: 'is-online' }, 'is-online-boolean', 'disagreement']],
  20: [[{ method: 'get-versions' }, 'get-versions-latest', 'disagreement']],
  21: [
    [{ method: 'csv-users' }, 'csv-users-cache-buster', 'disagreement'],
    [{ method: 'csv-conversations' }, 'csv-conversations-cache-buster', 'disagreement'],
    [{ method: 'csv-conversations' }, 'csv-conversations-not-found', 'difference'],
  ],
  22: [[{ method: 'send-bot-message' }, 'send-bot-message-token', 'slip']],
  23: [
    ['global', 'webhook-server-fired', 'difference'],
    ['global', 'webhook-delivery', 'difference'],
    ['global', 'webhook-signature', 'difference'],
    ['global', 'webhook-sender-url', 'disagreement'],
  ],
  24: [
    [{ webhook: 'new-conversation' }, 'new-conversation-function-name', 'slip'],
    [{ method: 'delete-users' }, 'delete-users-function-name', 'slip'],
    [{ method: 'is-agent-typing' }, 'is-agent-typing-example', 'slip'],
    [{ method: 'push-notification' }, 'push-notification-envelope', 'slip'],
    [{ method: 'get-conversation' }, 'get-conversation-example-spaces', 'slip'],
  ],
  25: [
    ['global', 'invalid-argument', 'difference'],
    ['global', 'token-comparison', 'difference'],
    [{ method: 'get-user-extra' }, 'get-user-extra-unknown-user', 'difference'],
    ['global', 'db-error-message', 'difference'],
  ],
};

const notesOf = (where: Where): readonly Note[] =>
  where === 'global' ? globalNotes : 'method' in where ? methods[where.method].notes : webhooks[where.webhook].notes;

const spec = readFileSync(new URL('../../../spec/original-behaviour.md', import.meta.url), 'utf8');
const start = spec.indexOf('\n## 6.');
const end = spec.indexOf('\n## ', start + 1);
const section6 = spec.slice(start, end === -1 ? undefined : end);

test('every fact of §6 has its notes listed here', () => {
  const facts = [...section6.matchAll(/^(\d+)\. /gm)].map((match) => Number(match[1]));
  expect(facts.length).toBeGreaterThan(20);
  expect(Object.keys(notesOfFact).map(Number)).toEqual(facts);
});

test.each(Object.entries(notesOfFact).flatMap(([fact, notes]) => notes.map((note) => [fact, ...note] as const)))(
  '§6.%s: %j has the note %s, a %s',
  (_, where, id, kind) => {
    const note = notesOf(where).find((candidate) => candidate.id === id);
    expect(note, `the contract has a note "${id}"`).toBeDefined();
    expect(note!.kind).toBe(kind);
    expect(note!.decision.trim()).not.toBe('');
  },
);
