export * from './define.js';
export * from './facts.js';
export * from './lookup.js';
