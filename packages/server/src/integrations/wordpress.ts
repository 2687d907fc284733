import type { Config } from '../config.js';
import { ServiceError } from './errors.js';
import { fetchJson, isObject, SERVICE_TIMEOUT_MS } from './http.js';
import type { WordPressService, WordPressUser } from './index.js';

const SERVICE = 'WordPress';
/** The REST API's largest page. */
const PER_PAGE = 100;
/** A bound on pagination: 100,000 users. */
const MAX_PAGES = 1000;

/** A WordPress user of `context=edit` (the only context that has the email); undefined without an email. */
const toUser = (item: unknown): WordPressUser | undefined => {
  if (!isObject(item) || typeof item.email !== 'string' || item.email.trim() === '') return undefined;
  const text = (value: unknown) => (typeof value === 'string' ? value.trim() : '');
  const avatars = isObject(item.avatar_urls) ? item.avatar_urls : {};
  const largest = Object.keys(avatars)
    .sort((a, b) => Number(b) - Number(a))
    .map((size) => avatars[size])
    .find((url): url is string => typeof url === 'string' && url !== '');
  return {
    id: Number(item.id),
    email: item.email.trim(),
    username: text(item.username),
    name: text(item.name),
    first_name: text(item.first_name),
    last_name: text(item.last_name),
    ...(largest ? { avatar: largest } : {}),
  };
};

/**
 * The WordPress REST API of the site at `WORDPRESS_URL`, authenticated with an application
 * password (`WORDPRESS_USER`, `WORDPRESS_APP_PASSWORD`): listing users with their emails needs a
 * user allowed to list users (`list_users`).
 */
export const createWordPressService = (
  wordpress: NonNullable<Config['wordpress']>,
  { timeoutMs = SERVICE_TIMEOUT_MS }: { timeoutMs?: number } = {},
): WordPressService => {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (wordpress.user && wordpress.password) {
    headers.authorization = `Basic ${Buffer.from(`${wordpress.user}:${wordpress.password}`).toString('base64')}`;
  }

  const page = async (number: number) => {
    const query = new URLSearchParams({ context: 'edit', per_page: String(PER_PAGE), page: String(number) });
    const response = await fetchJson(SERVICE, `${wordpress.url}/wp-json/wp/v2/users?${query}`, {
      headers,
      timeoutMs,
    });
    if (response.status !== 200 || !Array.isArray(response.body)) {
      // WordPress errors are `{code, message, data: {status}}`, e.g. `rest_forbidden_context`.
      const code = isObject(response.body) && typeof response.body.code === 'string' ? response.body.code : undefined;
      throw new ServiceError(SERVICE, code ?? `answered HTTP ${response.status} without a list of users`, code);
    }
    const pages = Number(response.headers.get('x-wp-totalpages') ?? '1');
    return { users: response.body, pages: Number.isInteger(pages) && pages > 0 ? pages : 1 };
  };

  return {
    async listUsers() {
      const first = await page(1);
      const items = [...first.users];
      for (let number = 2; number <= Math.min(first.pages, MAX_PAGES); number += 1) {
        items.push(...(await page(number)).users);
      }
      return items.map(toUser).filter((user): user is WordPressUser => user !== undefined);
    },
  };
};
