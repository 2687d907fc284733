import { defineHandler, refuse } from '../../context.js';
import { hashPassword } from '../../passwords.js';
import {
  deleteUserDetails,
  emailOwner,
  isDuplicateEmail,
  lockUser,
  type UserChanges,
  updateUserColumns,
  upsertUserDetails,
} from '../../queries/users.js';
import { escapeHtml } from '../../text.js';
import { defaultProfileImage, detailsFromExtra, fullName, storedEmail } from './user-fields.js';

/** The password that means "unchanged": what the original's admin area sends back. */
const UNCHANGED_PASSWORD = '********';

export const updateUser = defineHandler('update-user', async (args, ctx) => {
  // `NULL` deletes the email, as documented.
  const email = args.email === undefined ? undefined : /^null$/i.test(args.email) ? null : storedEmail(args.email);
  if (email) {
    const owner = await emailOwner(ctx.sql, email);
    if (owner !== undefined && owner !== args.user_id) return refuse('duplicate-email');
  }
  const password =
    args.password && args.password !== UNCHANGED_PASSWORD ? await hashPassword(args.password) : undefined;
  const details = args.extra ? detailsFromExtra(args.extra) : [];
  try {
    await ctx.sql.begin(async (tx) => {
      const current = await lockUser(tx, args.user_id);
      if (!current) return;
      const userType = args.user_type ?? current.user_type;
      const changes: UserChanges = {
        ...(args.first_name ? { first_name: escapeHtml(args.first_name) } : {}),
        ...(args.last_name !== undefined ? { last_name: escapeHtml(args.last_name) } : {}),
        ...(email !== undefined ? { email } : {}),
        ...(args.profile_image !== undefined
          ? {
              profile_image: args.profile_image
                ? escapeHtml(args.profile_image)
                : defaultProfileImage(ctx.publicUrl, userType),
            }
          : {}),
        ...(password ? { password } : {}),
        ...(args.user_type ? { user_type: args.user_type } : {}),
        ...(args.department !== undefined ? { department: args.department } : {}),
      };
      await updateUserColumns(tx, args.user_id, changes);
      await upsertUserDetails(
        tx,
        args.user_id,
        details.filter((detail) => detail.value !== ''),
      );
      await deleteUserDetails(
        tx,
        args.user_id,
        details.filter((detail) => detail.value === '').map((detail) => detail.slug),
      );
      if (email && email.toLowerCase() !== current.email?.toLowerCase()) {
        const name = fullName({ ...current, ...changes });
        await ctx.webhooks.enqueue(tx, 'new-email-address', { id: String(args.user_id), name, email });
      }
    });
  } catch (error) {
    // Another call took the email between the check and the update.
    if (isDuplicateEmail(error)) return refuse('duplicate-email');
    throw error;
  }
  return true;
});
