import { defineHandler } from '../../context.js';
import { removeUsers } from './remove-users.js';

export const deleteUsers = defineHandler('delete-users', async ({ user_ids }, ctx) => {
  await removeUsers([...new Set(user_ids)], ctx);
  return true as const;
});
