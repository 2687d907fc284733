import type { CheckContext } from '../../core/context.js';
import { show } from '../../core/values.js';

/**
 * The conversation as get-conversation answers it, or undefined when it answers not found
 * (`{"messages":[],"details":""}`, `false` from version 3.3).
 */
export const findConversation = async (t: CheckContext, id: number) => {
  const found = await t.ok('get-conversation', { conversation_id: id });
  return found === false || found.details === '' ? undefined : found;
};

/** The conversation as get-conversation answers it; ends the check when it is not found. */
export const getConversation = async (t: CheckContext, id: number, after: string) => {
  const found = await findConversation(t, id);
  if (!found) {
    return t.stop({
      method: 'get-conversation',
      path: '$.response',
      expected: `the conversation ${after} (ID ${id})`,
      received: show(t.expected('get-conversation', { messages: [], details: '' })),
      hint: `get-conversation does not find the conversation ${after}.`,
    });
  }
  return found;
};

export const createdAt = (details: { conversation_time?: string; creation_time?: string }) =>
  details.conversation_time ?? details.creation_time ?? '';
