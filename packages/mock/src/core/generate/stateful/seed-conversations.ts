import { demoTime } from './seed-time.js';
import type { Store } from './store.js';

type Line = [sender: number, text: string, minutes: number, attachments?: [string, string][], payload?: object];

interface Demo {
  user: number;
  status: number;
  title?: string;
  department?: number;
  agent?: number;
  /** Minutes from the demo's base time. */
  at: number;
  lines: Line[];
}

// Users: 1 admin Alex, 2 agent Bruce, 3 agent Maria, 4 bot, 5 Don, 6 Jessica, 7 Martin, 8 Aiko,
// 9 visitor #29938, 10 Sofia, 11 Liam.
const demos: Demo[] = [
  {
    user: 5,
    status: 0,
    title: 'Invoice question',
    department: 1,
    agent: 2,
    at: -90,
    lines: [
      [5, 'Hi, I need help with my last invoice.', 0],
      [4, 'Hello! An agent will be with you shortly.', 1],
      [2, 'Hi Don, sure. Which invoice is it?', 6],
      [5, 'INV-2041, thanks!', 8, [['invoice-2041.pdf', 'https://example.com/uploads/invoice-2041.pdf']]],
    ],
  },
  {
    user: 6,
    status: 2,
    at: -45,
    lines: [
      [6, 'Hi! Can you help me?', 0],
      [4, 'Hello! How can I help you?', 1, undefined, { buttons: ['Orders', 'Billing'] }],
    ],
  },
  {
    user: 7,
    status: 1,
    title: 'Shipping to Germany',
    department: 2,
    agent: 3,
    at: -300,
    lines: [
      [7, 'Do you ship to Germany?', 0],
      [3, 'Yes, we ship to every EU country. Anything else?', 4],
    ],
  },
  {
    user: 8,
    status: 3,
    agent: 2,
    at: -60 * 24 * 2,
    lines: [
      [8, 'My order arrived damaged.', 0],
      [2, 'Sorry about that! A replacement is on its way.', 10],
      [8, 'Thanks for your help', 30],
    ],
  },
  { user: 9, status: 4, at: -60 * 24 * 3, lines: [[9, 'test', 0]] },
  {
    user: 10,
    status: 0,
    title: 'Password reset',
    department: 2,
    agent: 3,
    at: -20,
    lines: [
      [10, 'Hello, how do I reset my password?', 0],
      [3, 'Hi Sofia, click "Forgot password" on the login page.', 3],
    ],
  },
  {
    user: 5,
    status: 3,
    title: 'Where is my order?',
    agent: 2,
    at: -60 * 24 * 5,
    lines: [
      [5, 'Where is my order?', 0],
      [2, 'It shipped yesterday, the tracking link is in your email.', 15],
    ],
  },
  { user: 11, status: 2, at: -5, lines: [[11, 'Is there a discount for students?', 0]] },
  { user: 6, status: 0, title: 'New conversation', at: -2, lines: [] },
];

/** Conversations in every status, with messages from customers, agents and the bot. */
export const seedConversations = (store: Store) => {
  for (const demo of demos) {
    const conversation = store.addConversation({
      user_id: demo.user,
      title: demo.title ?? '',
      creation_time: demoTime(demo.at),
      status_code: demo.status,
      department: demo.department ?? null,
      agent_id: demo.agent ?? null,
    });
    for (const [sender, text, minutes, attachments, payload] of demo.lines) {
      store.addMessage({
        user_id: sender,
        message: text,
        creation_time: demoTime(demo.at + minutes),
        status_code: 0,
        attachments: attachments ? JSON.stringify(attachments) : '',
        payload: payload ? JSON.stringify(payload) : '',
        conversation_id: conversation.id,
      });
    }
  }
  // Conversations 101.. in the order above: ratings of Bruce's and Maria's, and Maria typing to Liam.
  store.ratings.set(104, { rating: 1, agent_id: 2 });
  store.ratings.set(107, { rating: 0, agent_id: 2 });
  store.ratings.set(106, { rating: 1, agent_id: 3 });
  const maria = store.users.get(3);
  if (maria) maria.typing = 108;
};
