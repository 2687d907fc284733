import { defineHandler, refuse } from '../../context.js';
import { serviceRefusal } from '../../integrations/errors.js';
import type { WordPressUser } from '../../integrations/index.js';
import { importUsers } from '../../queries/wordpress.js';
import { newToken } from '../../seed/admin.js';
import { escapeHtml } from '../../text.js';
import { defaultProfileImage } from '../users/user-fields.js';

/** Escaped text within a column's length (escaping lengthens `&`, `<` and `>`). */
const fit = (text: string, length: number) => escapeHtml(text.slice(0, length)).slice(0, length);

/** The Support Board user of a WordPress user, names and email escaped as add-user stores them. */
const asUser = (user: WordPressUser, publicUrl: string) => {
  const hasNames = user.first_name !== '' || user.last_name !== '';
  return {
    first_name: fit(hasNames ? user.first_name : user.name || user.username, 100),
    last_name: fit(hasNames ? user.last_name : '', 100),
    email: fit(user.email, 255),
    profile_image: user.avatar ? fit(user.avatar, 2048) : defaultProfileImage(publicUrl, 'user'),
    token: newToken(),
  };
};

/** Imports the WordPress users whose email no user has, as `user`s. */
export const wpSynch = defineHandler('wp-synch', async (_args, ctx) => {
  const wordpress = ctx.services.wordpress;
  if (!wordpress) return refuse('app-not-installed');
  let users: WordPressUser[];
  try {
    users = await wordpress.listUsers();
  } catch (error) {
    return serviceRefusal(error);
  }
  const unique = [...new Map(users.map((user) => [user.email.toLowerCase(), user])).values()];
  const added = await ctx.sql.begin((tx) =>
    importUsers(
      tx,
      unique.map((user) => asUser(user, ctx.publicUrl)),
    ),
  );
  ctx.log.info('wordpress users imported', { found: users.length, added });
  return true as const;
});
