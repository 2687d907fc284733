import { defineHandler, refuse } from '../../context.js';

// The server is updated by its package manager, never in place: no purchase code is ever saved (note update-in-place).
export const update = defineHandler('update', async () => refuse('envato-purchase-code-not-found'));
