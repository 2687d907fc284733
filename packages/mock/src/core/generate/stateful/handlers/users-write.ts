import { type ExtraInput, escapeHtml, type FactId } from '@support-board/contract';
import type { z } from 'zod';
import { USER_IMAGE } from '../seed.js';
import type { Detail, Store, UserRow } from '../store.js';
import { type HandlerContext, type Handlers, refuse } from './types.js';

type Extra = z.output<typeof ExtraInput>;

const emailTaken = (store: Store, email: string, except?: number) =>
  [...store.users.values()].some((user) => user.id !== except && user.email?.toLowerCase() === email.toLowerCase());

/** 3.3 refuses a phone another user has (`fact`), written the same or with `00` for `+`. */
const phoneTaken = (ctx: HandlerContext, fact: FactId, extra: Extra | undefined, except?: number) => {
  const phone = extra?.phone?.[0];
  if (!phone || !ctx.fact(fact)) return false;
  const forms = new Set([phone, phone.replace('+', '00')]);
  return [...ctx.store.users.values()].some(
    (user) => user.id !== except && user.details.some((detail) => detail.slug === 'phone' && forms.has(detail.value)),
  );
};

/** Each given detail replaces the stored one with its slug; an empty value deletes it. */
const applyExtra = (user: UserRow, extra: Extra) => {
  for (const [slug, [value, name = slug]] of Object.entries(extra)) {
    const at = user.details.findIndex((detail) => detail.slug === slug);
    const detail: Detail = { slug, name, value };
    if (value === '') {
      if (at >= 0) user.details.splice(at, 1);
    } else if (at >= 0) user.details[at] = detail;
    else user.details.push(detail);
  }
};

const fullName = (user: UserRow) => `${user.first_name} ${user.last_name}`.trim();

const announceEmail = (ctx: HandlerContext, user: UserRow) => {
  if (user.email) ctx.fire('new-email-address', { name: fullName(user), email: user.email, id: String(user.id) });
};

const deleteUser = (ctx: HandlerContext, id: number) => {
  if (ctx.store.deleteUser(id)) ctx.fire('user-deleted', String(id));
};

export const userWriteHandlers: Handlers = {
  'add-user': (args, ctx) => {
    const { store, random } = ctx;
    const email = args.email ? escapeHtml(args.email) : null;
    if (email && emailTaken(store, email)) return refuse('duplicate-email', `${email} is the email of another user`);
    if (phoneTaken(ctx, 'add-user-duplicate-phone', args.extra))
      return refuse('duplicate-phone', 'the phone is the phone of another user');
    const prefix = String(store.settings['visitor-prefix']?.[0] ?? 'User');
    const unnamed = !args.first_name;
    const now = store.now();
    const user = store.addUser({
      first_name: unnamed ? prefix : escapeHtml(args.first_name ?? ''),
      last_name: args.last_name ? escapeHtml(args.last_name) : unnamed ? `#${random.int(0, 99_999)}` : '',
      email,
      profile_image: args.profile_image ? escapeHtml(args.profile_image) : USER_IMAGE,
      user_type: args.user_type ?? (email ? 'user' : 'visitor'),
      creation_time: now,
      // As in the original, a new user counts as online for its first 15 seconds.
      last_activity: now,
      department: args.department ?? null,
      token: random.chars('0123456789abcdef', 40),
      password: Boolean(args.password),
      typing: -1,
      details: [],
    });
    if (args.extra) applyExtra(user, args.extra);
    announceEmail(ctx, user);
    return user.id;
  },

  'update-user': (args, ctx) => {
    const user = ctx.store.users.get(args.user_id);
    if (!user) return true;
    const email = args.email === undefined ? undefined : args.email === 'NULL' || !args.email ? null : args.email;
    if (email && emailTaken(ctx.store, email, user.id)) {
      return refuse('duplicate-email', `${email} is the email of another user`);
    }
    if (phoneTaken(ctx, 'update-user-duplicate-phone', args.extra, user.id))
      return refuse('duplicate-phone', 'the phone is the phone of another user');
    const previous = user.email;
    if (args.first_name) user.first_name = escapeHtml(args.first_name);
    if (args.last_name !== undefined) user.last_name = escapeHtml(args.last_name);
    if (email !== undefined) user.email = email === null ? null : escapeHtml(email);
    if (args.profile_image !== undefined) user.profile_image = escapeHtml(args.profile_image) || USER_IMAGE;
    if (args.password && args.password !== '********') user.password = true;
    if (args.user_type) user.user_type = args.user_type;
    if (args.department !== undefined) user.department = args.department;
    if (args.extra) applyExtra(user, args.extra);
    if (user.email && user.email !== previous) announceEmail(ctx, user);
    return true;
  },

  'delete-user': ({ user_id }, ctx) => {
    deleteUser(ctx, user_id);
    return true;
  },

  'delete-users': ({ user_ids }, ctx) => {
    for (const id of new Set(user_ids)) deleteUser(ctx, id);
    return true;
  },

  'current-url': ({ user_id, url }, { store }) => {
    if (user_id === undefined) return false;
    const user = store.users.get(user_id);
    if (url === undefined) return user?.details.find((detail) => detail.slug === 'current_url')?.value ?? false;
    if (!user) return url ? refuse('user-not-found', `no user has the ID ${user_id}`) : true;
    applyExtra(user, { current_url: [url, 'Current URL'] });
    return true;
  },

  'update-user-to-lead': ({ user_id }, { store }) => {
    const user = store.users.get(user_id);
    if (user && (user.user_type === 'visitor' || user.user_type === 'user')) user.user_type = 'lead';
    return true;
  },
};
