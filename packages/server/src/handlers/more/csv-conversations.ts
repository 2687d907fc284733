import { conversationCsv } from '@support-board/contract';
import { defineHandler } from '../../context.js';
import { conversationForExport, exportUrl, publishExport } from '../../queries/exports.js';

export const csvConversations = defineHandler('csv-conversations', async ({ conversation_id }, { sql, publicUrl }) => {
  if (conversation_id === undefined) return false;
  const name = await sql.begin(async (tx) => {
    const messages = await conversationForExport(tx, conversation_id);
    if (!messages) return undefined;
    return publishExport(tx, `conversation-${conversation_id}.csv`, conversationCsv(messages));
  });
  return name === undefined ? false : exportUrl(publicUrl, name);
});
