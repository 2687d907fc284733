import { randomInt } from 'node:crypto';
import type { UserDetail, UserType } from '../../queries/users.js';
import { escapeHtml } from '../../text.js';

/** The picture a user gets without one: served by this server under `/media`. */
export const defaultProfileImage = (publicUrl: string, userType: UserType) =>
  `${publicUrl}/media/${userType === 'agent' || userType === 'admin' ? 'agent' : userType === 'bot' ? 'bot' : 'user'}.svg`;

/** The last name of a user added without a name, as the original makes it: `#` and 0 to 99999. */
export const randomLastName = () => `#${randomInt(0, 100_000)}`;

/** An email as stored: HTML-escaped as the original does; empty means none. */
export const storedEmail = (email: string | undefined) => (email ? escapeHtml(email) : null);

/** `{"slug": ["value", "Name"]}` as rows; a detail given without a name is named after its slug. */
export const detailsFromExtra = (extra: Record<string, [string, string] | [string]>): UserDetail[] =>
  Object.entries(extra).map(([slug, [value, name]]) => ({ slug, name: name ?? slug, value }));

/** The full name webhooks carry. */
export const fullName = (user: { first_name: string; last_name: string }) =>
  `${user.first_name} ${user.last_name}`.trim();
