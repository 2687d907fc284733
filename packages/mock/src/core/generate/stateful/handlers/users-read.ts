import { detailsOut, userOut } from '../shape.js';
import type { UserRow } from '../store.js';
import { contains, type Handlers, isOnline, page } from './types.js';

const compare = (column: string, order: 'ASC' | 'DESC') => (a: UserRow, b: UserRow) => {
  const x = a[column as keyof UserRow] as string | number | null;
  const y = b[column as keyof UserRow] as string | number | null;
  const sign = order === 'ASC' ? 1 : -1;
  // MySQL puts NULL first in ascending order; ties keep ID order.
  if (x === y) return (a.id - b.id) * sign;
  if (x === null) return -sign;
  if (y === null) return sign;
  const byValue =
    typeof x === 'number' && typeof y === 'number'
      ? x - y
      : String(x).toLowerCase().localeCompare(String(y).toLowerCase());
  return (byValue || a.id - b.id) * sign;
};

const people = (users: Iterable<UserRow>) => [...users].filter((user) => user.user_type !== 'bot');

export const userReadHandlers: Handlers = {
  'get-user': ({ user_id, extra }, { store }) => {
    const user = store.users.get(user_id);
    if (!user) return false;
    return extra ? { ...userOut(user), details: detailsOut(user.details) } : userOut(user);
  },

  'get-user-extra': ({ user_id }, { store }) => detailsOut(store.users.get(user_id)?.details ?? []),

  'get-users': ({ sorting, user_types, search, pagination }, { store }) => {
    const [column, order] = sorting;
    const types: readonly string[] = user_types;
    const users = people(store.users.values())
      .filter((user) => types.length === 0 || types.includes(user.user_type))
      .filter((user) => !search || [user.first_name, user.last_name, user.email].some((v) => contains(v, search)))
      .sort(compare(column, order));
    return page(users, pagination).map(userOut);
  },

  'get-new-users': ({ datetime }, { store }) =>
    people(store.users.values())
      .filter((user) => user.creation_time > datetime)
      .sort((a, b) => b.creation_time.localeCompare(a.creation_time) || b.id - a.id)
      .map(userOut),

  'get-online-users': ({ exclude_id }, { store }) =>
    people(store.users.values())
      .filter((user) => isOnline(user, store) && !exclude_id.includes(user.id))
      .sort((a, b) => b.creation_time.localeCompare(a.creation_time) || b.id - a.id)
      .map(userOut),

  'search-users': ({ search }, { store }) => {
    const words = search.split(' ').filter(Boolean);
    const [first = ''] = words;
    return people(store.users.values())
      .filter(
        (user) =>
          words.length === 0 ||
          words.some((word) => contains(user.first_name, word) || contains(user.last_name, word)) ||
          contains(user.email, first) ||
          user.details.some((detail) => contains(detail.value, first)),
      )
      .map(userOut);
  },

  'is-online': ({ user_id }, { store }) => {
    const user = store.users.get(user_id);
    return user && isOnline(user, store) ? 'online' : 'offline';
  },

  'count-users': (_, { store }) => {
    const users = people(store.users.values());
    const count = (type: string) => String(users.filter((user) => user.user_type === type).length);
    return { all: String(users.length), lead: count('lead'), user: count('user'), visitor: count('visitor') };
  },
};
