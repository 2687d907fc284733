import { defineHandler, refuse } from '../../context.js';
import { serviceRefusal } from '../../integrations/errors.js';
import { unlinkSlackChannels } from '../../queries/slack.js';

/**
 * Archives the workspace's open channels, then forgets the users linked to them: their next message
 * opens a new channel. When Slack limits the rate the run stops early, still `true`, as documented
 * ("you could need to execute it again").
 */
export const archiveSlackChannels = defineHandler('archive-slack-channels', async (_args, ctx) => {
  const slack = ctx.services.slack;
  if (!slack) return refuse('slack-not-active');
  try {
    const { archived, complete } = await slack.archiveChannels();
    await unlinkSlackChannels(ctx.sql, archived);
    if (!complete)
      ctx.log.info('slack rate limit: archive-slack-channels stopped early', { archived: archived.length });
    return true;
  } catch (error) {
    return serviceRefusal(error);
  }
});
