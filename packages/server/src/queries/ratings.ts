import type { Queryable } from '../db/database.js';

/**
 * Stores the rating of a conversation, replacing the previous one. A conversation that does not
 * exist cannot be rated (nothing is stored); returns whether the rating was stored.
 */
export const saveRating = async (
  db: Queryable,
  input: { conversationId: number; rating: number; agentId: number | null },
) =>
  (
    await db`
      INSERT INTO ratings (conversation_id, rating, agent_id)
      SELECT c.id, ${input.rating}::smallint, ${input.agentId}::integer FROM conversations c WHERE c.id = ${input.conversationId}
      ON CONFLICT (conversation_id) DO UPDATE SET rating = EXCLUDED.rating, agent_id = EXCLUDED.agent_id`
  ).count > 0;

/** `[positive, negative]`: the ratings stored with this agent, 1 positive, anything else negative. */
export const agentRatings = async (db: Queryable, agentId: number): Promise<[number, number]> => {
  const [row] = await db<{ positive: string; negative: string }[]>`
    SELECT count(*) FILTER (WHERE rating = 1) AS positive, count(*) FILTER (WHERE rating <> 1) AS negative
    FROM ratings WHERE agent_id = ${agentId}`;
  return [Number(row!.positive), Number(row!.negative)];
};
