import type { Tx } from '../db/database.js';
import { newToken } from '../seed/admin.js';
import { insertUser } from './users.js';

/** Any fixed number: serialises the creation of the bot user by concurrent calls. */
const BOT_LOCK = 4_240_004;

const firstBot = async (tx: Tx) => {
  const [bot] = await tx<{ id: string }[]>`SELECT id FROM users WHERE user_type = 'bot' ORDER BY id LIMIT 1`;
  return bot ? Number(bot.id) : undefined;
};

/** The bot user that Dialogflow's replies are sent as: the first `bot` user, made when there is none. */
export const ensureBotUser = async (tx: Tx, profileImage: string): Promise<number> => {
  const found = await firstBot(tx);
  if (found !== undefined) return found;
  await tx`SELECT pg_advisory_xact_lock(${BOT_LOCK})`;
  const made = await firstBot(tx);
  if (made !== undefined) return made;
  return insertUser(tx, {
    first_name: 'Virtual',
    last_name: 'Agent',
    email: null,
    profile_image: profileImage,
    password: '',
    user_type: 'bot',
    department: null,
    token: newToken(),
  });
};
