import { defineHandler, refuse } from '../../context.js';
import { serviceRefusal } from '../../integrations/errors.js';

/** Creates the intent in the configured agent, in `agent_language` or the bot's main language. */
export const dialogflowIntent = defineHandler('dialogflow-intent', async (args, ctx) => {
  const dialogflow = ctx.services.dialogflow;
  if (!dialogflow) return refuse('dialogflow-not-active');
  try {
    await dialogflow.createIntent({
      expressions: args.expressions,
      response: args.response,
      language: args.agent_language || dialogflow.language,
    });
    return true as const;
  } catch (error) {
    return serviceRefusal(error);
  }
});
