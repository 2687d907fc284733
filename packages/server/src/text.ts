/**
 * PHP's `htmlspecialchars($text, ENT_NOQUOTES)`, as the original applies to message text, titles and
 * names: `&`, `<` and `>` become entities, quotes stay. Clients render these strings as HTML.
 */
export const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** PHP's `ucfirst`: the first character upper-cased. */
export const ucfirst = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
