import { defineHandler, refuse } from '../../context.js';
import { hashPassword } from '../../passwords.js';
import { emailOwner, insertUser, isDuplicateEmail, upsertUserDetails } from '../../queries/users.js';
import { newToken } from '../../seed/admin.js';
import { escapeHtml } from '../../text.js';
import { defaultProfileImage, detailsFromExtra, fullName, randomLastName, storedEmail } from './user-fields.js';

export const addUser = defineHandler('add-user', async (args, ctx) => {
  const email = storedEmail(args.email);
  if (email && (await emailOwner(ctx.sql, email)) !== undefined) return refuse('duplicate-email');
  const userType = args.user_type ?? (email ? 'user' : 'visitor');
  const user = {
    first_name: args.first_name ? escapeHtml(args.first_name) : 'User',
    last_name: args.last_name ? escapeHtml(args.last_name) : args.first_name ? '' : randomLastName(),
    email,
    profile_image: args.profile_image ? escapeHtml(args.profile_image) : defaultProfileImage(ctx.publicUrl, userType),
    password: args.password ? await hashPassword(args.password) : '',
    user_type: userType,
    department: args.department ?? null,
    token: newToken(),
  };
  // Details with an empty value are not stored, as the original skips them.
  const details = args.extra ? detailsFromExtra(args.extra).filter((detail) => detail.value !== '') : [];
  try {
    return await ctx.sql.begin(async (tx) => {
      const id = await insertUser(tx, user);
      await upsertUserDetails(tx, id, details);
      if (email) await ctx.webhooks.enqueue(tx, 'new-email-address', { id: String(id), name: fullName(user), email });
      return id;
    });
  } catch (error) {
    // Another call took the email between the check and the insert.
    if (isDuplicateEmail(error)) return refuse('duplicate-email');
    throw error;
  }
});
