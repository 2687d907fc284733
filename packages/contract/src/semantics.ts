/**
 * Rules every implementation of the API follows alike, stated once: the methods' descriptions say
 * them, and the reference server and the mock take them from here.
 */

/** get-users and get-conversations answer this many items a page; `pagination` counts pages from 0. */
export const PAGE_SIZE = 100;

/**
 * A user is online while their last activity is at most this many seconds old; a user just created
 * by add-user is online for its first ONLINE_SECONDS (its last activity is its creation time).
 */
export const ONLINE_SECONDS = 15;

/**
 * PHP's `htmlspecialchars($text, ENT_NOQUOTES)`, which the original applies to what it stores of
 * message text, titles and names: `&`, `<` and `>` become entities, quotes stay. Clients render these
 * strings as HTML.
 */
export const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
