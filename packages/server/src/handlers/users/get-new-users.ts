import { defineHandler, refuse } from '../../context.js';
import { usersCreatedAfter } from '../../queries/users.js';

/** Whether `YYYY-MM-DD[ HH:MM:SS]` names a moment that exists (no 30 February, no 25 o'clock). */
const isRealDatetime = (text: string) => {
  const [year, month, day, hour = 0, minute = 0, second = 0] = text.split(/[- :]/).map(Number) as number[];
  const date = new Date(Date.UTC(year!, month! - 1, day, hour, minute, second));
  return (
    date.getUTCFullYear() === year &&
    date.getUTCMonth() === month! - 1 &&
    date.getUTCDate() === day &&
    date.getUTCHours() === hour &&
    date.getUTCMinutes() === minute &&
    date.getUTCSeconds() === second
  );
};

export const getNewUsers = defineHandler('get-new-users', async ({ datetime }, { sql }) => {
  if (!isRealDatetime(datetime)) {
    return refuse('invalid-argument', { argument: 'datetime', reason: `"${datetime}" is not a real date and time` });
  }
  return usersCreatedAfter(sql, datetime);
});
