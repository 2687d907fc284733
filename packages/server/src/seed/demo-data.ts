/**
 * The content of the demo help desk: who the people are, what they said, and the settings and
 * articles of a small company. demo.ts turns it into rows.
 */

export interface DemoCustomer {
  first_name: string;
  last_name: string;
  user_type: 'user' | 'lead' | 'visitor';
  city: string;
  country: string;
  country_code: string;
  language: string;
  time_zone: string;
  phone?: string;
}

const place = (city: string, country: string, country_code: string, language: string, time_zone: string) => ({
  city,
  country,
  country_code,
  language,
  time_zone,
});

/** Users have an email; leads gave a name and a phone number; visitors nothing (they get `User #12345`). */
export const CUSTOMERS: DemoCustomer[] = [
  {
    first_name: 'Emma',
    last_name: 'Johnson',
    user_type: 'user',
    phone: '+44 20 7946 0958',
    ...place('London', 'United Kingdom', 'GB', 'en', 'Europe/London'),
  },
  {
    first_name: 'Liam',
    last_name: 'Smith',
    user_type: 'user',
    phone: '+1 212 555 0147',
    ...place('New York', 'United States', 'US', 'en', 'America/New_York'),
  },
  {
    first_name: 'Sofia',
    last_name: 'Rossi',
    user_type: 'user',
    phone: '+39 02 5555 0192',
    ...place('Milan', 'Italy', 'IT', 'it', 'Europe/Rome'),
  },
  {
    first_name: 'Lucas',
    last_name: 'Martin',
    user_type: 'user',
    ...place('Paris', 'France', 'FR', 'fr', 'Europe/Paris'),
  },
  {
    first_name: 'Mia',
    last_name: 'Müller',
    user_type: 'user',
    phone: '+49 30 5555 0134',
    ...place('Berlin', 'Germany', 'DE', 'de', 'Europe/Berlin'),
  },
  {
    first_name: 'Noah',
    last_name: 'Brown',
    user_type: 'user',
    ...place('Toronto', 'Canada', 'CA', 'en', 'America/Toronto'),
  },
  {
    first_name: 'Olivia',
    last_name: 'Garcia',
    user_type: 'user',
    phone: '+34 91 555 0163',
    ...place('Madrid', 'Spain', 'ES', 'es', 'Europe/Madrid'),
  },
  {
    first_name: 'Ethan',
    last_name: 'Wilson',
    user_type: 'user',
    ...place('Sydney', 'Australia', 'AU', 'en', 'Australia/Sydney'),
  },
  {
    first_name: 'Ava',
    last_name: 'Kowalski',
    user_type: 'user',
    ...place('Warsaw', 'Poland', 'PL', 'pl', 'Europe/Warsaw'),
  },
  {
    first_name: 'Mateo',
    last_name: 'Silva',
    user_type: 'user',
    phone: '+55 11 5555 0178',
    ...place('São Paulo', 'Brazil', 'BR', 'pt', 'America/Sao_Paulo'),
  },
  {
    first_name: 'Hannah',
    last_name: 'Jansen',
    user_type: 'user',
    ...place('Amsterdam', 'Netherlands', 'NL', 'nl', 'Europe/Amsterdam'),
  },
  {
    first_name: 'Daniel',
    last_name: 'Kim',
    user_type: 'user',
    ...place('Seoul', 'South Korea', 'KR', 'ko', 'Asia/Seoul'),
  },
  {
    first_name: 'Chloe',
    last_name: 'Dubois',
    user_type: 'user',
    ...place('Lyon', 'France', 'FR', 'fr', 'Europe/Paris'),
  },
  {
    first_name: 'Oliver',
    last_name: 'Taylor',
    user_type: 'user',
    phone: '+44 161 555 0115',
    ...place('Manchester', 'United Kingdom', 'GB', 'en', 'Europe/London'),
  },
  {
    first_name: 'Isabella',
    last_name: 'Moore',
    user_type: 'lead',
    phone: '+1 312 555 0186',
    ...place('Chicago', 'United States', 'US', 'en', 'America/Chicago'),
  },
  {
    first_name: 'James',
    last_name: 'Anderson',
    user_type: 'lead',
    phone: '+353 1 555 0121',
    ...place('Dublin', 'Ireland', 'IE', 'en', 'Europe/Dublin'),
  },
  {
    first_name: 'Yuki',
    last_name: 'Tanaka',
    user_type: 'lead',
    phone: '+81 3 5555 0143',
    ...place('Tokyo', 'Japan', 'JP', 'ja', 'Asia/Tokyo'),
  },
  {
    first_name: 'Amelia',
    last_name: 'Clark',
    user_type: 'lead',
    phone: '+1 512 555 0102',
    ...place('Austin', 'United States', 'US', 'en', 'America/Chicago'),
  },
  {
    first_name: 'Leon',
    last_name: 'Schmidt',
    user_type: 'lead',
    phone: '+43 1 555 0157',
    ...place('Vienna', 'Austria', 'AT', 'de', 'Europe/Vienna'),
  },
  {
    first_name: 'Grace',
    last_name: 'Lee',
    user_type: 'lead',
    phone: '+65 5555 0139',
    ...place('Singapore', 'Singapore', 'SG', 'en', 'Asia/Singapore'),
  },
  {
    first_name: 'Arjun',
    last_name: 'Patel',
    user_type: 'lead',
    phone: '+91 22 5555 0164',
    ...place('Mumbai', 'India', 'IN', 'hi', 'Asia/Kolkata'),
  },
  {
    first_name: 'Zoe',
    last_name: 'Martinez',
    user_type: 'lead',
    phone: '+52 55 5555 0171',
    ...place('Mexico City', 'Mexico', 'MX', 'es', 'America/Mexico_City'),
  },
  { first_name: '', last_name: '', user_type: 'visitor', ...place('Lisbon', 'Portugal', 'PT', 'pt', 'Europe/Lisbon') },
  {
    first_name: '',
    last_name: '',
    user_type: 'visitor',
    ...place('Stockholm', 'Sweden', 'SE', 'sv', 'Europe/Stockholm'),
  },
  {
    first_name: '',
    last_name: '',
    user_type: 'visitor',
    ...place('Cape Town', 'South Africa', 'ZA', 'en', 'Africa/Johannesburg'),
  },
  {
    first_name: '',
    last_name: '',
    user_type: 'visitor',
    ...place('Zurich', 'Switzerland', 'CH', 'de', 'Europe/Zurich'),
  },
  {
    first_name: '',
    last_name: '',
    user_type: 'visitor',
    ...place('Buenos Aires', 'Argentina', 'AR', 'es', 'America/Argentina/Buenos_Aires'),
  },
  { first_name: '', last_name: '', user_type: 'visitor', ...place('Oslo', 'Norway', 'NO', 'no', 'Europe/Oslo') },
  { first_name: '', last_name: '', user_type: 'visitor', ...place('Prague', 'Czechia', 'CZ', 'cs', 'Europe/Prague') },
  { first_name: '', last_name: '', user_type: 'visitor', ...place('Athens', 'Greece', 'GR', 'el', 'Europe/Athens') },
];

export const BROWSERS = ['Chrome', 'Firefox', 'Safari', 'Edge'] as const;
export const OPERATING_SYSTEMS = ['Windows 10', 'Windows 11', 'macOS', 'iOS', 'Android', 'Linux'] as const;
export const PAGES = [
  'https://example.com/',
  'https://example.com/pricing',
  'https://example.com/docs/getting-started',
  'https://example.com/checkout',
  'https://example.com/blog/new-mobile-app',
  'https://example.com/contact',
] as const;

export const AGENTS = [
  { first_name: 'Sarah', last_name: 'Miller', email: 'sarah.miller@example.com', department: 1 },
  { first_name: 'James', last_name: 'Carter', email: 'james.carter@example.com', department: null },
] as const;
export const BOT = { first_name: 'Virtual', last_name: 'Agent' } as const;

/** Who answers: one of the two agents (0 Sarah, 1 James), or the bot. */
export type Responder = 0 | 1 | 'bot';
export type Line = string | { text: string; attachments?: [string, string][]; payload?: Record<string, unknown> };

export interface DemoConversation {
  /** Index in CUSTOMERS. */
  customer: number;
  status: 0 | 1 | 2 | 3 | 4;
  title?: string;
  department?: number;
  /** The assigned agent; absent: unassigned. */
  agent?: 0 | 1;
  /** Who writes the answers (defaults to the assigned agent). */
  responder?: Responder;
  /** Alternating, the customer first. */
  lines: Line[];
  rating?: 1 | 0;
  /** The assigned agent is typing an answer, the customer waiting on the page. */
  typing?: true;
}

/** Statuses: 0 live, 1 waiting answer from user, 2 waiting answer from agent, 3 archive, 4 trash. */
export const CONVERSATIONS: DemoConversation[] = [
  {
    customer: 0,
    status: 0,
    title: 'Upgrade to the Business plan',
    department: 1,
    agent: 0,
    typing: true,
    lines: [
      "Hi! I'd like to upgrade our account to the Business plan. Is it billed monthly?",
      'Hello Emma! Yes, the Business plan can be billed monthly or yearly, with two months free on the yearly plan.',
      'Great. Can I keep my current invoices and settings?',
      'Absolutely: everything stays as it is, the upgrade only unlocks the extra seats and features.',
      'Perfect, how do I do it?',
    ],
  },
  {
    customer: 1,
    status: 0,
    department: 2,
    agent: 1,
    lines: [
      'The mobile app keeps logging me out after a few minutes.',
      'Sorry about that, Liam. Which version of the app are you using?',
      'Version 4.2.1 on iOS 17.',
    ],
  },
  {
    customer: 22,
    status: 0,
    responder: 'bot',
    lines: [
      'Hello, is anyone there?',
      "Hi! I'm the Virtual Agent. An agent will be with you shortly; meanwhile, ask me anything about our plans.",
      'Do you ship to Portugal?',
    ],
  },
  {
    customer: 16,
    status: 0,
    title: 'Bulk order quote',
    department: 1,
    agent: 0,
    lines: [
      'Could you send me a quote for 200 licences?',
      'Of course! Could you tell me the name of your company, so that I can prepare it?',
    ],
  },
  {
    customer: 2,
    status: 1,
    title: 'Password reset email not received',
    department: 2,
    agent: 1,
    lines: [
      'I requested a password reset but the email never arrived.',
      'Let me check... I can see the email was sent at 10:42. Could you look in your spam folder?',
      'Nothing there either.',
      "I've sent it again from another server. Please let me know if it arrives.",
    ],
  },
  {
    customer: 3,
    status: 1,
    title: 'Invoice 1042',
    department: 1,
    agent: 0,
    lines: [
      {
        text: 'Hello, the VAT number is missing from my last invoice. Here is a screenshot.',
        attachments: [['invoice-screenshot.png', 'https://example.com/uploads/invoice-screenshot.png']],
      },
      {
        text: 'Hi Lucas, sorry for that! Here is the corrected invoice.',
        attachments: [['invoice-1042.pdf', 'https://example.com/uploads/invoice-1042.pdf']],
        payload: { order_id: '1042', invoice_status: 'corrected', vat_number: 'FR40303265045' },
      },
    ],
  },
  {
    customer: 14,
    status: 1,
    agent: 1,
    lines: [
      'Do you offer discounts for non-profits?',
      'We do! Non-profits get 50% off every plan. Could you send us a document showing your status?',
    ],
  },
  {
    customer: 4,
    status: 2,
    title: 'Export conversations to CSV',
    department: 2,
    responder: 'bot',
    lines: [
      'How can I export all my conversations to a CSV file?',
      "I'm not sure I understood. I'm passing you to an agent, who will answer shortly.",
      "Thanks, I'll wait.",
    ],
  },
  {
    customer: 5,
    status: 2,
    department: 2,
    agent: 1,
    lines: [
      "My webhook isn't receiving any events.",
      'Could you share the URL you configured?',
      "It's https://hooks.example.com/support-board, and it answers 200 to a test request.",
    ],
  },
  {
    customer: 17,
    status: 2,
    title: 'Pricing for 10 agents',
    department: 1,
    agent: 0,
    responder: 'bot',
    lines: [
      'Hi, how much would it cost for a team of 10 agents?',
      'The Business plan includes up to 10 agents for 99 USD a month. Would you like to talk to our sales team?',
      'Yes please.',
    ],
  },
  {
    customer: 24,
    status: 2,
    responder: 'bot',
    lines: [
      "Hi, I can't find the pricing page.",
      'You can find our prices at https://example.com/pricing. Anything else?',
      'Is there a discount for paying yearly?',
    ],
  },
  {
    customer: 6,
    status: 3,
    title: 'Refund request',
    department: 1,
    agent: 0,
    rating: 1,
    lines: [
      'I was charged twice this month.',
      "I'm sorry! I've refunded the second charge; you'll see it within 5 days.",
      'Thank you, that was quick!',
      'You are welcome, have a nice day!',
    ],
  },
  {
    customer: 7,
    status: 3,
    agent: 1,
    rating: 0,
    lines: [
      'The Slack integration stopped working.',
      'We had an outage this morning; it is fixed now.',
      "It still doesn't work for me.",
      'Please reconnect the app from Settings > Apps: that refreshes its token.',
      'OK, it works now. It took a while though.',
    ],
  },
  {
    customer: 8,
    status: 3,
    title: 'Change of billing address',
    department: 2,
    agent: 1,
    lines: [
      'We moved office. How do I change the billing address?',
      'You can change it in Account > Billing; the next invoice will use it.',
      'Done, thanks.',
      'Great, anything else I can help with?',
    ],
  },
  {
    customer: 19,
    status: 3,
    agent: 0,
    lines: [
      'Is there a free trial?',
      'Yes, 14 days with every feature, no credit card needed.',
      'Nice, I will try it next week.',
      'Sounds good! Just write here if you have questions.',
    ],
  },
  {
    customer: 23,
    status: 4,
    responder: 'bot',
    lines: ['test', 'Hi! How can I help you today?'],
  },
  {
    customer: 9,
    status: 4,
    agent: 1,
    lines: ['Please ignore, wrong chat.', 'No problem!'],
  },
  {
    customer: 26,
    status: 4,
    responder: 'bot',
    lines: ['asdf', "Sorry, I didn't get that. Could you rephrase?", 'nvm'],
  },
];

export const ARTICLES = [
  {
    id: '6P2Oq',
    title: "What's new with Dialogflow API V2?",
    content:
      'Dialogflow API V2 is the new iteration of our developer API. The new API integrates Google Cloud Speech-to-Text, so that you can send audio as well as text, and it gives access to every new feature of Dialogflow.',
    link: 'https://dialogflow.com/v2-faq',
  },
  {
    id: 'qf7kD',
    title: 'Should I move to the new API?',
    content:
      'Yes. The newest version (V2) of the Actions on Google and Dialogflow APIs is where every new feature lands; V1 is deprecated and will be shut down.',
    link: 'https://dialogflow.com/v2-faq',
  },
  {
    id: 'IDkft',
    title: 'Which API version am I currently using?',
    content:
      'The Dialogflow API version is configured separately for each agent. To see which API version click the link.',
    link: '',
  },
  {
    id: 'Hx3Lm',
    title: 'How do I reset my password?',
    content:
      '<p>Click <b>Forgot password</b> on the login page and enter your email: we send you a link to choose a new password. The link is valid for 24 hours.</p>',
    link: 'https://example.com/help/reset-password',
  },
  {
    id: 'Tz8Wq',
    title: 'What are your opening hours?',
    content:
      'Our agents are online Monday to Friday, 9:00 to 18:00 UTC. Outside these hours the Virtual Agent answers, and we reply by email on the next working day.',
    link: '',
  },
];

/** Settings rows: the raw value and its type, in the order the Settings area lists them. */
export const SETTINGS: { name: string; value: unknown; type: string }[] = [
  { name: 'chat-manual-init', value: false, type: 'checkbox' },
  { name: 'chat-login-init', value: false, type: 'checkbox' },
  { name: 'init-dashboard', value: true, type: 'checkbox' },
  { name: 'chat-timetable-disable', value: false, type: 'checkbox' },
  { name: 'rtl', value: false, type: 'checkbox' },
  { name: 'front-auto-translations', value: true, type: 'checkbox' },
  {
    name: 'saved-replies',
    value: [
      { 'reply-name': 'hello', 'reply-text': 'Hello! How can I help?' },
      { 'reply-name': 'email', 'reply-text': 'Our email is support@example.com.' },
      { 'reply-name': 'hours', 'reply-text': 'We are online Monday to Friday, 9:00 to 18:00 UTC.' },
    ],
    type: 'repeater',
  },
  {
    name: 'departments',
    value: [
      { 'department-id': '1', 'department-name': 'Sales', 'department-color': 'blue', 'department-image': '' },
      { 'department-id': '2', 'department-name': 'Support', 'department-color': 'green', 'department-image': '' },
    ],
    type: 'repeater',
  },
  {
    name: 'registration',
    value: {
      'registration-title': ['Create new account', 'text'],
      'registration-msg': ['Please create a new account before using our chat.', 'textarea'],
      'registration-success': ['Login successful.', 'text'],
      'registration-btn-text': ['Create account', 'text'],
      'registration-terms-link': ['', 'text'],
      'registration-privacy-link': ['', 'text'],
    },
    type: 'multi-input',
  },
  { name: 'notifications-icon', value: 'https://example.com/images/support-icon.png', type: 'text' },
];
