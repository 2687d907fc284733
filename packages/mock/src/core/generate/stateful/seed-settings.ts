import type { Store } from './store.js';

/** Settings as the Settings area saves them, `[value, type]`; articles; saved replies. */
export const seedSettings = (store: Store) => {
  store.settings = {
    'chat-manual-init': [false, 'checkbox'],
    'chat-login-init': [false, 'checkbox'],
    'init-dashboard': [true, 'checkbox'],
    'chat-timetable-disable': [false, 'checkbox'],
    rtl: [false, 'checkbox'],
    'front-auto-translations': [true, 'checkbox'],
    'visitor-prefix': ['User', 'text'],
    'push-notifications': [false, 'checkbox'],
    registration: [
      {
        'registration-title': ['Create new account', 'text'],
        'registration-msg': ['Please create a new account before using our chat.', 'text'],
        'registration-success': ['Login successful.', 'text'],
        'registration-btn-text': ['Create account', 'text'],
      },
      'multi-input',
    ],
    departments: [
      [
        { 'department-id': '1', 'department-name': 'Billing', 'department-color': 'blue', 'department-image': '' },
        { 'department-id': '2', 'department-name': 'Shipping', 'department-color': 'green', 'department-image': '' },
      ],
      'repeater',
    ],
    'saved-replies': [
      [
        { 'reply-name': 'hello', 'reply-text': 'Hello! How can I help?' },
        { 'reply-name': 'email', 'reply-text': 'Our email is support@example.com.' },
        { 'reply-name': 'hours', 'reply-text': 'We are open every day from 9am to 6pm.' },
      ],
      'repeater',
    ],
  };
  store.articles = [
    {
      id: '6P2Oq',
      title: "What's new with Dialogflow API V2?",
      content:
        '<p>Dialogflow API V2 is the new iteration of our developer API. The new API integrates Google Cloud ' +
        'Speech-to-Text directly into the detectIntent request.</p>',
      link: 'https://dialogflow.com/v2-faq',
    },
    {
      id: 'qf7kD',
      title: 'Should I move to the new API?',
      content: 'Yes. The newest version (V2) of the Actions on Google API is the one to build on.',
      link: 'https://dialogflow.com/v2-faq',
    },
    {
      id: 'IDkft',
      title: 'How do I track my order?',
      content: 'Open Orders in your account and click the tracking link of the order.',
      link: '',
    },
    { id: 'Zr41x', title: '', content: 'A draft without a title is not listed.', link: '' },
  ];
};
