import type { Sql, Tx } from '../db/database.js';
import { escapeHtml } from '../text.js';
import { newToken } from './admin.js';
import { AGENTS, ARTICLES, BOT, SETTINGS } from './demo-data.js';
import { DEMO_TIMES, type PlannedConversation, type PlannedCustomer, planDemo } from './demo-plan.js';
import { seededRandom } from './random.js';

/** Any fixed number: the same demo data on every first start. */
const SEED = 20_200_513;

/** A time `seconds` before now (utc_now() is fixed for the transaction, so the order holds). */
const ago = (tx: Tx, seconds: number) => tx`utc_now() - make_interval(secs => ${seconds})`;

interface StaffRow {
  first_name: string;
  last_name: string;
  email: string | null;
  user_type: 'agent' | 'bot';
  department: number | null;
  picture: string;
  activeAgo: number | null;
}

const insertStaff = async (tx: Tx, staff: StaffRow) => {
  const [row] = await tx<{ id: string }[]>`
    INSERT INTO users (first_name, last_name, email, profile_image, user_type, token, department, creation_time,
                       last_activity)
    VALUES (${staff.first_name}, ${staff.last_name}, ${staff.email}, ${staff.picture}, ${staff.user_type}, ${newToken()},
            ${staff.department}, ${ago(tx, 31 * DEMO_TIMES.DAY)},
            ${staff.activeAgo === null ? null : ago(tx, staff.activeAgo)})
    RETURNING id`;
  return Number(row!.id);
};

const insertCustomer = async (tx: Tx, customer: PlannedCustomer, picture: string) => {
  const [row] = await tx<{ id: string }[]>`
    INSERT INTO users (first_name, last_name, email, profile_image, user_type, token, creation_time, last_activity)
    VALUES (${customer.first_name}, ${customer.last_name}, ${customer.email}, ${picture}, ${customer.user_type},
            ${newToken()}, ${ago(tx, customer.createdAgo)}, ${ago(tx, customer.activeAgo)})
    RETURNING id`;
  const id = Number(row!.id);
  const details = customer.details.map((detail) => ({ user_id: id, ...detail }));
  await tx`INSERT INTO users_data ${tx(details, 'user_id', 'slug', 'name', 'value')}`;
  return id;
};

const insertConversation = async (
  tx: Tx,
  conversation: PlannedConversation,
  ids: { customer: number; agent: number | null; responder: number },
) => {
  const [row] = await tx<{ id: string }[]>`
    INSERT INTO conversations (user_id, title, creation_time, status_code, department, agent_id)
    VALUES (${ids.customer}, ${conversation.title ?? ''}, ${ago(tx, conversation.createdAgo)}, ${conversation.status},
            ${conversation.department ?? null}, ${ids.agent})
    RETURNING id`;
  const id = Number(row!.id);
  for (const message of conversation.messages) {
    await tx`
      INSERT INTO messages (user_id, conversation_id, message, creation_time, attachments, payload)
      VALUES (${message.from === 'customer' ? ids.customer : ids.responder}, ${id}, ${escapeHtml(message.text)},
              ${ago(tx, message.ago)}, ${message.attachments.length ? JSON.stringify(message.attachments) : ''},
              ${message.payload ? JSON.stringify(message.payload) : ''})`;
  }
  return id;
};

/**
 * Realistic demo data for a first start: two agents (Sarah in department 1), the Virtual Agent bot,
 * 30 customers with their details, 18 conversations in every status (one agent typing in a live
 * one), two ratings, five articles and the documented settings. Everything comes from a fixed seed;
 * times are relative to now. Writes nothing, and returns false, when the database holds anything
 * besides the admin. `publicUrl` is where this server serves its default pictures.
 */
export const seedDemoData = async (sql: Sql, adminId: number, publicUrl = 'http://localhost:8080'): Promise<boolean> =>
  sql.begin(async (tx) => {
    const [used] = await tx<{ used: boolean }[]>`
      SELECT EXISTS (SELECT 1 FROM users WHERE id <> ${adminId}) OR EXISTS (SELECT 1 FROM settings) AS used`;
    if (used!.used) return false;
    const picture = (name: string) => `${publicUrl}/media/${name}.svg`;
    const { customers, conversations } = planDemo(seededRandom(SEED));

    const agents: number[] = [];
    for (const [index, agent] of AGENTS.entries()) {
      const activeAgo = index === 0 ? 0 : 8 * DEMO_TIMES.MINUTE;
      agents.push(await insertStaff(tx, { ...agent, user_type: 'agent', picture: picture('agent'), activeAgo }));
    }
    const bot = await insertStaff(tx, {
      ...BOT,
      email: null,
      user_type: 'bot',
      department: null,
      picture: picture('bot'),
      activeAgo: null,
    });
    const customerIds: number[] = [];
    for (const customer of customers) customerIds.push(await insertCustomer(tx, customer, picture('user')));

    for (const conversation of conversations) {
      const agent = conversation.agent === undefined ? null : agents[conversation.agent]!;
      const responder = conversation.responder ?? conversation.agent;
      const id = await insertConversation(tx, conversation, {
        customer: customerIds[conversation.customer]!,
        agent,
        responder: responder === 'bot' || responder === undefined ? bot : agents[responder]!,
      });
      if (conversation.rating !== undefined) {
        await tx`INSERT INTO ratings (conversation_id, rating, agent_id) VALUES (${id}, ${conversation.rating}, ${agent})`;
      }
      if (conversation.typing) {
        await tx`UPDATE users SET typing = ${id} WHERE id = ${agent}`;
        await tx`UPDATE users SET last_activity = utc_now() WHERE id = ${customerIds[conversation.customer]!}`;
      }
    }

    for (const [position, article] of ARTICLES.entries()) {
      await tx`
        INSERT INTO articles (id, position, title, content, link)
        VALUES (${article.id}, ${position + 1}, ${article.title}, ${article.content}, ${article.link})`;
    }
    for (const setting of SETTINGS) {
      await tx`INSERT INTO settings (name, value, type) VALUES (${setting.name}, ${tx.json(setting.value as never)}, ${setting.type})`;
    }
    return true;
  });
