import { ONLINE_SECONDS, PAGE_SIZE, SORTABLE_USER_COLUMNS, User } from '@support-board/contract';
import type { z } from 'zod';
import { containsPattern, type Queryable } from '../db/database.js';
import { createDenseSearches } from './dense-searches.js';

export type UserRow = z.infer<typeof User>;
export type UserType = UserRow['user_type'];
export type UserDetail = { slug: string; name: string; value: string };

const USER_COLUMNS = Object.keys(User.shape);
const columnLists = new Map<string, string>();

/** The columns of a user as the API shows it (the original's `SELECT_FROM_USERS`); never the password. */
export const userColumns = (db: Queryable, alias = 'users') => {
  // Built once per alias: this runs on every call of the busiest methods.
  let list = columnLists.get(alias);
  if (!list) {
    list = USER_COLUMNS.map((column) => `${alias}.${column}`).join(', ');
    columnLists.set(alias, list);
  }
  return db.unsafe(list);
};

/**
 * One user by ID. The columns are written out rather than taken from `userColumns`: a query with a
 * fragment is rebuilt on every call, and this one runs on every get-user (a quarter of its cost).
 */
export const findUser = (db: Queryable, id: number): Promise<UserRow | undefined> =>
  db<UserRow[]>`
    SELECT id, first_name, last_name, email, profile_image, user_type, creation_time, last_activity, department, token
    FROM users WHERE id = ${id}`.then(([row]) => row);

/** The additional details of a user, in the order they were added. */
export const userDetails = (db: Queryable, userId: number) =>
  db<UserDetail[]>`
    SELECT slug, name, value FROM users_data WHERE user_id = ${userId} ORDER BY id`;

/** The columns get-users may sort on (the contract's list); each has an index `(column, id)`. */
export const SORTABLE_COLUMNS = SORTABLE_USER_COLUMNS;
export type SortableColumn = (typeof SORTABLE_COLUMNS)[number];

/** "Online": active within the last ONLINE_SECONDS, as the original counts it. */
const ONLINE = `last_activity > utc_now() - interval '${ONLINE_SECONDS} seconds'`;
const isOnline = (db: Queryable) => db.unsafe(ONLINE);

export interface UserListQuery {
  sortColumn: SortableColumn;
  order: 'ASC' | 'DESC';
  /** Empty: every type but bots. */
  userTypes: readonly UserType[];
  /** Empty: no filter. */
  search: string;
  /** 0-based page of `PAGE_SIZE`. */
  page: number;
}

/**
 * Past this many matches a search is dense enough that walking the sort column's index finds a page
 * sooner than gathering every match: measured on 100k users, gathering 16k matches took 21 ms and
 * walking for them 0.6 ms, while a single match took 1 ms gathered and 22 ms walked.
 */
const GATHER_AT_MOST = 1000;

const denseSearches = createDenseSearches();

/** Whether pg_trgm can search for the text through its index: it needs a word of 3 characters. */
const trigramSearchable = (text: string) => /[\p{L}\p{N}]{3}/u.test(text);

/**
 * get-users: one page of users (never bots), with the id as tie-breaker so that pages never overlap.
 * Run a search through `withIndexScans`. A rare search gathers its matches from the trigram index
 * first (a materialised CTE, so that the planner cannot walk the sort column's index and test every
 * user instead), then sorts and pages them; a common one (or one too short for trigrams) walks the
 * sort column's index and stops at the page. A search found common within the last minute walks at
 * once (dense-searches.ts).
 */
export const listUsers = async (db: Queryable, query: UserListQuery) => {
  const column = SORTABLE_COLUMNS.includes(query.sortColumn) ? query.sortColumn : 'creation_time';
  const order = query.order === 'ASC' ? 'ASC' : 'DESC';
  const types = query.userTypes.length ? db`AND user_type = ANY(${query.userTypes}::text[])` : db``;
  const page = db`ORDER BY ${db.unsafe(`${column} ${order}, id ${order}`)}
    LIMIT ${PAGE_SIZE} OFFSET ${query.page * PAGE_SIZE}`;
  if (!query.search) {
    return db<UserRow[]>`SELECT ${userColumns(db)} FROM users WHERE user_type <> 'bot' ${types} ${page}`;
  }
  const pattern = containsPattern(query.search);
  const matching = db`(first_name ILIKE ${pattern} OR last_name ILIKE ${pattern} OR email ILIKE ${pattern})`;
  if (trigramSearchable(query.search) && !denseSearches.has(query.search)) {
    // One statement gathers up to GATHER_AT_MOST matches (their ID, type and sort value only), pages
    // them and reads the page's users; the extra row of nulls joined in tells how many were gathered
    // even when the page is empty. A search that gathers them all is dense: the page is then left
    // unread, and found by walking instead.
    const rows = await db<(Partial<UserRow> & { gathered: number })[]>`
      WITH matches AS MATERIALIZED (
          SELECT id, user_type, ${db.unsafe(column)} AS sort_value FROM users WHERE ${matching} LIMIT ${GATHER_AT_MOST}),
        gathered AS (SELECT count(*)::int AS n FROM matches),
        paged AS (
          SELECT id FROM matches WHERE (SELECT n FROM gathered) < ${GATHER_AT_MOST} AND user_type <> 'bot' ${types}
          ORDER BY ${db.unsafe(`sort_value ${order}, id ${order}`)} LIMIT ${PAGE_SIZE} OFFSET ${query.page * PAGE_SIZE}),
        found AS (SELECT ${userColumns(db)} FROM users WHERE id IN (SELECT id FROM paged))
      SELECT (SELECT n FROM gathered) AS gathered, found.*
      FROM (VALUES (0)) AS always LEFT JOIN found ON true
      ORDER BY ${db.unsafe(`found.${column} ${order}, found.id ${order}`)}`;
    if (rows[0]!.gathered < GATHER_AT_MOST) {
      return rows.filter((row) => row.id != null).map(({ gathered: _, ...user }) => user as UserRow);
    }
    denseSearches.add(query.search);
  }
  return db<UserRow[]>`SELECT ${userColumns(db)} FROM users WHERE user_type <> 'bot' ${types} AND ${matching} ${page}`;
};

/**
 * get-new-users: users (never bots) created after `datetime`, newest first. A date alone means from
 * its midnight on, as the original's text comparison (`"2020-05-13 00:00:00" > "2020-05-13"`) has it.
 */
export const usersCreatedAfter = (db: Queryable, datetime: string) => {
  const after = datetime.length === 10 ? db`creation_time >= ${datetime}` : db`creation_time > ${datetime}`;
  return db<UserRow[]>`
    SELECT ${userColumns(db)} FROM users
    WHERE ${after} AND user_type <> 'bot'
    ORDER BY creation_time DESC, id DESC`;
};

/** get-online-users: users (never bots) active in the last 15 seconds, newest first. */
export const onlineUsers = (db: Queryable, excludeIds: readonly number[]) =>
  db<UserRow[]>`
    SELECT ${userColumns(db)} FROM users
    WHERE ${isOnline(db)} AND user_type <> 'bot'
      ${excludeIds.length ? db`AND id <> ALL(${excludeIds}::int[])` : db``}
    ORDER BY creation_time DESC, id DESC`;

/**
 * search-users: users (never bots) whose first or last name contains any of `words`, or whose email
 * or any additional detail contains the first word, in ID order. No words: every user.
 */
export const searchUsers = (db: Queryable, words: readonly string[]) => {
  const [first, ...others] = words;
  if (first === undefined) {
    return db<UserRow[]>`SELECT ${userColumns(db)} FROM users WHERE user_type <> 'bot' ORDER BY id`;
  }
  // Plain ORs (not `ILIKE ANY`), and the names', the emails' and the details' matches gathered apart,
  // so that each branch can use its trigram index (an OR with a subquery would test every user instead).
  // The IDs found are gathered first into an array (no order, no duplicates removed: nothing
  // for which walking the primary key's whole index would pay), then fetched by primary key.
  const pattern = containsPattern(first);
  const names = others
    .map(containsPattern)
    .reduce(
      (condition, other) => db`${condition} OR first_name ILIKE ${other} OR last_name ILIKE ${other}`,
      db`first_name ILIKE ${pattern} OR last_name ILIKE ${pattern}`,
    );
  return db<UserRow[]>`
    SELECT ${userColumns(db)} FROM users
    WHERE user_type <> 'bot' AND id = ANY (ARRAY(
      SELECT id FROM users WHERE ${names}
      UNION ALL ${emailsContaining(db, first, pattern)}
      UNION ALL SELECT user_id FROM users_data WHERE value ILIKE ${pattern}))
    ORDER BY id`;
};

/** Past this many users whose email holds a word's part up to its `@`, the word is looked up whole. */
export const LOCAL_PART_PROBE_LIMIT = 64;

/**
 * The IDs of the users whose email contains `word` (`pattern` is its ILIKE pattern).
 *
 * A word like an email (`liam@proton.me`) is looked up first by its part up to the `@`, as
 * `%liam@%`. The domain's trigrams are left out of that lookup: a domain is shared by a large share
 * of all users (gmail.com), so its trigrams' lists in the index grow with the table, and a trigram
 * search pays for every list it holds. Only when the part up to the `@` matches more than
 * LOCAL_PART_PROBE_LIMIT users (a common one, such as `info@`) is the word looked up whole. Either
 * way the answer is the same: every email that contains the word contains that part.
 * Measured on the bench's users (bench/README.md): the scans of one email take 0.15 ms at 10k users
 * and 0.47 ms at 100k, against 0.17 and 1.1 ms looked up whole; search-users answers 1.2 times as
 * many calls a second at both sizes, and 0.93 times as many when the part is a common one.
 */
const emailsContaining = (db: Queryable, word: string, pattern: string) => {
  const at = word.indexOf('@');
  // Fewer than three characters before the `@` would make that lookup too broad to pay.
  if (at < 3 || at === word.length - 1) return db`SELECT id FROM users WHERE email ILIKE ${pattern}`;
  const local = containsPattern(word.slice(0, at + 1));
  // `probe` is materialized: its LIMIT bounds what a common part costs, and both branches read it.
  // The branch whose one-time filter fails is never run.
  return db`(
    WITH probe AS MATERIALIZED (
      SELECT id, email FROM users WHERE email ILIKE ${local} LIMIT ${LOCAL_PART_PROBE_LIMIT + 1})
    SELECT id FROM probe WHERE email ILIKE ${pattern} AND (SELECT count(*) FROM probe) <= ${LOCAL_PART_PROBE_LIMIT}
    UNION ALL
    SELECT id FROM users WHERE email ILIKE ${pattern} AND (SELECT count(*) FROM probe) > ${LOCAL_PART_PROBE_LIMIT})`;
};

/** count-users: `all` is every user but bots, so agents and admins count in it. Counts are strings. */
export const countUsers = async (db: Queryable) => {
  const [row] = await db<{ all: string; lead: string; user: string; visitor: string }[]>`
    SELECT count(*) FILTER (WHERE user_type <> 'bot') AS "all",
           count(*) FILTER (WHERE user_type = 'lead') AS lead,
           count(*) FILTER (WHERE user_type = 'user') AS "user",
           count(*) FILTER (WHERE user_type = 'visitor') AS visitor
    FROM users`;
  return row!;
};

/** Whether the user was active in the last 15 seconds; undefined when no user has this ID. */
export const isUserOnline = async (db: Queryable, id: number): Promise<boolean | undefined> => {
  const [row] = await db<{ online: boolean | null }[]>`SELECT ${isOnline(db)} AS online FROM users WHERE id = ${id}`;
  return row ? row.online === true : undefined;
};

/** The ID of the user who has this email, compared case-insensitively as the unique index does. */
export const emailOwner = async (db: Queryable, email: string): Promise<number | undefined> => {
  const [row] = await db<{ id: string }[]>`SELECT id FROM users WHERE lower(email) = lower(${email})`;
  return row ? Number(row.id) : undefined;
};

/** Whether an error is the unique index on emails refusing a second user with the same email. */
export const isDuplicateEmail = (error: unknown) =>
  typeof error === 'object' &&
  error !== null &&
  (error as { code?: unknown }).code === '23505' &&
  (error as { constraint_name?: unknown }).constraint_name === 'users_email_key';

export interface NewUser {
  first_name: string;
  last_name: string;
  email: string | null;
  profile_image: string;
  /** A bcrypt hash, or `""` for none. */
  password: string;
  user_type: UserType;
  department: number | null;
  token: string;
}

/** Inserts a user; `last_activity` starts at the creation time, so a new user is online for 15 seconds. */
export const insertUser = async (db: Queryable, user: NewUser): Promise<number> => {
  const [row] = await db<{ id: string }[]>`
    INSERT INTO users (first_name, last_name, email, profile_image, password, user_type, department, token,
                       creation_time, last_activity)
    VALUES (${user.first_name}, ${user.last_name}, ${user.email}, ${user.profile_image}, ${user.password},
            ${user.user_type}, ${user.department}, ${user.token}, utc_now(), utc_now())
    RETURNING id`;
  return Number(row!.id);
};

/** The fields of a user that update-user reads, locked until the transaction ends. */
export const lockUser = async (db: Queryable, id: number) => {
  const [row] = await db<{ first_name: string; last_name: string; email: string | null; user_type: UserType }[]>`
    SELECT first_name, last_name, email, user_type FROM users WHERE id = ${id} FOR UPDATE`;
  return row;
};

export type UserChanges = Partial<Omit<NewUser, 'token'>>;

/** Sets the given columns of a user (the keys are typed column names, never caller input). */
export const updateUserColumns = async (db: Queryable, id: number, changes: UserChanges) => {
  const columns = Object.keys(changes) as (keyof UserChanges)[];
  if (!columns.length) return;
  await db`UPDATE users SET ${db(changes, columns)} WHERE id = ${id}`;
};

/** Stores details, each replacing the user's detail with the same slug. */
export const upsertUserDetails = async (db: Queryable, userId: number, details: readonly UserDetail[]) => {
  if (!details.length) return;
  const rows = details.map((detail) => ({ user_id: userId, ...detail }));
  await db`
    INSERT INTO users_data ${db(rows, 'user_id', 'slug', 'name', 'value')}
    ON CONFLICT (user_id, slug) DO UPDATE SET name = EXCLUDED.name, value = EXCLUDED.value`;
};

export const deleteUserDetails = async (db: Queryable, userId: number, slugs: readonly string[]) => {
  if (!slugs.length) return;
  await db`DELETE FROM users_data WHERE user_id = ${userId} AND slug = ANY(${slugs}::text[])`;
};

/** The value of one detail of a user, or undefined. */
export const userDetailValue = async (db: Queryable, userId: number, slug: string) => {
  const [row] = await db<
    { value: string }[]
  >`SELECT value FROM users_data WHERE user_id = ${userId} AND slug = ${slug}`;
  return row?.value;
};

/** Stores one detail of a user; false when no user has this ID. */
export const setUserDetail = async (db: Queryable, userId: number, detail: UserDetail): Promise<boolean> => {
  const rows = await db`
    INSERT INTO users_data (user_id, slug, name, value)
    SELECT id, ${detail.slug}, ${detail.name}, ${detail.value} FROM users WHERE id = ${userId}
    ON CONFLICT (user_id, slug) DO UPDATE SET name = EXCLUDED.name, value = EXCLUDED.value
    RETURNING id`;
  return rows.length > 0;
};

/**
 * Deletes users and returns the IDs that existed, in ascending order. The foreign keys take their
 * conversations, the messages they sent and their details with them, and unassign the conversations
 * they were the agent of.
 */
export const deleteUsers = async (db: Queryable, ids: readonly number[]): Promise<number[]> => {
  if (!ids.length) return [];
  // One array parameter, however many IDs: PostgreSQL takes at most 65,535 parameters in a statement.
  const rows = await db<{ id: string }[]>`DELETE FROM users WHERE id = ANY(${ids}::int[]) RETURNING id`;
  return rows.map((row) => Number(row.id)).sort((a, b) => a - b);
};

/** Makes a visitor or user a lead; agents, admins and bots are left as they are. */
export const updateUserToLead = async (db: Queryable, id: number) => {
  await db`UPDATE users SET user_type = 'lead' WHERE id = ${id} AND user_type IN ('visitor', 'user')`;
};
