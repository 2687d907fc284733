import { z } from 'zod';
import { defineMethod } from '../../define.js';

export const archiveSlackChannels = defineMethod({
  name: 'archive-slack-channels',
  group: 'more',
  summary: 'Archive all the Slack channels.',
  description:
    'Archive all the Slack channels of the workspace connected to the Slack app. With many channels this can take a long time and may need to be run again until none is left. Important: all of your Slack channels are archived. Answers `true`; `slack-not-active` when Slack is not connected.',
  args: {},
  response: z.literal(true),
  request: {},
  examples: [{ name: 'archived', summary: 'The channels were archived', value: true }],
  errors: ['slack-not-active'],
  requires: 'slack',
  writes: true,
});
