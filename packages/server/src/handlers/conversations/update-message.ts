import { defineHandler, refuse } from '../../context.js';
import { updateMessage as update } from '../../queries/messages.js';
import { escapeHtml } from '../../text.js';

export const updateMessage = defineHandler(
  'update-message',
  async ({ message_id, message, attachments, payload }, { sql }) => {
    if (message === undefined && attachments === undefined && payload === undefined) return refuse('missing-arguments');
    await update(sql, message_id, {
      message: message === undefined ? undefined : escapeHtml(message),
      attachments,
      payload,
    });
    return true as const;
  },
);
