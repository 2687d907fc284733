import { z } from 'zod';
import { defineMethod } from '../../define.js';
import { arg, MAX_ID } from '../../wire/args.js';

type Interests = 'agents' | number | number[];

const AgentId = z.int().min(1).max(MAX_ID);
// Pusher Beams takes at most 100 interests in one publish.
const InterestsSchema: z.ZodType<Interests> = z.union([z.literal('agents'), AgentId, z.array(AgentId).min(1).max(100)]);

const interests = arg
  .custom<Interests>({
    kind: 'text',
    description:
      'Insert the ID of the agent, an array of agents IDs in JSON format (ex. `[1, 2, 3]`), or the string `agents` to send the notification to all agents.',
    schema: InterestsSchema,
    decode: (wire) => {
      const text = wire.trim();
      if (text === 'agents') return { ok: true, value: 'agents' };
      let parsed: unknown;
      try {
        parsed = JSON.parse(text);
      } catch {
        parsed = undefined;
      }
      // IDs may come as numbers or as strings of digits: `[1, 2]` or `["1", "2"]`.
      const ids = (Array.isArray(parsed) ? parsed : [parsed]).map((id) =>
        typeof id === 'string' && /^\d{1,10}$/.test(id) ? Number(id) : id,
      );
      const value = Array.isArray(parsed) ? ids : ids[0];
      const result = InterestsSchema.safeParse(value);
      return result.success
        ? { ok: true, value: result.data }
        : { ok: false, reason: `expected an agent ID, a JSON array of agent IDs or "agents", received ${text}` };
    },
  })
  .alias('interest')
  .original('Reads only `interests`: a call with only the documented `interest` answers `missing-argument`.');

export const pushNotification = defineMethod({
  name: 'push-notification',
  group: 'more',
  summary: 'Send a Push notification to an agent, a group of agents, or all agents.',
  description:
    'Send a Push notification to an agent, a group of agents, or all agents, through Pusher Beams. Push notifications must be enabled in the settings area: otherwise the answer is `false`. On success the answer is the Pusher Beams publish ID; when Pusher refuses the notification, its error.',
  args: {
    title: arg.text('The title of the notification.', { max: 255 }),
    message: arg.text('The message text.', { max: 65_535 }),
    icon: arg
      .text('The URL of the icon of the notification.', { max: 2048 })
      .defaultText('the notifications icon of the settings, or the Support Board icon'),
    interests,
    conversation_id: arg.id('The ID of the conversation to open when the user clicks the notification.').optional(),
  },
  response: z.union([
    z
      .object({ publishId: z.string().describe('The Pusher Beams publish ID.') })
      .meta({ id: 'PushPublished', description: 'Pusher Beams accepted the notification.' }),
    z.literal(false).describe('Push notifications are disabled in the settings area.'),
    z
      .object({ error: z.string(), description: z.string().optional() })
      .describe('Pusher Beams refused the notification: its error, passed on.'),
    z.string().describe('Pusher Beams could not be reached: the error text.'),
  ]),
  request: { title: 'New message', message: 'Hello! How can I help you?', interests: 'agents', conversation_id: 1057 },
  examples: [
    {
      name: 'sent',
      summary: 'Pusher Beams accepted it',
      value: { publishId: 'pubid-781799f5-6el4-4789-bc60-ee293543781' },
    },
    { name: 'disabled', summary: 'Push notifications are disabled', value: false },
    {
      name: 'refused',
      summary: 'Pusher Beams refused it',
      value: { error: 'Unauthorized', description: 'Incorrect API Key' },
    },
  ],
  notes: [
    {
      id: 'push-notification-interests-name',
      kind: 'disagreement',
      topic: 'push-notification: `interest` or `interests`',
      documented: 'The argument is `interest`.',
      original: 'Requires `interests`: a call with only `interest` answers `missing-argument`.',
      decision: 'Both names are accepted; the typed client sends both.',
    },
    {
      id: 'push-notification-interests-array',
      kind: 'disagreement',
      topic: 'push-notification to an array of agents',
      documented: '"an array of agents IDs (ex. [1, 2, 3])".',
      original:
        'Pastes the value into the Pusher request as one interest name, so an array reaches Pusher as the interest `[1, 2, 3]`, which it refuses.',
      decision: 'The reference server sends one interest per agent ID, as documented.',
    },
    {
      id: 'push-notification-quotes',
      kind: 'difference',
      topic: 'push-notification removes double quotes',
      original: 'Deletes every `"` from the title and the message (it writes the Pusher request JSON by hand).',
      decision: 'The reference server sends the title and the message unchanged.',
    },
    {
      id: 'push-notification-envelope',
      kind: 'slip',
      topic: 'push-notification: the example omits the envelope',
      documented: 'The example is `{"publishId": "..."}` alone.',
      original: 'Wrapped like every answer: `{"success":true,"response":{"publishId":"..."}}`.',
      decision: 'The answer is wrapped in the envelope; the example shows the `response` value.',
    },
    {
      id: 'push-notification-failure',
      kind: 'disagreement',
      topic: 'push-notification when Pusher Beams refuses or cannot be reached',
      documented: 'The publish ID, or `false` when push notifications are disabled.',
      original:
        'A success whose `response` is Pusher\'s error body (`{"error","description"}`), or the cURL error text when Pusher cannot be reached.',
      decision: 'Match the original: the reference server passes on what Pusher answers, or the error text.',
    },
  ],
});
