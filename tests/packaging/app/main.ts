/**
 * A user's program, type-checked and run in the packaging test's empty folder against the installed
 * tarballs: the typed client against a running sb-mock, then against the MSW handlers in process.
 * `node dist/main.js <api url> <token>` prints one JSON line.
 */
import { createClient, SupportBoardError } from '@support-board/contract/client';
import { createHandlers } from '@support-board/mock/msw';
import { setupServer } from 'msw/node';

const [url = '', token = ''] = process.argv.slice(2);

const client = createClient({ url, token });
const id = await client.call('add-user', { first_name: 'Ann', last_name: 'Lee', email: 'ann@example.com' });
const user = await client.call('get-user', { user_id: id });
const refused = await client.call('get-user', { user_id: 0 }).catch((error: unknown) => error);

/** Never called: each line must be a type error, or tsc fails on its unused @ts-expect-error. */
export const typeErrors = () => {
  // @ts-expect-error user_id is a number
  void client.call('get-user', { user_id: 'five' });
  // @ts-expect-error no such method
  void client.call('get-everything');
  // @ts-expect-error get-user answers a user, which has no such field
  void client.call('get-user', { user_id: 1 }).then((found) => (found ? found.nickname : undefined));
};

const server = setupServer(...createHandlers({ mode: 'stateful', baseUrl: 'https://example.com/supportboard' }));
server.listen({ onUnhandledRequest: 'error' });
const mocked = createClient({ url: 'https://example.com/supportboard/include/api.php', token: 'any' });
const counted = await mocked.call('count-users');
server.close();

console.log(
  JSON.stringify({
    server: { id, name: user && `${user.first_name} ${user.last_name}` },
    refused: refused instanceof SupportBoardError ? refused.code : 'not refused',
    msw: counted,
  }),
);
