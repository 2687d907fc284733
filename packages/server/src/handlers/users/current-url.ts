import { defineHandler, refuse } from '../../context.js';
import { deleteUserDetails, setUserDetail, userDetailValue } from '../../queries/users.js';

const SLUG = 'current_url';

export const currentUrl = defineHandler('current-url', async ({ user_id, url }, { sql }) => {
  if (user_id === undefined) return false;
  if (url === undefined) return (await userDetailValue(sql, user_id, SLUG)) ?? false;
  if (url === '') {
    await deleteUserDetails(sql, user_id, [SLUG]);
    return true;
  }
  const stored = await setUserDetail(sql, user_id, { slug: SLUG, name: 'Current URL', value: url });
  return stored ? true : refuse('user-not-found');
});
