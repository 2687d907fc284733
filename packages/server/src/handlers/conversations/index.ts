export const conversationsHandlers = {};
