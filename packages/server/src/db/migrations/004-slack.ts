/**
 * The Slack app's links: the channel each user's messages go to (made on their first message), and
 * which Slack member is which agent (slack-users' `saved`). Deleting a user deletes their links.
 */
export const slack = /* sql */ `
CREATE TABLE slack_channels (
  user_id integer PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
  channel_id varchar(255) NOT NULL
);
CREATE INDEX slack_channels_channel ON slack_channels (channel_id);

CREATE TABLE slack_agents (
  slack_member_id varchar(255) PRIMARY KEY,
  agent_id integer NOT NULL REFERENCES users (id) ON DELETE CASCADE
);
CREATE INDEX slack_agents_agent ON slack_agents (agent_id);
`;
