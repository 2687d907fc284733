export * from './define.js';
export * from './fact-ids.generated.js';
export * from './facts.js';
export * from './lookup.js';
