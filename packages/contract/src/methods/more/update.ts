import { z } from 'zod';
import { defineMethod } from '../../define.js';

export const update = defineMethod({
  name: 'update',
  group: 'more',
  summary: 'Start the update of Support Board and all the apps.',
  description:
    'Start the update of Support Board and all the apps: download the latest versions and overwrite all the plugin and apps files. Answers `envato-purchase-code-not-found` when no purchase code is saved in the settings. The reference server is updated by its package manager, never in place: it always answers `envato-purchase-code-not-found`.',
  args: {},
  response: z.union([
    z.literal('success').describe('Documented.'),
    z
      .record(z.string(), z.union([z.string(), z.object({ error: z.string() })]))
      .describe(
        'The original (3.1): for each updated app, `success` or an error code such as `license-key-not-found`.',
      ),
    z.array(z.unknown()).length(0).describe('The original (3.1): nothing needed an update.'),
  ]),
  request: {},
  examples: [
    { name: 'updated', summary: 'Everything was updated', value: 'success' },
    {
      name: 'per-app',
      summary: 'The original: the result of each update',
      value: { sb: 'success', dialogflow: 'success', slack: 'license-key-not-found' },
    },
  ],
  errors: ['envato-purchase-code-not-found'],
  writes: true,
  notes: [
    {
      id: 'update-response',
      kind: 'disagreement',
      topic: 'update answers an object, not `success`',
      documented: '`"success"`.',
      original:
        'An object with the result of each updated part: `{"sb": "success", "slack": "license-key-not-found", ...}` (`[]` when nothing needed an update).',
      decision: 'The schema accepts both forms.',
    },
    {
      id: 'update-in-place',
      kind: 'difference',
      topic: 'update never overwrites the reference server',
      original:
        'Downloads the new versions from board.support with the saved Envato purchase code and unzips them over its own files.',
      decision:
        "The reference server is updated by its package manager, not by an API call: no purchase code is ever saved, so it answers the original's own `envato-purchase-code-not-found`.",
    },
  ],
});
