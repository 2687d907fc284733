import type { Check } from '../core/types.js';
import { conversationEffectChecks } from './effects/conversations.js';
import { userEffectChecks } from './effects/users.js';
import { exactCodeChecks } from './exact-codes/index.js';
import { exampleChecks } from './examples/index.js';
import { integrationChecks } from './integrations/index.js';
import { loadChecks } from './load/index.js';
import { negativeChecks } from './negative/index.js';
import { scenarioChecks } from './scenarios/index.js';
import { webhookChecks } from './webhooks/index.js';

/**
 * Every check, in the order a run takes them: documented examples, bad input, scenarios, then
 * integrations, webhooks and load. Each has the one signature `run(t)`; what it records on `t`
 * are its findings.
 */
export const checks: readonly Check[] = [
  ...exampleChecks,
  ...negativeChecks,
  ...exactCodeChecks,
  ...scenarioChecks,
  ...userEffectChecks,
  ...conversationEffectChecks,
  ...integrationChecks,
  ...webhookChecks,
  ...loadChecks,
];

export { defineCheck, notesById, versionsWith, versionsWithout } from './define.js';
