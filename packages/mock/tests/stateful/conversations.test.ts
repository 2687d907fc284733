import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { startTestMock, type TestMock } from '../helpers/mock.js';

let mock: TestMock;
beforeAll(async () => {
  mock = await startTestMock({ mode: 'stateful', now: () => new Date(Date.UTC(2025, 0, 7, 12, 0, 0)) });
});
beforeEach(() => {
  mock.app.mock.engine?.reset();
});
afterAll(() => mock.close());

const response = async (...args: Parameters<TestMock['call']>) => (await mock.call(...args)).body.response;
const ids = (items: { conversation_id: string }[]) => items.map((item) => Number(item.conversation_id));

describe('a conversation’s lifecycle', () => {
  test('new-conversation, send-message, get-conversation, update-message, delete-message', async () => {
    const created = await response('new-conversation', { user_id: 7, title: 'customs <fees>', status_code: -1 });
    expect(created.messages).toEqual([]);
    expect(created.details).toMatchObject({
      user_id: '7',
      first_name: 'Martin',
      title: 'Customs &lt;fees&gt;',
      conversation_status_code: '2',
      conversation_time: '2025-01-07 12:00:00',
      department: null,
      agent_id: null,
    });
    const id = Number(created.details.id);
    const sent = await response('send-message', {
      user_id: 7,
      conversation_id: id,
      message: 'Do I pay <b>customs</b>, {user_name}?',
      attachments: [['photo.jpg', 'https://example.com/photo.jpg']],
    });
    expect(sent).toMatchObject({ status: 'success', queue: false });
    const reply = await response('send-message', {
      user_id: 3,
      conversation_id: id,
      message: 'No.',
      conversation_status: 1,
    });
    const conversation = await response('get-conversation', { conversation_id: id });
    expect(conversation.messages).toMatchObject([
      {
        id: String(sent['message-id']),
        message: 'Do I pay &lt;b&gt;customs&lt;/b&gt;, Alex Smith?',
        attachments: '[["photo.jpg","https://example.com/photo.jpg"]]',
        first_name: 'Martin',
        user_type: 'lead',
      },
      { id: String(reply['message-id']), message: 'No.', first_name: 'Maria', user_type: 'agent' },
    ]);
    expect(conversation.details.conversation_status_code).toBe('1');

    await mock.call('update-message', { message_id: reply['message-id'], message: 'No, never.', payload: { x: 1 } });
    const [, edited] = (await response('get-conversation', { conversation_id: id })).messages;
    expect(edited).toMatchObject({ message: 'No, never.', payload: '{"x":1}', creation_time: '2025-01-07 12:00:00' });
    await mock.call('delete-message', { message_id: reply['message-id'] });
    expect((await response('get-conversation', { conversation_id: id })).messages).toHaveLength(1);
    expect((await mock.call('update-message', { message_id: 1001 })).body.response).toBe('missing-arguments');
  });

  test('send-message refuses unknown senders and conversations', async () => {
    expect((await mock.call('send-message', { user_id: 999, conversation_id: 101 })).body.response).toBe(
      'user-not-found',
    );
    expect((await mock.call('send-message', { user_id: 5, conversation_id: 999 })).body.response).toBe(
      'conversation-not-found',
    );
    expect((await mock.call('new-conversation', { user_id: 5, agent_id: 999 })).body.response).toBe('user-not-found');
  });

  test('get-conversation checks the owner; get-new-messages reads after a time', async () => {
    expect(await response('get-conversation', { user_id: 6, conversation_id: 101 })).toEqual({
      messages: [],
      details: '',
    });
    const newer = await response('get-new-messages', {
      user_id: 5,
      conversation_id: 101,
      datetime: '2025-01-06 07:35:00',
    });
    expect(newer.map((m: { message: string }) => m.message)).toEqual([
      'Hi Don, sure. Which invoice is it?',
      'INV-2041, thanks!',
    ]);
    expect(await response('get-new-messages', { user_id: 6, conversation_id: 101, datetime: '2020-01-01' })).toEqual(
      [],
    );
  });
});

describe('conversation lists', () => {
  test('the inbox by default; 1 to 4 exactly; status first, newest first', async () => {
    const inbox = await response('get-conversations');
    expect(ids(inbox)).toEqual([108, 102, 103, 106, 101]);
    expect(inbox[1]).toMatchObject({ user_id: '6', message_user_type: 'bot', first_name: 'Jessica' });
    expect(ids(await response('get-conversations', { status_code: 3 }))).toEqual([104, 107]);
    expect(ids(await response('get-conversations', { status_code: 4 }))).toEqual([105]);
  });

  test('status changes move conversations; 5 empties the trash', async () => {
    await mock.call('update-conversation-status', { conversation_id: 101, status_code: 4 });
    expect(ids(await response('get-conversations', { status_code: 4 }))).toEqual([101, 105]);
    await mock.call('update-conversation-status', { conversation_id: 1, status_code: 5 });
    expect(await response('get-conversations', { status_code: 4 })).toEqual([]);
    expect(await response('get-conversation', { conversation_id: 105 })).toEqual({ messages: [], details: '' });
  });

  test('0-based pages of 100', async () => {
    const created = await Promise.all(Array.from({ length: 120 }, () => response('new-conversation', { user_id: 10 })));
    await Promise.all(
      created.map(({ details }, i) =>
        mock.call('send-message', { user_id: 10, conversation_id: Number(details.id), message: `Hello ${i}` }),
      ),
    );
    const first = await response('get-conversations');
    const second = await response('get-conversations', { pagination: 1 });
    expect(first).toHaveLength(100);
    expect(second).toHaveLength(125 - 100);
    expect(new Set([...ids(first), ...ids(second)]).size).toBe(125);
  }, 20_000);

  test('the user’s conversations, and the new ones', async () => {
    const mine = await response('get-user-conversations', { user_id: 5 });
    expect(ids(mine)).toEqual([101, 107]);
    expect(mine[0]).toMatchObject({ first_name: 'Don', title: 'Invoice question', department: '1' });
    expect(ids(await response('get-user-conversations', { user_id: 5, exclude_id: 101 }))).toEqual([107]);
    expect(ids(await response('get-new-user-conversations', { user_id: 5, datetime: '2025-01-03' }))).toEqual([101]);
    expect(ids(await response('get-new-conversations', { datetime: '2025-01-06 08:30:00' }))).toEqual([108, 106]);
  });

  test('searches: messages, attachment names, titles, people', async () => {
    expect(ids(await response('search-conversations', { search: 'invoice-2041.pdf' }))).toEqual([101]);
    expect(ids(await response('search-conversations', { search: 'PASSWORD reset' }))).toEqual([106]);
    expect(ids(await response('search-conversations', { search: 'jessica' }))).toEqual([102]);
    expect(ids(await response('search-conversations', { search: 'test' }))).toEqual([105]);
    const found = await response('search-user-conversations', { search: 'order', user_id: 5 });
    expect(ids(found)).toEqual([107]);
    expect(found[0]).toMatchObject({ first_name: 'Don', title: 'Where is my order?' });
  });
});

describe('ratings, typing, departments, exports', () => {
  test('set-rating and get-rating', async () => {
    expect(await response('get-rating', { user_id: 3 })).toEqual([1, 0]);
    await mock.call('set-rating', { settings: { conversation_id: 103, rating: 0, agent_id: 3 } });
    await mock.call('set-rating', {
      settings: { settings: { conversation_id: '101', rating: '1', agent_id: '3' } },
    } as never);
    expect(await response('get-rating', { user_id: 3 })).toEqual([2, 1]);
    expect(await response('set-rating', { settings: { conversation_id: 103 } })).toBe(false);
    expect((await mock.call('set-rating', { settings: { rating: 1 } })).body.response).toBe(
      'conversation-id-not-found',
    );
  });

  test('is-agent-typing and update-conversation-department', async () => {
    expect(await response('is-agent-typing', { conversation_id: 108 })).toEqual({
      id: '3',
      first_name: 'Maria',
      last_name: 'Garcia',
    });
    expect(await response('is-agent-typing', { conversation_id: 101 })).toBe('');
    await mock.call('update-conversation-department', { conversation_id: 102, department: 2 });
    expect((await response('get-conversation', { conversation_id: 102 })).details.department).toBe('2');
  });

  test('csv-users and csv-conversations answer URLs the mock serves', async () => {
    const url = await response('csv-conversations', { conversation_id: 101 });
    expect(url).toMatch(new RegExp(`^${mock.url}/uploads/[0-9a-f]{24}/conversation-101\\.csv\\?v=\\d+$`));
    const csv = await (await fetch(url)).text();
    expect(csv.split('\r\n')[0]).toBe(
      'ID,User ID,Message,Creation Time,Status Code,Attachments,Payload,Conversation ID',
    );
    expect(csv).toContain('"[[""invoice-2041.pdf"",""https://example.com/uploads/invoice-2041.pdf""]]"');
    const users = await (await fetch(await response('csv-users'))).text();
    const lines = users.trim().split('\r\n');
    expect(lines).toHaveLength(1 + 150);
    expect(lines[0]).toMatch(/^ID,First Name,Last Name,Email,Profile Image,Type,Creation Time,Birthdate,City,/);
    expect(await response('csv-conversations', { conversation_id: 999 })).toBe(false);
  });

  test('articles and settings', async () => {
    const articles = await response('get-articles');
    expect(articles.map((a: { id: string }) => a.id)).toEqual(['6P2Oq', 'qf7kD', 'IDkft']);
    expect(articles[0].content).toMatch(/^Dialogflow API V2 is the new iteration.{60,}\.\.\.$/);
    await mock.call('save-articles', { articles: [{ id: 'a1', title: 'Returns', content: 'Within 30 days.' }] });
    expect(await response('get-articles')).toEqual([
      { id: 'a1', title: 'Returns', content: 'Within 30 days.', link: '' },
    ]);
    expect(await response('search-articles', { search: 'DAYS' })).toHaveLength(1);
    expect(await response('get-setting', { setting: 'registration' })).toMatchObject({
      'registration-title': 'Create new account',
    });
    expect(await response('saved-replies')).toHaveLength(3);
  });
});
