import { z } from 'zod';
import { defineMethod } from '../../define.js';
import { arg } from '../../wire/args.js';

export const getSetting = defineMethod({
  name: 'get-setting',
  group: 'more',
  summary: 'Return a setting saved in the Settings area.',
  description:
    'Return the value of a setting saved in the Settings area: a string, a boolean or a number for a single setting, an object `{"sub-setting-id": value, ...}` for a group of settings, an array for a list. Answers `false` if the setting was never saved.',
  args: {
    setting: arg.text(
      'The setting ID. You can get the IDs of all the settings from the file resources/json/settings.json, or with get-settings.',
      { max: 255 },
    ),
  },
  response: z.union([
    z.literal(false).describe('The setting was never saved.'),
    z.unknown().describe('The value of the setting: any JSON value.'),
  ]),
  request: { setting: 'registration' },
  examples: [
    {
      name: 'group',
      summary: 'A group of settings',
      value: {
        'registration-title': 'Create new account',
        'registration-msg': 'Please create a new account before using our chat.',
        'registration-success': 'Login successful.',
        'registration-btn-text': 'Create account',
        'registration-terms-link': '',
        'registration-privacy-link': '',
      },
    },
    { name: 'checkbox', summary: 'A single setting: `init-dashboard`', value: true },
    { name: 'text', summary: 'A single setting: `visitor-prefix`', value: 'Guest' },
    { name: 'not-set', summary: 'The setting was never saved', value: false },
  ],
  notes: [
    {
      id: 'get-setting-example',
      kind: 'slip',
      topic: 'get-setting: the example is a placeholder with a repeated key',
      documented: '`{"option": "value", "option": "value", ...}`, which is not valid as JSON data (the key repeats).',
      original: 'Answers the value of the setting, whatever its type; an object only for a group of settings.',
      decision:
        'The first example is a real group of settings (`registration`) in the same shape; the others show single settings and `false`.',
    },
  ],
});
