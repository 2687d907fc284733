import type { Sql } from '../src/db/database.js';

const FIRST_NAMES = (
  'Emma Liam Olivia Noah Ava Lucas Mia Mateo Sofia Hugo Chloe Leo Amara Kenji Priya Omar Ingrid Pavel Zara Diego ' +
  'Hana Tomas Nadia Felix Yara Jonas Elena Malik Aiko Rafael Lena Arjun Freya Carlos Ines Viktor Maya Samir Clara Dmitri'
).split(' ');
const LAST_NAMES = (
  'Smith Garcia Muller Rossi Dubois Tanaka Kowalski Silva Jensen Novak Okafor Haddad Larsen Moreau Costa ' +
  'Schmidt Ivanova Nakamura Fischer Romano Lindqvist Mendes Weber Kim Patel Nguyen Horvat Ozturk Murphy Alvarez'
).split(' ');
const DOMAINS = ['gmail.com', 'outlook.com', 'yahoo.com', 'proton.me', 'example.org', 'mail.de'];

/**
 * Bench data written straight into the database with set-based SQL (fast at any size): `users`
 * customers with a detail each, one conversation per customer, `messages` messages spread over them.
 * Returns the ids the benchmark calls with.
 */
export const seedBenchData = async (sql: Sql, { users, messages }: { users: number; messages: number }) => {
  const [next] = await sql<{ first: string }[]>`SELECT coalesce(max(id), 0) + 1 AS first FROM users`;
  const start = Number(next!.first);
  // Names and emails as varied as a real customer base's: a search then has to find its match among
  // names that share some trigrams, not among 100k emails that all start with the same word.
  await sql`
    INSERT INTO users (first_name, last_name, email, user_type, token, creation_time, last_activity)
    SELECT first_name, last_name,
      lower(first_name) || '.' || lower(last_name) || i || '@' || (${DOMAINS}::text[])[1 + i % ${DOMAINS.length}],
      'user', md5('token' || i) || 'abcdefgh', utc_now() - (i || ' seconds')::interval, utc_now() - (i || ' seconds')::interval
    FROM generate_series(${start}::int, ${start + users - 1}::int) AS i,
      LATERAL (SELECT (${FIRST_NAMES}::text[])[1 + i % ${FIRST_NAMES.length}] AS first_name,
        (${LAST_NAMES}::text[])[1 + (i / ${FIRST_NAMES.length}) % ${LAST_NAMES.length}] AS last_name) AS names`;
  await sql`
    INSERT INTO users_data (user_id, slug, name, value)
    SELECT id, 'city', 'City', 'City ' || (id % 500) FROM users WHERE id >= ${start}`;
  await sql`
    INSERT INTO conversations (user_id, title, status_code, creation_time)
    SELECT id, 'Conversation of ' || first_name, id % 5, creation_time FROM users WHERE id >= ${start}`;
  // The trigger that tracks the last message would run a million times: set it once at the end instead.
  await sql`ALTER TABLE messages DISABLE TRIGGER messages_track_last_message`;
  await sql`
    INSERT INTO messages (user_id, conversation_id, message, creation_time)
    SELECT c.user_id, c.id, 'Hello, message number ' || g.i || ' about ticket ' || substr(md5(g.i::text), 1, 8),
      utc_now() - ((${messages} - g.i) || ' seconds')::interval
    FROM generate_series(1, ${messages}::int) AS g(i)
    JOIN conversations c ON c.id = (SELECT min(id) FROM conversations WHERE user_id >= ${start}) + (g.i % ${users})`;
  await sql`ALTER TABLE messages ENABLE TRIGGER messages_track_last_message`;
  await sql`
    UPDATE conversations c SET last_message_id = m.id, last_message_time = m.creation_time
    FROM (SELECT DISTINCT ON (conversation_id) conversation_id, id, creation_time FROM messages
          ORDER BY conversation_id, creation_time DESC, id DESC) m
    WHERE m.conversation_id = c.id AND c.user_id >= ${start}`;
  // VACUUM too: a bulk load leaves its rows in the GIN indexes' pending lists, which every search would
  // read through until autovacuum merges them (a cost of the load, not of the queries).
  await sql`VACUUM ANALYZE`;
  const [conversation] = await sql<{ id: string; user_id: string }[]>`
    SELECT id, user_id FROM conversations WHERE user_id >= ${start} ORDER BY id LIMIT 1`;
  // The conversation of the newest seeded message but one that send-message floods during the run:
  // what a client polls with get-new-messages.
  const [recent] = await sql<{ conversation_id: string; user_id: string }[]>`
    SELECT m.conversation_id, c.user_id FROM messages m JOIN conversations c ON c.id = m.conversation_id
    WHERE c.user_id >= ${start} AND c.id <> ${conversation!.id} ORDER BY m.id DESC LIMIT 1`;
  // A ticket code that appears in one message: what a search for it must find among all the others.
  const [ticket] = await sql<{ code: string }[]>`SELECT substr(md5(${Math.floor(messages / 2)}::text), 1, 8) AS code`;
  // The email a search looks for: one seeded user's (the benchmark searches the first seed's at both sizes).
  const [searched] = await sql<
    { email: string }[]
  >`SELECT email FROM users WHERE id = ${start + Math.floor(users / 2)}`;
  return {
    email: searched!.email,
    userId: start,
    conversationId: Number(conversation!.id),
    customerId: Number(conversation!.user_id),
    recent: { conversationId: Number(recent!.conversation_id), userId: Number(recent!.user_id) },
    ticket: ticket!.code,
  };
};
