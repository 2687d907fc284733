import {
  BROWSERS,
  CONVERSATIONS,
  CUSTOMERS,
  type DemoConversation,
  type DemoCustomer,
  type Line,
  OPERATING_SYSTEMS,
  PAGES,
} from './demo-data.js';
import type { Random } from './random.js';

/**
 * The demo data with everything decided: names, details and times. Times are seconds before the
 * moment of seeding, so that a fresh start always shows a help desk that is alive now.
 */
const MINUTE = 60;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

export interface PlannedCustomer {
  first_name: string;
  last_name: string;
  email: string | null;
  user_type: DemoCustomer['user_type'];
  details: { slug: string; name: string; value: string }[];
  createdAgo: number;
  activeAgo: number;
}

export interface PlannedMessage {
  /** Who wrote it: the customer, or the conversation's responder. */
  from: 'customer' | 'responder';
  text: string;
  attachments: [string, string][];
  payload?: Record<string, unknown>;
  ago: number;
}

export interface PlannedConversation extends DemoConversation {
  createdAgo: number;
  messages: PlannedMessage[];
}

/** How long ago the last message of a conversation in each status was written. */
const LAST_MESSAGE_AGO: Record<DemoConversation['status'], [number, number]> = {
  0: [20, 12 * MINUTE],
  1: [HOUR, 3 * DAY],
  2: [30 * MINUTE, 2 * DAY],
  3: [3 * DAY, 25 * DAY],
  4: [DAY, 20 * DAY],
};

const asciiLower = (text: string) =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();

/** Documentation addresses (RFC 5737), so that no real machine is named. */
const ipAddress = (random: Random) => `${random.pick(['192.0.2', '198.51.100', '203.0.113'])}.${random.int(1, 254)}`;

const planCustomer = (customer: DemoCustomer, random: Random): PlannedCustomer => {
  const visitor = customer.user_type === 'visitor';
  const location = `${customer.city}, ${customer.country}`;
  const details: [string, string, string | undefined][] = [
    ['phone', 'Phone', customer.phone],
    ['city', 'City', customer.city],
    ['country', 'Country', customer.country],
    ['country_code', 'Country code', customer.country_code],
    ['language', 'Language', customer.language],
    ['time_zone', 'Time zone', customer.time_zone],
    ['location', 'Location', location],
    ['browser', 'Browser', random.pick(BROWSERS)],
    ['os', 'OS', random.pick(OPERATING_SYSTEMS)],
    ['ip', 'IP', ipAddress(random)],
    ['current_url', 'Current URL', random.pick(PAGES)],
  ];
  const createdAgo = random.int(2 * HOUR, 30 * DAY);
  return {
    first_name: visitor ? 'User' : customer.first_name,
    last_name: visitor ? `#${random.int(0, 99_999)}` : customer.last_name,
    email:
      customer.user_type === 'user'
        ? `${asciiLower(customer.first_name)}.${asciiLower(customer.last_name)}@example.com`
        : null,
    user_type: customer.user_type,
    details: details.flatMap(([slug, name, value]) => (value ? [{ slug, name, value }] : [])),
    createdAgo,
    activeAgo: createdAgo,
  };
};

const lineParts = (line: Line) => (typeof line === 'string' ? { text: line } : line);

const planConversation = (conversation: DemoConversation, random: Random): PlannedConversation => {
  const live = conversation.status === 0;
  const [soonest, latest] = LAST_MESSAGE_AGO[conversation.status];
  let ago = random.int(soonest, latest);
  const messages: PlannedMessage[] = [];
  // Written backwards from the last message, then put back in order.
  for (let index = conversation.lines.length - 1; index >= 0; index -= 1) {
    const { text, attachments = [], payload } = lineParts(conversation.lines[index]!);
    messages.unshift({
      from: index % 2 === 0 ? 'customer' : 'responder',
      text,
      attachments,
      ...(payload ? { payload } : {}),
      ago,
    });
    ago += live ? random.int(30, 4 * MINUTE) : random.int(2 * MINUTE, 3 * HOUR);
  }
  return { ...conversation, createdAgo: messages[0]!.ago + random.int(1, 30), messages };
};

/** Every customer and conversation of the demo, conversations oldest first. */
export const planDemo = (random: Random) => {
  const customers = CUSTOMERS.map((customer) => planCustomer(customer, random));
  const conversations = CONVERSATIONS.map((conversation) => planConversation(conversation, random));
  for (const conversation of conversations) {
    const customer = customers[conversation.customer]!;
    // A customer exists before their first conversation, and was last active at their last message.
    customer.createdAgo = Math.max(customer.createdAgo, conversation.createdAgo + random.int(MINUTE, HOUR));
    for (const message of conversation.messages) {
      if (message.from === 'customer') customer.activeAgo = Math.min(customer.activeAgo, message.ago);
    }
  }
  for (const customer of customers) customer.activeAgo = Math.min(customer.activeAgo, customer.createdAgo);
  conversations.sort((a, b) => b.createdAgo - a.createdAgo);
  return { customers, conversations };
};

export const DEMO_TIMES = { MINUTE, HOUR, DAY };
