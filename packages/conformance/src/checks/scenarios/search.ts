import type { MethodResponse, Methods } from '@support-board/contract';
import type { CheckContext } from '../../core/context.js';
import type { Check } from '../../core/types.js';
import { defineCheck } from '../define.js';
import { expectListed, expectNotListed } from '../shared/lists.js';

/** Two users each with a conversation whose message holds the same word. */
const twoConversations = async (t: CheckContext, word: string) => {
  const { marker } = await t.base();
  const make = async (name: string) => {
    const user = await t.user({ first_name: name, last_name: `Owner-${marker}` });
    const conversation = await t.conversation({ user_id: user, title: `${name} ${marker}` });
    await t.message(conversation, user, `Please find ${word} here`);
    return { user, conversation };
  };
  return { mine: await make('Mine'), other: await make('Other') };
};

/** search-user-conversations sent with the user under one of its two names only. */
const searchUserConversations = (by: 'user_id' | 'id') =>
  defineCheck({
    id: `scenarios/search-user-conversations-by-${by.replace('_', '-')}`,
    title: `search-user-conversations finds the user's conversations, the user given as \`${by}\` only`,
    area: 'scenarios',
    methods: ['search-user-conversations'],
    notes: ['search-user-conversations-user-id'],
    ...(by === 'id'
      ? {
          failsOnOriginal:
            'search-user-conversations reads only `user_id`: the documented `id` answers `missing-argument` ("Missing argument: user_id")',
        }
      : {}),
    tags: ['search'],
    observes: { 'search-user-conversations': ['search', 'user_id'] },
    async run(t) {
      const { marker } = await t.base();
      const word = `${marker}lookup${by === 'id' ? 'i' : 'u'}`;
      const { mine, other } = await twoConversations(t, word);
      const omit = [by === 'id' ? 'user_id' : 'id'];
      const answer = await t.answer('search-user-conversations', { search: word, user_id: mine.user }, { omit });
      const rows = t.expectSuccess('search-user-conversations', answer) as MethodResponse<
        Methods['search-user-conversations']
      >;
      expectListed(
        t,
        'search-user-conversations',
        rows,
        mine.conversation,
        "the user's matching conversation",
        'conversation_id',
      );
      expectNotListed(
        t,
        'search-user-conversations',
        rows,
        other.conversation,
        "another user's matching conversation",
        'conversation_id',
      );
    },
  });

export const searchScenarios: Check[] = [
  defineCheck({
    id: 'scenarios/search-users',
    title: 'search-users finds users by name and by additional detail, and nothing for a word nobody has',
    area: 'scenarios',
    observes: { 'search-users': ['search'] },
    methods: ['search-users'],
    tags: ['search'],
    async run(t) {
      const { marker: m } = await t.base();
      const named = await t.user({ first_name: 'Zelda', last_name: `Find-${m}` });
      const detailed = await t.user({
        first_name: 'Yorick',
        last_name: `Other-${m}`,
        extra: { city: [`City${m}`, 'City'] },
      });
      const byName = await t.ok('search-users', { search: `Find-${m}` });
      expectListed(t, 'search-users', byName, named, 'the user whose last name matches');
      expectNotListed(t, 'search-users', byName, detailed, 'a user who does not match');
      expectListed(
        t,
        'search-users',
        await t.ok('search-users', { search: `City${m}` }),
        detailed,
        'the user whose city detail matches',
      );
      t.equal('search-users', '$.response', await t.ok('search-users', { search: `${m}-nobody` }), []);
    },
  }),
  defineCheck({
    id: 'scenarios/search-conversations',
    title: "search-conversations finds conversations by message text and by the user's name",
    area: 'scenarios',
    observes: { 'search-conversations': ['search'] },
    methods: ['search-conversations'],
    tags: ['search'],
    async run(t) {
      const { marker: m } = await t.base();
      const { mine } = await twoConversations(t, `${m}needle`);
      const rows = await t.ok('search-conversations', { search: `${m}needle` });
      expectListed(
        t,
        'search-conversations',
        rows,
        mine.conversation,
        'a conversation whose message matches',
        'conversation_id',
      );
      const byName = await t.ok('search-conversations', { search: `Owner-${m}` });
      expectListed(
        t,
        'search-conversations',
        byName,
        mine.conversation,
        'a conversation whose user matches by last name',
        'conversation_id',
      );
      t.equal('search-conversations', '$.response', await t.ok('search-conversations', { search: `${m}-nothing` }), []);
    },
  }),
  searchUserConversations('user_id'),
  searchUserConversations('id'),
];
