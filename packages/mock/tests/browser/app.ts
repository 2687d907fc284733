import { createClient } from '@support-board/contract/client';
import { createHandlers } from '@support-board/mock/msw';
import { setupWorker } from 'msw/browser';

// MSW's service worker answers the app's calls with the mock (in a real app: in development only).
await setupWorker(...createHandlers({ mode: 'stateful' })).start({ onUnhandledRequest: 'error' });

const client = createClient({ url: 'https://example.com/supportboard/include/api.php', token: 'any' });
const id = await client.call('add-user', { first_name: 'Ann', last_name: 'Lee', email: 'ann@example.com' });
const user = await client.call('get-user', { user_id: id });
document.querySelector('#user')!.textContent = JSON.stringify(user, null, 2);

const refused = await client.request('get-user', { user_id: 0 });
document.querySelector('#refused')!.textContent = JSON.stringify(refused, null, 2);
