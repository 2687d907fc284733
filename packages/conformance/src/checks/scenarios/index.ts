import type { Check } from '../../core/types.js';
import { articleScenarios } from './articles.js';
import { conversationScenarios } from './conversations.js';
import { conversationReferenceScenarios } from './conversations-reference.js';
import { csvScenarios } from './csv.js';
import { datetimeScenarios } from './datetime.js';
import { listScenarios } from './lists.js';
import { ratingScenarios } from './ratings.js';
import { searchScenarios } from './search.js';
import { settingsScenarios } from './settings.js';
import { statusScenarios } from './status.js';
import { userScenarios } from './users.js';
import { userReferenceScenarios } from './users-reference.js';

/** What a schema cannot catch: writes that must show in later reads, filters, pages, searches, files. */
export const scenarioChecks: Check[] = [
  ...userScenarios,
  ...userReferenceScenarios,
  ...conversationScenarios,
  ...conversationReferenceScenarios,
  ...statusScenarios,
  ...ratingScenarios,
  ...datetimeScenarios,
  ...listScenarios,
  ...searchScenarios,
  ...csvScenarios,
  ...settingsScenarios,
  ...articleScenarios,
];
