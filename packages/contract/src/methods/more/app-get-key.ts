import { z } from 'zod';
import { defineMethod } from '../../define.js';
import { APP_NAMES } from '../../schemas/more.js';
import { arg } from '../../wire/args.js';

export const appGetKey = defineMethod({
  name: 'app-get-key',
  group: 'more',
  summary: 'Return the License Key of a Support Board App like the Slack App or the Dialogflow App.',
  description:
    'Return the licence key saved for an app when it was activated (see app-activation), or `""` if the app was never activated.',
  args: {
    app_name: arg.enum('Insert one of the following values: slack, dialogflow.', APP_NAMES),
  },
  response: z.string().describe('The licence key, or `""`.'),
  request: { app_name: 'slack' },
  examples: [
    { name: 'key', summary: 'The licence key of the app', value: '9300AB16-014ZEE12-91E199EA-997CEX40' },
    { name: 'not-activated', summary: 'The app was never activated', value: '' },
  ],
});
