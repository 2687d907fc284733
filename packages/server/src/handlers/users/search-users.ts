import { defineHandler } from '../../context.js';
import { withIndexScans } from '../../db/database.js';
import { searchUsers as findUsers } from '../../queries/users.js';

export const searchUsers = defineHandler('search-users', async ({ search }, { sql }) =>
  withIndexScans(sql, (tx) => findUsers(tx, search.split(' ').filter(Boolean))),
);
