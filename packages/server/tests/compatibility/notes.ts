import { globalNotes, type MethodName, methods, type Note, type WebhookName, webhooks } from '@support-board/contract';
import { expect } from 'vitest';

type Where = 'global' | { method: MethodName } | { webhook: WebhookName };

const notesOf = (where: Where): Note[] =>
  where === 'global'
    ? globalNotes
    : 'method' in where
      ? (methods[where.method].notes as Note[])
      : (webhooks[where.webhook].notes as Note[]);

/**
 * Asserts that the contract documents a point of §6: the note `id` exists where it is expected, is of
 * `kind`, and its decision says each of `decisionSays` (the behaviour the calling test checks).
 */
export const expectNote = (where: Where, id: string, kind: Note['kind'], ...decisionSays: string[]) => {
  const note = notesOf(where).find((candidate) => candidate.id === id);
  expect(note, `the contract has a note "${id}"`).toBeDefined();
  expect(note!.kind).toBe(kind);
  for (const text of decisionSays) expect(note!.decision).toContain(text);
  return note!;
};
