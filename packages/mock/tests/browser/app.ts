/**
 * The page of the browser test, as a frontend developer would write it: MSW's service worker answers
 * the app's calls to the installation with the mock (stateful), the typed client makes them, the page
 * shows the answers.
 */
import { createClient } from '@support-board/contract/client';
import { setupWorker } from 'msw/browser';
import { createHandlers } from '../../src/msw.js';

const show = (id: string, value: unknown) => {
  const element = document.getElementById(id) as HTMLElement;
  element.textContent = typeof value === 'string' ? value : JSON.stringify(value, null, 2);
};

try {
  await setupWorker(...createHandlers({ mode: 'stateful' })).start({ quiet: true, onUnhandledRequest: 'error' });
  const client = createClient({ url: 'https://example.com/supportboard/include/api.php', token: 'any' });
  const id = await client.call('add-user', { first_name: 'Ann', last_name: 'Lee', email: 'ann@example.com' });
  const user = await client.call('get-user', { user_id: id });
  if (!user) throw new Error(`get-user found no user ${id}`);
  show('user', { id: user.id, name: `${user.first_name} ${user.last_name}`, email: user.email });
  const refused = await client.request('get-user', { user_id: 'abc' as never });
  show('refused', refused);
  show('status', 'done');
} catch (error) {
  show('status', `failed: ${error instanceof Error ? error.message : String(error)}`);
}
