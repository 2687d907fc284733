/**
 * The sweep of stateful mode over every method, for any transport (see static.ts): each method's
 * documented call, answered as the contract allows, and calls on the demo data, which succeed unless
 * marked as refused (with the code).
 */
import { type AnyMethod, type ErrorCode, type MethodName, methodList } from '@support-board/contract';
import { describe, expect, test } from 'vitest';
import { type Caller, expectValidAnswer } from '../helpers/mock.js';

const all = methodList as readonly AnyMethod[];

type Args = Record<string, unknown>;

/** A call on the demo data that the mock must refuse, with this code. */
export class Refused {
  constructor(
    readonly code: ErrorCode,
    readonly args: Args,
  ) {}
}

/** Calls on the demo data (IDs that exist), beside each method's documented request. */
export const onDemoData: Partial<Record<MethodName, (Args | Refused)[]>> = {
  'get-user': [{ user_id: 5, extra: true }, { user_id: 2 }],
  'get-user-extra': [{ user_id: 5 }],
  'get-users': [{}, { sorting: ['last_name', 'ASC'], user_types: ['user', 'lead'], search: 'o' }, { pagination: 1 }],
  'get-new-users': [{ datetime: '2020-01-01' }],
  'search-users': [{ search: 'London' }, { search: '' }],
  'add-user': [{}, { first_name: 'Ann', email: 'ann@example.com', extra: { city: ['Oslo'] } }],
  'update-user': [{ user_id: 6, last_name: 'B.', email: 'NULL', extra: { company: ['', 'Company'] } }],
  'current-url': [{ user_id: 5 }, { user_id: 6, url: 'https://example.com/cart' }, {}],
  'get-conversation': [{ conversation_id: 101 }, { user_id: 6, conversation_id: 101 }],
  'get-conversations': [{}, { status_code: 3 }, { status_code: 4 }],
  'get-new-conversations': [{ datetime: '2025-01-01' }],
  'get-user-conversations': [{ user_id: 5 }],
  'get-new-user-conversations': [{ user_id: 5, datetime: '2025-01-01' }],
  'search-conversations': [{ search: 'invoice' }, { search: 'don' }],
  'search-user-conversations': [{ search: 'order', user_id: 5 }],
  'new-conversation': [{ user_id: 5, title: 'refund', status_code: -1, department: 1, agent_id: 2 }],
  'update-conversation-status': [{ conversation_id: 102, status_code: 1 }],
  'set-rating': [
    { settings: { conversation_id: 101, rating: 1, agent_id: 2 } },
    { settings: { conversation_id: 101 } },
  ],
  'get-rating': [{ user_id: 2 }],
  'get-new-messages': [{ user_id: 5, conversation_id: 101, datetime: '2025-01-01' }],
  'send-message': [{ user_id: 2, conversation_id: 101, message: 'Hi {user_name}', conversation_status: 1 }],
  'update-message': [{ message_id: 1001, message: 'Edited' }, new Refused('missing-arguments', { message_id: 1001 })],
  'send-email': [
    new Refused('email-error', { recipient_id: 5, message: 'Hello' }),
    new Refused('user-email-not-found', { recipient_id: 7, message: 'Hi' }),
    new Refused('missing-user-id-or-message', { recipient_id: 5, message: '0' }),
  ],
  'get-setting': [{ setting: 'registration' }, { setting: 'rtl' }, { setting: 'nothing' }],
  'get-articles': [{ id: '6P2Oq' }, { full: true, count: 2 }, { id: 'none' }],
  'search-articles': [{ search: 'order' }],
  'csv-conversations': [{ conversation_id: 101 }, {}],
  'is-agent-typing': [{ conversation_id: 108 }, { conversation_id: 101 }],
};

export const sweepStateful = (mock: () => Caller) => {
  describe('stateful mode answers every method validly', () => {
    test.each(all.map((method) => [method.name, method] as const))('%s', async (name, method) => {
      const documented = await mock().call(name as MethodName, method.request as Args);
      expect(documented.status).toBe(200);
      expect(documented.headers.get('x-mock-mode')).toBe('stateful');
      expectValidAnswer(method, documented.body);
      for (const call of onDemoData[name as MethodName] ?? []) {
        const { args, code } = call instanceof Refused ? call : { args: call, code: undefined };
        const reply = await mock().call(name as MethodName, args);
        expectValidAnswer(method, reply.body);
        const said = `${name} ${JSON.stringify(args)} answered ${JSON.stringify(reply.body)}`;
        if (code) expect(reply.body.response, said).toBe(code);
        else expect(reply.body.success, said).toBe(true);
      }
    });
  });
};
