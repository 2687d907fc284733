import { z } from 'zod';
import { defineMethod } from '../../define.js';
import { Payload } from '../../schemas/common.js';
import { arg, MAX_ID } from '../../wire/args.js';

/** An ID as a JSON number or a string of digits (the documented example quotes it). */
const IdValue = z.union([
  z.int().min(1).max(MAX_ID),
  z
    .string()
    .regex(/^\d{1,10}$/)
    .transform(Number)
    .pipe(z.int().min(1).max(MAX_ID)),
]);

const Rating = z
  .object({
    conversation_id: IdValue.optional().describe('The ID of the conversation to rate.'),
    rating: z
      .union([z.literal(1), z.literal(0), z.literal('1'), z.literal('0')])
      .transform((value) => Number(value) as 0 | 1)
      .optional()
      .describe('1 for a positive rating, 0 for a negative one.'),
    agent_id: IdValue.optional().describe('The agent rated; only ratings with it count in get-rating.'),
  })
  .describe('A rating.');

// The documented wrapper is tried first: every key of the inner object is optional, so it would match too.
const RatingSettings = z
  .union([z.object({ settings: Rating }), Rating])
  .transform((value) => ('settings' in value ? value.settings : value));

export const setRating = defineMethod({
  name: 'set-rating',
  group: 'conversations',
  summary: 'Assign a rating to a conversation and optionally update a message of the conversation.',
  description:
    'Assign a rating to a conversation: one per conversation, a new rating replaces the previous one. The conversation ID is not checked. Give `agent_id` in `settings` for the rating to count in get-rating. With `message_id`, that message is updated with `message` and `payload` as update-message does. Answers `true`; `false` when `settings` has no `rating`; `conversation-id-not-found` when it has no `conversation_id`.',
  args: {
    settings: arg
      .json(
        'The rating in JSON format: `{"conversation_id": ID, "rating": RATING, "agent_id": ID}`, rating 1 for a positive rating or 0 for a negative one (numbers or strings). The documented wrapper `{"settings": {...}}` is accepted too.',
        RatingSettings,
      )
      .original('The original reads the inner object only; the documentation shows it wrapped in `{"settings": ...}`.'),
    payload: arg.json('The payload of the message in JSON format.', Payload).optional(),
    message_id: arg.id('The ID of the message to update.').optional(),
    message: arg.text('The content of the message.').optional(),
    user_id: arg.id('The ID of the user of the conversation linked to the message. Ignored.').optional(),
  },
  response: z.boolean().describe('`true`, or `false` when `settings` has no `rating`.'),
  request: { settings: { conversation_id: 1004, rating: 1, agent_id: 377 } },
  examples: [
    { name: 'rated', summary: 'The rating was saved', value: true },
    { name: 'no-rating', summary: '`settings` has no `rating`: nothing was saved', value: false },
  ],
  errors: ['conversation-id-not-found'],
  writes: true,
  notes: [
    {
      id: 'set-rating-settings-shape',
      kind: 'disagreement',
      topic: 'set-rating: `settings` is the rating itself, not a wrapper',
      documented: '`settings` is `{ "settings" : { "conversation_id": "ID", "rating": "RATING" }}`.',
      original:
        'Reads `settings` as the inner object `{"conversation_id", "rating", "agent_id"}`: the documented wrapper answers `conversation-id-not-found`.',
      decision:
        'Both forms are accepted and read as the inner object, which the typed client sends. Ratings and IDs may be numbers or strings.',
    },
    {
      id: 'set-rating-agent-id',
      kind: 'disagreement',
      topic: 'set-rating: `agent_id` is needed for get-rating',
      documented: 'The settings hold `conversation_id` and `rating` only.',
      original: 'Stores the settings as given; get-rating counts only ratings whose `agent_id` is the agent.',
      decision: 'Match the original: `agent_id` is accepted in `settings` and stored with the rating.',
    },
    {
      id: 'set-rating-user-id',
      kind: 'disagreement',
      topic: 'set-rating ignores `user_id`',
      documented: '`user_id`: "The ID of the user of the conversation linked to the message."',
      original: 'Never reads it.',
      decision: 'Accepted and ignored, as the original does.',
    },
  ],
});
