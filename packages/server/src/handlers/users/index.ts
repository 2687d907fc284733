import { addUser } from './add-user.js';
import { countUsers } from './count-users.js';
import { currentUrl } from './current-url.js';
import { deleteUser } from './delete-user.js';
import { deleteUsers } from './delete-users.js';
import { getNewUsers } from './get-new-users.js';
import { getOnlineUsers } from './get-online-users.js';
import { getUser } from './get-user.js';
import { getUserExtra } from './get-user-extra.js';
import { getUsers } from './get-users.js';
import { isOnline } from './is-online.js';
import { searchUsers } from './search-users.js';
import { slackUsers } from './slack-users.js';
import { updateUser } from './update-user.js';
import { updateUserToLead } from './update-user-to-lead.js';

export const usersHandlers = {
  'get-user': getUser,
  'get-user-extra': getUserExtra,
  'get-users': getUsers,
  'get-new-users': getNewUsers,
  'get-online-users': getOnlineUsers,
  'search-users': searchUsers,
  'add-user': addUser,
  'update-user': updateUser,
  'delete-user': deleteUser,
  'delete-users': deleteUsers,
  'is-online': isOnline,
  'current-url': currentUrl,
  'count-users': countUsers,
  'update-user-to-lead': updateUserToLead,
  'slack-users': slackUsers,
};
