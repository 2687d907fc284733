import { z } from 'zod';
import { defineMethod } from '../../define.js';
import { SettingsObject } from '../../schemas/more.js';

export const getSettings = defineMethod({
  name: 'get-settings',
  group: 'more',
  summary: 'Return an array with all the settings.',
  description:
    'Return all the settings as an object: `{"setting-id": [value, "type"], ...}`; a group of settings is `[{"sub-setting-id": [value, "type"], ...}, "multi-input"]`. Answers `[]` if no setting was ever saved.',
  args: {},
  response: z.union([SettingsObject, z.array(z.unknown()).length(0).describe('No setting was ever saved.')]),
  request: {},
  examples: [
    {
      name: 'settings',
      summary: 'All the settings',
      value: {
        'chat-manual-init': [false, 'checkbox'],
        'chat-login-init': [false, 'checkbox'],
        'init-dashboard': [true, 'checkbox'],
        'chat-timetable-disable': [false, 'checkbox'],
        rtl: [false, 'checkbox'],
        'front-auto-translations': [true, 'checkbox'],
      },
    },
    { name: 'empty', summary: 'No setting was ever saved', value: [] },
  ],
  notes: [
    {
      id: 'get-settings-empty',
      kind: 'disagreement',
      topic: 'get-settings answers `[]` when no setting was ever saved',
      documented: 'An object with all the settings.',
      original: '`[]` (an empty PHP array) until the settings are first saved.',
      decision: 'Match the original: `[]`, which the schema accepts beside the object.',
    },
  ],
});
