/** The default profile pictures new users get (`/media/user.svg`, ...), as the original ships them. */
const avatar = (background: string, glyph: string) =>
  `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64"><circle cx="32" cy="32" r="32" fill="${background}"/>${glyph}</svg>`;
const person = '<circle cx="32" cy="25" r="11" fill="#fff"/><path d="M12 54c3-11 11-16 20-16s17 5 20 16" fill="#fff"/>';

export const mediaFiles: Record<string, string> = {
  'user.svg': avatar('#566069', person),
  'agent.svg': avatar('#028be5', person),
  'admin.svg': avatar('#028be5', person),
  'bot.svg': avatar(
    '#6b48ff',
    '<rect x="17" y="20" width="30" height="24" rx="6" fill="#fff"/><circle cx="26" cy="32" r="3" fill="#6b48ff"/><circle cx="38" cy="32" r="3" fill="#6b48ff"/>',
  ),
};
