/**
 * The user rows of the documentation's examples: get-users and get-new-users show the same two,
 * get-online-users and search-users two others.
 */
import type { z } from 'zod';
import type { User } from '../../schemas/users.js';

type UserRow = z.output<typeof User>;

export const documentedUsers: Record<'userList' | 'onlineList', UserRow[]> = {
  userList: [
    {
      id: '880',
      first_name: 'User',
      last_name: '#29938',
      email: null,
      profile_image: 'https://board.support/user.svg',
      user_type: 'visitor',
      creation_time: '2020-05-13 08:58:18',
      last_activity: '2020-05-13 09:07:39',
      department: null,
      token: '6d969f64f5ed6263714b9b39f3d3700b66f16820',
    },
    {
      id: '879',
      first_name: 'User',
      last_name: '#86773',
      email: null,
      profile_image: 'https://board.support/user.svg',
      user_type: 'visitor',
      creation_time: '2020-05-13 08:38:41',
      last_activity: '2020-05-13 08:58:12',
      department: null,
      token: '2e5064670707d06b661d04353f4a462ec927f19a',
    },
  ],
  onlineList: [
    {
      id: '881',
      first_name: 'Don',
      last_name: 'John',
      email: null,
      profile_image: 'https://board.support/user.svg',
      user_type: 'visitor',
      creation_time: '2020-05-13 09:18:59',
      last_activity: '2020-05-13 09:32:34',
      department: null,
      token: 'e435a5c67f4276cdb9c6fc19b7c015990ffc3268',
    },
    {
      id: '880',
      first_name: 'User',
      last_name: '#29938',
      email: null,
      profile_image: 'https://board.support/user.svg',
      user_type: 'visitor',
      creation_time: '2020-05-13 08:58:18',
      last_activity: '2020-05-13 09:32:28',
      department: null,
      token: '6d969f64f5ed6263714b9b39f3d3700b66f16820',
    },
  ],
};
