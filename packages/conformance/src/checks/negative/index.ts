import type { Check } from '../../core/types.js';
import { dispatcherChecks } from './dispatcher.js';
import { conversationErrorCodeChecks } from './error-codes-conversations.js';
import { emailErrorCodeChecks } from './error-codes-email.js';
import { userErrorCodeChecks } from './error-codes-users.js';
import { hardeningChecks } from './hardening.js';
import { injectionChecks } from './injection.js';
import { missingArgumentChecks } from './missing-arguments.js';
import { oversizedChecks } from './oversized.js';
import { tokenChecks } from './tokens.js';
import { wrongTypeChecks } from './wrong-types.js';

/** Bad input: each must be refused in the documented shape, and change nothing. */
export const negativeChecks: Check[] = [
  ...dispatcherChecks,
  ...tokenChecks,
  ...missingArgumentChecks,
  ...userErrorCodeChecks,
  ...conversationErrorCodeChecks,
  ...emailErrorCodeChecks,
  ...wrongTypeChecks,
  ...injectionChecks,
  ...oversizedChecks,
  ...hardeningChecks,
];
