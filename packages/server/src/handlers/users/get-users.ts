import { defineHandler } from '../../context.js';
import { listUsers } from '../../queries/users.js';

export const getUsers = defineHandler('get-users', async ({ sorting, user_types, search, pagination }, { sql }) => {
  const [sortColumn, order] = sorting;
  return listUsers(sql, { sortColumn, order, userTypes: user_types, search, page: pagination });
});
