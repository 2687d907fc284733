import { z } from 'zod';
import { defineMethod } from '../../define.js';
import { SavedReply } from '../../schemas/more.js';

export const savedReplies = defineMethod({
  name: 'saved-replies',
  group: 'more',
  summary: 'Return an array with all the saved replies.',
  description:
    'Return all the saved replies of the Settings area: `[{"reply-name": "...", "reply-text": "..."}, ...]`. Answers `false` if saved replies were never saved.',
  args: {},
  response: z.union([z.array(SavedReply), z.literal(false).describe('Saved replies were never saved.')]),
  request: {},
  examples: [
    {
      name: 'replies',
      summary: 'The saved replies',
      value: [
        { 'reply-name': 'hello', 'reply-text': 'Hello! How can I help?' },
        { 'reply-name': 'email', 'reply-text': 'Our email is support@example.com.' },
      ],
    },
    { name: 'never-saved', summary: 'Saved replies were never saved', value: false },
  ],
  notes: [
    {
      id: 'saved-replies-never-saved',
      kind: 'disagreement',
      topic: 'saved-replies answers `false` when none were ever saved',
      documented: 'An array with all the saved replies.',
      original: '`false` until saved replies are first saved in the Settings area.',
      decision: 'Match the original: `false`, which the schema accepts beside the array.',
    },
  ],
});
