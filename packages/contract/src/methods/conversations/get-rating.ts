import { z } from 'zod';
import { defineMethod } from '../../define.js';
import { arg } from '../../wire/args.js';

export const getRating = defineMethod({
  name: 'get-rating',
  group: 'conversations',
  summary: 'Get the ratings of the conversations assigned to an agent.',
  description:
    'Count the ratings given to an agent: `[positive, negative]`, two JSON numbers. A rating counts when set-rating stored it with this `agent_id`; 1 is positive, any other value negative. Answers `[0,0]` for an agent without ratings or an unknown ID.',
  args: {
    user_id: arg.id('The ID of an agent.'),
  },
  response: z.tuple([
    z.int().min(0).describe('The count of positive ratings.'),
    z.int().min(0).describe('The count of negative ratings.'),
  ]),
  request: { user_id: 377 },
  examples: [
    { name: 'ratings', summary: '4 positive ratings and 2 negative ones', value: [4, 2] },
    { name: 'none', summary: 'No rating names this agent', value: [0, 0] },
  ],
  notes: [
    {
      id: 'get-rating-agent-id',
      kind: 'disagreement',
      topic: 'get-rating counts the ratings that name the agent, not the conversations assigned to it',
      documented: '"Get the ratings of the conversations assigned to an agent."',
      original:
        'Counts the stored ratings whose `agent_id` is `user_id`, whoever the conversation is assigned to; ratings set without `agent_id` never count.',
      decision: 'Match the original: only ratings stored with this `agent_id` count.',
    },
  ],
});
