import { type Reply, startHttpStandIn } from './http.js';

export interface StandInWordPressUser {
  id: number;
  username: string;
  name: string;
  first_name: string;
  last_name: string;
  email: string;
}

const wpError = (status: number, code: string, message: string): Reply => ({
  status,
  body: { code, message, data: { status } },
});

/**
 * A stand-in for the WordPress REST API's users endpoint on loopback. It checks what WordPress
 * checks: `context=edit` (the only context with emails) needs Basic auth with the application
 * password, `per_page` is 1 to 100, a page past the last is an error; pages carry `X-WP-Total` and
 * `X-WP-TotalPages`; errors are `{code, message, data: {status}}`.
 */
export const startWordPressStandIn = async ({
  user = 'admin',
  password = 'abcd EFGH 1234 ijkl MNOP 5678',
  users = [],
}: {
  user?: string;
  password?: string;
  users?: StandInWordPressUser[];
} = {}) => {
  const credentials = { password };
  const expected = () => `Basic ${Buffer.from(`${user}:${credentials.password}`).toString('base64')}`;
  const server = await startHttpStandIn((request) => {
    if (request.method !== 'GET' || request.path !== '/wp-json/wp/v2/users') {
      return wpError(404, 'rest_no_route', 'No route was found matching the URL and request method.');
    }
    const context = request.query.get('context') ?? 'view';
    const authorized = request.headers.authorization === expected();
    if (request.headers.authorization && !authorized) {
      return wpError(401, 'incorrect_password', 'The provided password is an invalid application password.');
    }
    if (context === 'edit' && !authorized) {
      return wpError(401, 'rest_forbidden_context', 'Sorry, you are not allowed to list users.');
    }
    const perPage = Number(request.query.get('per_page') ?? '10');
    if (!Number.isInteger(perPage) || perPage < 1 || perPage > 100) {
      return wpError(400, 'rest_invalid_param', 'Invalid parameter(s): per_page');
    }
    const page = Number(request.query.get('page') ?? '1');
    const pages = Math.max(1, Math.ceil(users.length / perPage));
    if (!Number.isInteger(page) || page < 1 || page > pages) {
      return wpError(
        400,
        'rest_post_invalid_page_number',
        'The page number requested is larger than the number of pages available.',
      );
    }
    const slice = users.slice((page - 1) * perPage, page * perPage).map((item) => ({
      id: item.id,
      name: item.name,
      url: '',
      description: '',
      link: `http://wordpress.test/author/${item.username}/`,
      slug: item.username,
      avatar_urls: {
        '24': `https://secure.gravatar.com/avatar/${item.id}?s=24`,
        '48': `https://secure.gravatar.com/avatar/${item.id}?s=48`,
        '96': `https://secure.gravatar.com/avatar/${item.id}?s=96`,
      },
      ...(context === 'edit'
        ? {
            username: item.username,
            first_name: item.first_name,
            last_name: item.last_name,
            email: item.email,
            roles: ['subscriber'],
            registered_date: '2024-01-01T00:00:00+00:00',
          }
        : {}),
    }));
    return { headers: { 'x-wp-total': String(users.length), 'x-wp-totalpages': String(pages) }, body: slice };
  });
  return {
    ...server,
    users,
    /** Replaces the application password, as revoking it and making a new one does. */
    changePassword: (next: string) => {
      credentials.password = next;
    },
  };
};
