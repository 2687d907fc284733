export * from './common.js';
export * from './conversations.js';
export * from './more.js';
export * from './users.js';
