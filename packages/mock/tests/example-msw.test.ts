import { createClient } from '@support-board/contract/client';
import { createHandlers } from '@support-board/mock/msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, expect, test } from 'vitest';

const mock = createHandlers({ mode: 'stateful' });
const server = setupServer(...mock);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => mock.reset()); // the demo data again
afterAll(() => server.close());

const url = 'https://example.com/supportboard/include/api.php';
const client = createClient({ url, token: 'any' });

test('a user added is found', async () => {
  const id = await client.call('add-user', { first_name: 'Ann', email: 'ann@example.com' });
  expect(await client.call('get-user', { user_id: id })).toMatchObject({ first_name: 'Ann' });
});

test('an error chosen with Prefer', async () => {
  const refusing = createClient({ url, token: 'any', headers: { prefer: 'example=duplicate-email' } });
  await expect(refusing.call('add-user', { email: 'ann@example.com' })).rejects.toMatchObject({
    code: 'duplicate-email',
  });
});

test('a bad argument is refused, as by the API', async () => {
  const answer = await fetch(url, {
    method: 'POST',
    body: new URLSearchParams({ token: 'any', function: 'get-user' }),
  });
  expect(await answer.json()).toMatchObject({ response: 'missing-argument', argument: 'user_id' });
});
