import { getUser } from './get-user.js';

export const usersHandlers = {
  'get-user': getUser,
};
