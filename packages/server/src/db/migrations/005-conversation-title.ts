/**
 * new-conversation accepts a title of 255 characters and stores it HTML-escaped, which can make it
 * up to five times longer (`&` becomes `&amp;`): the column holds the escaped form of any title.
 */
export const conversationTitle = /* sql */ `
ALTER TABLE conversations ALTER COLUMN title TYPE varchar(1275);
`;
