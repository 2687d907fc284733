import { defineHandler } from '../../context.js';
import { countUsers as countByType } from '../../queries/users.js';

export const countUsers = defineHandler('count-users', async (_args, { sql }) => countByType(sql));
