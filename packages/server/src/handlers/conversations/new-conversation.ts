import { defineHandler, refuse } from '../../context.js';
import { conversationDetails, createConversation } from '../../queries/conversations.js';
import { escapeHtml, ucfirst } from '../../text.js';

/** -1 asks for the original's default for new conversations: waiting answer from agent. */
const WAITING_FOR_AGENT = 2;

export const newConversation = defineHandler(
  'new-conversation',
  async ({ user_id, status_code, title, department, agent_id }, ctx) =>
    ctx.sql.begin(async (tx) => {
      const id = await createConversation(tx, {
        userId: user_id,
        status: status_code === -1 ? WAITING_FOR_AGENT : status_code,
        title: ucfirst(escapeHtml(title)),
        department: department ?? null,
        agentId: agent_id ?? null,
      });
      if (id === undefined) return refuse('user-not-found');
      const conversation = { messages: [], details: (await conversationDetails(tx, id))! };
      await ctx.webhooks.enqueue(tx, 'new-conversation-created', conversation);
      return conversation;
    }),
);
