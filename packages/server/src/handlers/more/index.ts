export const moreHandlers = {};
