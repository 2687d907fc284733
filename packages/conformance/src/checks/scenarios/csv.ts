import { TransportError } from '../../core/api.js';
import type { CheckContext } from '../../core/context.js';
import type { Check } from '../../core/types.js';
import { defineCheck } from '../define.js';
import { failsOnOriginal } from '../examples/index.js';
import { UNKNOWN_ID } from '../negative/fixture-args.js';

/** Downloads an export and checks it holds `text`. */
const expectDownload = async (t: CheckContext, method: string, url: string, text: string, what: string) => {
  let answer: Awaited<ReturnType<CheckContext['api']['get']>>;
  try {
    answer = await t.api.get(url);
  } catch (error) {
    if (!(error instanceof TransportError)) throw error;
    t.stop({ method, path: '$.response (downloaded)', expected: `a CSV file at ${url}`, received: error.message });
  }
  t.check(answer.status === 200, {
    method,
    path: '$.response (downloaded)',
    expected: `HTTP 200 with the CSV file at ${url}`,
    received: `HTTP ${answer.status}`,
  });
  t.check(answer.text.includes(text), {
    method,
    path: '$.response (downloaded)',
    expected: `a CSV file holding ${what} ("${text}")`,
    received: answer.text.length > 200 ? `${answer.text.slice(0, 200)}…` : answer.text || '(empty file)',
  });
};

export const csvScenarios: Check[] = [
  defineCheck({
    id: 'scenarios/csv-users',
    title: 'csv-users answers the URL of a CSV file that downloads and lists the users',
    area: 'scenarios',
    methods: ['csv-users'],
    tags: ['csv'],
    async run(t) {
      const { customer } = await t.base();
      const url = await t.ok('csv-users');
      await expectDownload(t, 'csv-users', url, customer.email, "the suite's customer");
    },
  }),
  defineCheck({
    id: 'scenarios/csv-conversations',
    title: 'csv-conversations answers the URL of a CSV file that downloads and holds the messages',
    area: 'scenarios',
    observes: { 'csv-conversations': ['conversation_id'] },
    methods: ['csv-conversations'],
    failsOnOriginal: failsOnOriginal['csv-conversations'],
    tags: ['csv'],
    async run(t) {
      const { conversation, marker } = await t.base();
      const url = await t.ok('csv-conversations', { conversation_id: conversation.id });
      if (url === false) {
        return t.stop({
          method: 'csv-conversations',
          path: '$.response',
          expected: 'the URL of the export',
          received: 'false',
        });
      }
      await expectDownload(t, 'csv-conversations', url, marker, "the conversation's messages");
    },
  }),
  defineCheck({
    id: 'scenarios/csv-conversations-unknown',
    title: 'csv-conversations of an unknown conversation answers false',
    area: 'scenarios',
    methods: ['csv-conversations'],
    notes: ['csv-conversations-not-found'],
    tags: ['csv'],
    async run(t) {
      t.equal(
        'csv-conversations',
        '$.response',
        await t.ok('csv-conversations', { conversation_id: UNKNOWN_ID }),
        false,
      );
    },
  }),
];
