/** Undoes the HTML escaping names and URLs are stored with (text.ts), for places that are not HTML. */
export const plainText = (stored: string) => stored.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

/** A user's first and last name as plain text, e.g. `Don John`: for email subjects and Slack. */
export const displayName = (user: { first_name: string; last_name: string }) =>
  plainText(`${user.first_name} ${user.last_name}`.trim());
