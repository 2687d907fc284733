import { z } from 'zod';
import { defineMethod } from '../../define.js';
import { APP_NAMES } from '../../schemas/more.js';
import { arg } from '../../wire/args.js';

export const appActivation = defineMethod({
  name: 'app-activation',
  group: 'more',
  summary: 'Activate an app, download it, and install it.',
  description:
    'Activate an app with its licence key. The key is checked with the licence server and saved (app-get-key returns it). Answers `success`; `invalid-key` or `expired` when the licence server refuses the key.',
  args: {
    app_name: arg.enum('Insert one of the following values: slack, dialogflow.', APP_NAMES),
    key: arg.text(
      'The License Key of the App. You can get the key with the function app-get-key. Spaces around it are ignored.',
      { max: 255 },
    ),
  },
  response: z.literal('success'),
  request: { app_name: 'slack', key: '9300AB16-014ZEE12-91E199EA-997CEX40' },
  examples: [{ name: 'activated', summary: 'The app was activated', value: 'success' }],
  errors: ['invalid-key', 'expired', 'activation-not-active'],
  writes: true,
  notes: [
    {
      id: 'app-activation-no-download',
      kind: 'difference',
      topic: 'app-activation checks and saves the key but installs nothing',
      documented: '"Activate an app, download it, and install it."',
      original:
        'Checks the key with board.support, downloads the app as a zip and unzips it into the installation, then saves the key; download and unzip failures answer `temporary-file-name-not-found`, `download-error`, `file-not-found`, `zip-error` or `zip-extraction-error`.',
      decision:
        'The reference server has its apps built in: it checks the key with a configurable licence server and saves it, so none of the download errors exist; with no licence server configured it answers `activation-not-active`.',
    },
  ],
});
