import { defineHandler } from '../../context.js';
import { updateUserToLead as makeLead } from '../../queries/users.js';

export const updateUserToLead = defineHandler('update-user-to-lead', async ({ user_id }, { sql }) => {
  await makeLead(sql, user_id);
  return true as const;
});
