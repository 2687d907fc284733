import type { TypingAgent } from '@support-board/contract';
import type { z } from 'zod';
import { defineHandler } from '../../context.js';

/** An agent or admin typing in the conversation, or `""` as the original answers (the documentation says `false`). */
export const isAgentTyping = defineHandler('is-agent-typing', async ({ conversation_id }, { sql }) => {
  // `typing > 0` repeats the predicate of the partial index users_typing, so the planner can use it.
  const [agent] = await sql<z.infer<typeof TypingAgent>[]>`
    SELECT id, first_name, last_name FROM users
    WHERE typing = ${conversation_id} AND typing > 0 AND user_type IN ('agent', 'admin')
    ORDER BY id LIMIT 1`;
  return agent ?? '';
});
