import { defineHandler } from '../../context.js';
import { withIndexScans } from '../../db/database.js';
import { listUsers } from '../../queries/users.js';

// A search goes through the trigram index (see listUsers); a plain page walks the sort column's index.
export const getUsers = defineHandler('get-users', async ({ sorting, user_types, search, pagination }, { sql }) => {
  const [sortColumn, order] = sorting;
  const query = { sortColumn, order, userTypes: user_types, search, page: pagination };
  return search ? withIndexScans(sql, (tx) => listUsers(tx, query)) : listUsers(sql, query);
});
