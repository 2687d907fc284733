import { defineHandler, refuse } from '../../context.js';
import { serviceRefusal } from '../../integrations/errors.js';
import { agentNames, slackAgentLinks } from '../../queries/slack.js';

/** The Slack workspace's members, the agents and admins, and the saved member ↔ agent links. */
export const slackUsers = defineHandler('slack-users', async (_args, ctx) => {
  const slack = ctx.services.slack;
  if (!slack) return refuse('slack-not-active');
  try {
    const [members, agents, saved] = await Promise.all([
      slack.listMembers(),
      agentNames(ctx.sql),
      slackAgentLinks(ctx.sql),
    ]);
    return { slack_users: members, agents, saved };
  } catch (error) {
    return serviceRefusal(error);
  }
});
