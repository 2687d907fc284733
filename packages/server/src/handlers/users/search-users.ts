import { defineHandler } from '../../context.js';
import { searchUsers as findUsers } from '../../queries/users.js';

export const searchUsers = defineHandler('search-users', async ({ search }, { sql }) =>
  findUsers(sql, search.split(' ').filter(Boolean)),
);
