import { createRandom } from '../random.js';
import { seedConversations } from './seed-conversations.js';
import { seedSettings } from './seed-settings.js';
import { demoTime } from './seed-time.js';
import type { Detail, Store, UserRow } from './store.js';

export const USER_IMAGE = 'https://board.support/media/user.svg';
const AGENT_IMAGE = 'https://board.support/media/agent.svg';
const BOT_IMAGE = 'https://board.support/media/bot.svg';

const details = (values: Record<string, [string, string]>): Detail[] =>
  Object.entries(values).map(([slug, [value, name]]) => ({ slug, name, value }));

type Person = Partial<UserRow> & Pick<UserRow, 'first_name' | 'last_name' | 'user_type'>;

/** Named users, in ID order from 1: the admin, two agents, the bot, then customers. */
const people: Person[] = [
  {
    first_name: 'Alex',
    last_name: 'Smith',
    email: 'admin@example.com',
    user_type: 'admin',
    profile_image: AGENT_IMAGE,
  },
  { first_name: 'Bruce', last_name: 'Peterson', email: 'bruce@example.com', user_type: 'agent', department: 1 },
  { first_name: 'Maria', last_name: 'Garcia', email: 'maria@example.com', user_type: 'agent', department: 2 },
  { first_name: 'Virtual', last_name: 'Agent', email: null, user_type: 'bot', profile_image: BOT_IMAGE },
  {
    first_name: 'Don',
    last_name: 'John',
    email: 'don.john@example.com',
    user_type: 'user',
    details: details({
      phone: ['+44 20 7946 0958', 'Phone'],
      city: ['London', 'City'],
      country: ['United Kingdom', 'Country'],
      language: ['en', 'Language'],
      browser: ['Chrome', 'Browser'],
      os: ['Windows 10', 'OS'],
      current_url: ['https://shop.example.com/orders/2041', 'Current URL'],
    }),
  },
  {
    first_name: 'Jessica',
    last_name: 'Brenson',
    email: 'jessica.brenson@example.com',
    user_type: 'user',
    details: details({ company: ['Brenson Design', 'Company'], location: ['Austin, United States', 'Location'] }),
  },
  {
    first_name: 'Martin',
    last_name: 'Weber',
    email: null,
    user_type: 'lead',
    details: details({
      location: ['Berlin, Germany', 'Location'],
      country_code: ['DE', 'Country code'],
      browser: ['Firefox', 'Browser'],
    }),
  },
  {
    first_name: 'Aiko',
    last_name: 'Tanaka',
    email: null,
    user_type: 'lead',
    details: details({ phone: ['+81 3 1234 5678', 'Phone'], language: ['ja', 'Language'] }),
  },
  {
    first_name: 'User',
    last_name: '#29938',
    email: null,
    user_type: 'visitor',
    details: details({ location: ['New York, United States', 'Location'], os: ['macOS', 'OS'] }),
  },
  { first_name: 'Sofia', last_name: 'Rossi', email: 'sofia.rossi@example.com', user_type: 'user' },
  { first_name: 'Liam', last_name: "O'Brien", email: 'liam.obrien@example.com', user_type: 'user' },
];

/** Older anonymous visitors, so that user lists have more than one page of 100. */
const VISITORS = 140;

/** Fills a store with the demo data: the same on every start. */
export const seedDemo = (store: Store) => {
  const random = createRandom(20_200_513);
  const token = () => random.chars('0123456789abcdef', 40);
  const user = (person: Person, created: string): UserRow =>
    store.addUser({
      email: null,
      profile_image: USER_IMAGE,
      department: null,
      password: false,
      typing: -1,
      details: [],
      creation_time: created,
      last_activity: created,
      token: token(),
      ...person,
    });
  people.forEach((person, index) => {
    user(person, demoTime(-60 * 24 * 30 + index * 60));
  });
  for (let i = 0; i < VISITORS; i++) {
    const visitor = user(
      { first_name: 'User', last_name: `#${random.int(10_000, 99_999)}`, user_type: 'visitor' },
      demoTime(-60 * 24 * 60 + i * 97),
    );
    visitor.details = details({ location: [random.pick(['Paris, France', 'Rome, Italy', 'Lima, Peru']), 'Location'] });
  }
  seedConversations(store);
  seedSettings(store);
};
