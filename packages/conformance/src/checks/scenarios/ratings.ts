import type { Check } from '../../core/types.js';
import { defineCheck } from '../define.js';

/**
 * The conversations are assigned to the agent and the ratings name it, so that both readings of
 * get-rating (the documentation's "conversations assigned to an agent", the original's "ratings
 * naming the agent") count the same.
 */
export const ratingScenarios: Check[] = [
  defineCheck({
    id: 'scenarios/ratings',
    title: 'set-rating ratings are counted by get-rating, one per conversation, the last one kept',
    area: 'scenarios',
    observes: { 'set-rating': ['settings'], 'get-rating': ['user_id'] },
    methods: ['set-rating', 'get-rating'],
    notes: ['set-rating-settings-shape', 'set-rating-agent-id', 'get-rating-agent-id'],
    tags: ['ratings'],
    async run(t) {
      const { customer, marker } = await t.base();
      const agent = await t.user({ first_name: 'Rated', last_name: marker, user_type: 'agent' });
      const conversations: number[] = [];
      for (let i = 0; i < 3; i++) {
        conversations.push(
          await t.conversation({ user_id: customer.id, agent_id: agent, title: `Rating ${i} ${marker}` }),
        );
      }
      t.equal(
        'get-rating',
        '$.response',
        await t.ok('get-rating', { user_id: agent }),
        [0, 0],
        'An agent without ratings: [0, 0].',
      );
      const rate = (conversation: number, rating: 0 | 1) =>
        t.ok('set-rating', { settings: { conversation_id: conversation, rating, agent_id: agent } });
      await rate(conversations[0]!, 1);
      await rate(conversations[1]!, 1);
      await rate(conversations[2]!, 0);
      t.equal(
        'get-rating',
        '$.response',
        await t.ok('get-rating', { user_id: agent }),
        [2, 1],
        '[positive, negative], as JSON numbers.',
      );
      await rate(conversations[2]!, 1);
      t.equal(
        'get-rating',
        '$.response',
        await t.ok('get-rating', { user_id: agent }),
        [3, 0],
        'A new rating of a conversation replaces its previous one.',
      );
    },
  }),
  defineCheck({
    id: 'scenarios/set-rating-documented-wrapper',
    title: 'set-rating accepts the documented {"settings": {...}} form',
    area: 'scenarios',
    observes: { 'set-rating': ['settings'] },
    methods: ['set-rating', 'get-rating'],
    notes: ['set-rating-settings-shape'],
    failsOnOriginal:
      'set-rating reads `settings` as the inner object only: the documented `{"settings":{...}}` answers `conversation-id-not-found`',
    tags: ['ratings'],
    async run(t) {
      const { customer, marker } = await t.base();
      const agent = await t.user({ first_name: 'Wrapped', last_name: marker, user_type: 'agent' });
      const conversation = await t.conversation({ user_id: customer.id, agent_id: agent, title: `Wrapped ${marker}` });
      const settings = JSON.stringify({
        settings: { conversation_id: String(conversation), rating: '1', agent_id: String(agent) },
      });
      const answer = await t.answer('set-rating', { settings: {} }, { set: { settings } });
      t.expectSuccess('set-rating', answer);
      t.equal('get-rating', '$.response', await t.ok('get-rating', { user_id: agent }), [1, 0]);
    },
  }),
];
