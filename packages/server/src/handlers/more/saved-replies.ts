import type { SavedReply } from '@support-board/contract';
import type { z } from 'zod';
import { defineHandler } from '../../context.js';
import { readSetting } from '../../queries/settings.js';

export const savedReplies = defineHandler('saved-replies', async (_args, { sql }) => {
  const replies = await readSetting(sql, 'saved-replies');
  return replies === undefined ? false : (replies as z.infer<typeof SavedReply>[]);
});
