import { TransportError } from '../../core/api.js';
import { shapeOf, showAnswer } from '../../core/envelope.js';
import type { Check } from '../../core/types.js';
import { errorText } from '../../core/values.js';
import { defineCheck } from '../define.js';
import { expectUnchanged, snapshot } from '../shared/state.js';

const MB = 1024 * 1024;

/** Sends the request; a connection dropped before any answer is a finding, not a crash of the run. */
const sendBig = async (
  t: Parameters<Check['run']>[0],
  method: string,
  send: () => Promise<Awaited<ReturnType<typeof t.api.post>>>,
) => {
  try {
    return await send();
  } catch (error) {
    if (!(error instanceof TransportError)) throw error;
    t.report({
      method,
      path: '$',
      expected: 'an answer: an error such as request-too-large (or HTTP 413), never a dropped connection',
      received: errorText(error),
    });
    return undefined;
  }
};

export const oversizedChecks: Check[] = [
  defineCheck({
    id: 'negative/oversized-body/padding',
    title: 'A 4 MB body is answered (an error or HTTP 413, or read), and the target keeps answering',
    area: 'negative',
    methods: ['get-user'],
    tags: ['oversized', 'security'],
    async run(t) {
      const fx = await t.base();
      const fields = t.api.fields('get-user', { user_id: fx.customer.id });
      const answer = await sendBig(t, 'get-user', () =>
        t.api.post([...fields, ['padding', 'x'.repeat(4 * MB)]], 'get-user'),
      );
      if (answer && answer.status !== 413) {
        t.check(shapeOf(answer).kind !== 'invalid', {
          method: 'get-user',
          path: '$',
          expected: 'one of the three documented answer shapes, or HTTP 413',
          received: showAnswer(answer),
        });
      }
      const user = await t.ok('get-user', { user_id: fx.customer.id });
      t.check(user !== false, {
        method: 'get-user',
        path: '$.response',
        expected: 'the customer, found as before the large request',
        received: String(user),
      });
    },
  }),
  defineCheck({
    id: 'negative/oversized-body/add-user',
    title: 'add-user with a 3 MB first name is refused and creates nothing',
    area: 'negative',
    methods: ['add-user', 'count-users'],
    hardening:
      'answers a success carrying the MySQL error, `{"success":true,"response":{"error":{"message":"Data too long for column \'first_name\' at row 1",...}}}`',
    tags: ['oversized', 'security'],
    async run(t) {
      const fx = await t.base();
      const before = await snapshot(t);
      const fields = t.api.fields('add-user', { first_name: 'x'.repeat(3 * MB), last_name: fx.marker });
      const answer = await sendBig(t, 'add-user', () => t.api.post(fields, 'add-user'));
      if (answer) {
        t.fixtures.trackCreated('add-user', answer);
        const kind = shapeOf(answer).kind;
        t.check(answer.status === 413 || kind === 'validation' || kind === 'error', {
          method: 'add-user',
          path: '$',
          expected: 'an error answer (the first name is far over 100 characters), or HTTP 413',
          received: showAnswer(answer),
        });
      }
      await expectUnchanged(t, 'add-user', before);
    },
  }),
];
