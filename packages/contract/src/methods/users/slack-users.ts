import { z } from 'zod';
import { defineMethod } from '../../define.js';
import { DbId } from '../../schemas/common.js';

const NamedId = z.object({ id: z.string(), name: z.string() });

export const slackUsers = defineMethod({
  name: 'slack-users',
  group: 'users',
  summary: "Return the agents-slack members' connection information.",
  description:
    'Return the members of the Slack workspace, the agents and admins, and which Slack member is linked to which agent. The Slack App is required; without Slack configured answers `slack-not-active`.',
  args: {},
  response: z
    .object({
      slack_users: z.array(NamedId.extend({ id: z.string().describe('The Slack member ID.') })),
      agents: z.array(NamedId.extend({ id: DbId.describe('The agent or admin ID.') })),
      saved: z
        .union([
          z.record(z.string().describe('A Slack member ID'), DbId.describe('An agent ID')),
          z.literal(false).describe('No link was ever saved.'),
        ])
        .describe('The saved links, `{"slack member ID": "agent ID", ...}`.'),
    })
    .meta({ id: 'SlackUsers', description: 'Slack members, agents, and the links between them.' }),
  request: {},
  examples: [
    {
      name: 'users',
      summary: 'Slack members, agents and their links',
      value: {
        slack_users: [
          { id: 'U328T701Z', name: 'Support Schio' },
          { id: 'UR5F0GK7T', name: 'Robert Pitt' },
        ],
        agents: [
          { id: '2', name: 'Alex Smith' },
          { id: '445', name: 'Federico Schiocchet' },
          { id: '724', name: 'Alberto Prade' },
        ],
        saved: { U328T701Z: '445', UR5F0GK7T: '2' },
      },
    },
    {
      name: 'not-linked',
      summary: 'No Slack member was ever linked to an agent',
      value: {
        slack_users: [{ id: 'U328T701Z', name: 'Support Schio' }],
        agents: [{ id: '2', name: 'Alex Smith' }],
        saved: false,
      },
    },
  ],
  errors: ['slack-not-active'],
  requires: 'slack',
  notes: [
    {
      id: 'slack-users-not-configured',
      kind: 'difference',
      topic: 'slack-users without a Slack token',
      original:
        'The Slack app answers the validation error `slack-token-not-found` when no Slack token is saved, and `saved` is `false` until a link is saved.',
      decision:
        'The reference server answers `slack-not-active`, the code of every Slack method when Slack is not configured; `saved` is `false` until a link is saved, as in the original.',
    },
  ],
});
