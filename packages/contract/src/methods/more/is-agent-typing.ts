import { z } from 'zod';
import { defineMethod } from '../../define.js';
import { TypingAgent } from '../../schemas/more.js';
import { arg } from '../../wire/args.js';

export const isAgentTyping = defineMethod({
  name: 'is-agent-typing',
  group: 'more',
  summary: 'Check if an agent is typing a message in a conversation, and return the agent details.',
  description:
    'Check if an agent or an admin is typing a message in a conversation, and return the ID and the name of the agent. Answers `""` if no agent is typing, as the original does (the documentation says `false`).',
  args: {
    conversation_id: arg.id('The ID of conversation to check.'),
  },
  response: z.union([
    TypingAgent,
    z.literal('').describe('No agent is typing (the original).'),
    z.literal(false).describe('No agent is typing (the documentation).'),
  ]),
  request: { conversation_id: 1057 },
  examples: [
    { name: 'typing', summary: 'An agent is typing', value: { id: '377', first_name: 'Don', last_name: 'John' } },
    { name: 'none', summary: 'No agent is typing', value: '' },
  ],
  notes: [
    {
      id: 'is-agent-typing-none',
      kind: 'disagreement',
      topic: 'is-agent-typing answers `""` when no agent is typing',
      documented: '`false` if no agents are typing.',
      original: '`""` (an empty string).',
      decision: 'Match the original: `""`. The schema also accepts `false`; test the answer for falsiness.',
    },
    {
      id: 'is-agent-typing-example',
      kind: 'slip',
      topic: 'is-agent-typing: the example omits the envelope and holds empty strings',
      documented: '`{"id": "", "first_name": "", "last_name": ""}` alone.',
      original: "Wrapped like every answer, with the agent's ID and names.",
      decision: 'The answer is wrapped in the envelope; the example shows a real agent as the `response` value.',
    },
  ],
});
