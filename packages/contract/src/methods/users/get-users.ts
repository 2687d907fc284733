import { z } from 'zod';
import { defineMethod } from '../../define.js';
import { User } from '../../schemas/users.js';
import { PAGE_SIZE } from '../../semantics.js';
import { arg } from '../../wire/args.js';
import { documentedUsers } from './examples.js';

export const SORTABLE_USER_COLUMNS = [
  'first_name',
  'last_name',
  'email',
  'profile_image',
  'user_type',
  'creation_time',
  'last_activity',
  'department',
] as const;

const Sorting = z
  .union([
    z.tuple([z.enum(SORTABLE_USER_COLUMNS), z.enum(['ASC', 'DESC', 'asc', 'desc'])]),
    z.tuple([z.enum(SORTABLE_USER_COLUMNS)]),
  ])
  .transform(([column, order = 'DESC']) => [column, order.toUpperCase() as 'ASC' | 'DESC'] as const);

export const getUsers = defineMethod({
  name: 'get-users',
  group: 'users',
  summary: 'Return the user details of all the users.',
  description: `Return the users, agents and admins (bots excluded), ${PAGE_SIZE} at a time. \`pagination\` counts pages from 0, as the original does.`,
  args: {
    sorting: arg
      .json(
        'Set the order of the returned values: `["column", "order"]`, column one of first_name, last_name, email, profile_image, user_type, creation_time, last_activity, department; order ASC or DESC.',
        Sorting,
      )
      .default(['creation_time', 'DESC'], '["creation_time", "DESC"]')
      .original(
        'The original never decodes this JSON, so its own sorting argument does not work; the reference server applies it.',
      ),
    user_types: arg
      .json(
        'Array in JSON format of user types to include: `["user", "lead", ...]`. Accepted values: visitor, lead, user, agent, admin.',
        z.array(z.enum(['visitor', 'lead', 'user', 'agent', 'admin'])),
      )
      .default([], 'all'),
    search: arg.text('The string to search in first name, last name and email.', { max: 255 }).default(''),
    pagination: arg
      .integer('The page of 100 results: 0 (or absent) the first 100, 1 the results from 101 to 200, etc.', {
        min: 0,
        max: 1_000_000,
      })
      .default(0),
  },
  response: z.array(User),
  request: { sorting: ['creation_time', 'DESC'], user_types: ['visitor'], pagination: 0 },
  examples: [
    {
      name: 'users',
      summary: 'The newest users first',
      value: documentedUsers.userList,
    },
    { name: 'empty', summary: 'No user matches', value: [] },
  ],
  notes: [
    {
      id: 'get-users-sorting',
      kind: 'disagreement',
      topic: 'get-users: `sorting` orders the users',
      documented: '`sorting` sets the order: `["column", "order"]`; the default is `["creation_time", "DESC"]`.',
      original:
        'Never decodes the JSON text, so the argument has no effect: the users always come newest first (`creation_time DESC`).',
      decision:
        'As documented: the reference server applies `sorting` (one of the listed columns, ASC or DESC, then by ID), and newest first without it, as both do.',
    },
    {
      id: 'pagination-zero-based',
      kind: 'disagreement',
      topic: 'Pagination counts from 0',
      documented: '"Insert 1 to get the first 100 results, 2 for the results from 101 to 200."',
      original:
        'Pages count from 0: absent or 0 gives results 1 to 100, 1 gives 101 to 200 (`LIMIT pagination*100, 100`).',
      decision: 'Match the original: integrations were tested against it.',
    },
    {
      id: 'get-users-search-no-match',
      kind: 'difference',
      topic: 'A search with no match answers every user',
      original: 'When `search` matches nothing the filter is silently dropped and every user is returned.',
      decision: 'The reference server answers `[]`: returning unrelated users for a search is a bug.',
    },
  ],
});
