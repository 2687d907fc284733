import { defineHandler } from '../../context.js';
import { usersCreatedAfter } from '../../queries/users.js';

// The contract has already refused dates that do not exist (30 February, 25 o'clock).
export const getNewUsers = defineHandler('get-new-users', ({ datetime }, { sql }) => usersCreatedAfter(sql, datetime));
