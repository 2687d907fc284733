import type { Check } from '../../core/types.js';
import { sleep } from '../../core/values.js';
import { defineCheck } from '../define.js';
import { getConversation } from '../shared/conversations.js';

/** The reference server's deliberate differences from the original in the conversation methods (level full). */
export const conversationReferenceScenarios: Check[] = [
  defineCheck({
    id: 'scenarios/update-message-keeps-time-and-escapes',
    title: 'update-message keeps the creation time and HTML-escapes the text',
    area: 'scenarios',
    methods: ['update-message', 'get-conversation'],
    notes: ['update-message-creation-time', 'update-message-escaping'],
    tags: ['security'],
    async run(t) {
      const { customer, marker } = await t.base();
      const id = await t.conversation({ user_id: customer.id, title: `Edit ${marker}` });
      const message = await t.message(id, customer.id, `Before ${marker}`);
      const before = await getConversation(t, id, 'new-conversation created');
      // Times have one-second steps: wait past the next one so that a reset time would show.
      await sleep(1100);
      await t.ok('update-message', { message_id: message, message: '<i>after</i>' });
      const after = await getConversation(t, id, 'update-message changed');
      t.equal(
        'update-message',
        '$.response.messages[0].creation_time (get-conversation)',
        after.messages[0]?.creation_time,
        before.messages[0]?.creation_time,
      );
      t.equal(
        'update-message',
        '$.response.messages[0].message (get-conversation)',
        after.messages[0]?.message,
        '&lt;i&gt;after&lt;/i&gt;',
      );
    },
  }),
  defineCheck({
    id: 'scenarios/delete-agent-keeps-conversations',
    title: 'Deleting an agent keeps the conversations assigned to them, unassigned',
    area: 'scenarios',
    methods: ['delete-user', 'get-conversation'],
    notes: ['delete-user-agent-conversations'],
    async run(t) {
      const { customer, marker } = await t.base();
      const agent = await t.user({ first_name: 'Leaving', last_name: marker, user_type: 'agent' });
      const id = await t.conversation({ user_id: customer.id, agent_id: agent, title: `Assigned ${marker}` });
      await t.message(id, customer.id, `Help ${marker}`);
      await t.ok('delete-user', { user_id: agent });
      const found = await getConversation(t, id, 'whose agent delete-user deleted');
      t.equal('delete-user', '$.response.details.agent_id (get-conversation)', found.details.agent_id ?? null, null);
    },
  }),
];
