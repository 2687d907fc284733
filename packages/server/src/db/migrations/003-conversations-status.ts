/**
 * update-conversation-status 5 empties the trash: every conversation with status 4, with or without
 * messages (conversations_inbox only holds those with messages).
 */
export const conversationsStatus = /* sql */ `
CREATE INDEX conversations_status ON conversations (status_code);
`;
