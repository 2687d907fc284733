import { defineHandler, refuse } from '../../context.js';
import { serviceRefusal } from '../../integrations/errors.js';
import { saveAppKey } from '../../queries/app-keys.js';

/** Checks the key with the licence server and, when it activates the app, saves it for app-get-key. */
export const appActivation = defineHandler('app-activation', async (args, ctx) => {
  const license = ctx.services.license;
  if (!license) return refuse('activation-not-active');
  const key = args.key.trim();
  if (key === '') return refuse('invalid-key');
  let status: Awaited<ReturnType<typeof license.activate>>;
  try {
    status = await license.activate({ app: args.app_name, key });
  } catch (error) {
    return serviceRefusal(error);
  }
  if (status !== 'success') return refuse(status);
  await saveAppKey(ctx.sql, args.app_name, key);
  return 'success' as const;
});
