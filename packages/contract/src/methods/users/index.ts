import { addUser } from './add-user.js';
import { getUser } from './get-user.js';
import { getUsers } from './get-users.js';

/** The Users group, in the documentation's order. */
export const users = [getUser, getUsers, addUser] as const;
