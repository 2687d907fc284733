import { CSV_CONVERSATION_COLUMNS } from '@support-board/contract';
import { defineHandler } from '../../context.js';
import { toCsv } from '../../csv.js';
import { conversationForExport, exportUrl, publishExport } from '../../queries/exports.js';

// The original's header names other columns than the rows hold; ours names the columns written (note csv-conversations-header).
const HEADER = CSV_CONVERSATION_COLUMNS;

export const csvConversations = defineHandler('csv-conversations', async ({ conversation_id }, { sql, publicUrl }) => {
  if (conversation_id === undefined) return false;
  const name = await sql.begin(async (tx) => {
    const messages = await conversationForExport(tx, conversation_id);
    if (!messages) return undefined;
    const rows = messages.map((m) => [
      m.id,
      m.user_id,
      m.message,
      m.creation_time,
      m.status_code,
      m.attachments,
      m.payload,
      m.conversation_id,
    ]);
    return publishExport(tx, `conversation-${conversation_id}.csv`, toCsv(HEADER, rows));
  });
  return name === undefined ? false : exportUrl(publicUrl, name);
});
