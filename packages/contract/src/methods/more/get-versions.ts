import { z } from 'zod';
import { defineMethod } from '../../define.js';
import { Versions } from '../../schemas/more.js';

export const getVersions = defineMethod({
  name: 'get-versions',
  group: 'more',
  summary: 'Return the installed versions of Support Board and the Apps.',
  description:
    'Return the version numbers of Support Board (`sb`) and of the Dialogflow and Slack apps. The reference server answers the API version it implements, `3.0.4`, and a version for each app that is configured.',
  args: {},
  response: z.union([Versions, z.null().describe('Original only: board.support could not be reached.')]),
  request: {},
  examples: [
    {
      name: 'versions',
      summary: 'Support Board and both apps',
      value: { sb: '3.0.4', dialogflow: '1.0.2', slack: '1.0.3' },
    },
    { name: 'no-apps', summary: 'No app is configured', value: { sb: '3.0.4' } },
  ],
  notes: [
    {
      id: 'get-versions-latest',
      kind: 'disagreement',
      topic: 'get-versions answers the latest released versions, not the installed ones',
      documented: '"Return the installed versions of Support Board and the Apps."',
      original:
        'Downloads `https://board.support/synch/versions.json` and answers it: the latest released versions, whatever is installed; `null` when the download fails.',
      decision:
        'The reference server answers what it implements: `{"sb": "3.0.4"}`, plus `"dialogflow": "1.0.2"` and `"slack": "1.0.3"` for the apps that are configured; it never calls board.support.',
    },
  ],
});
