import { z } from 'zod';
import { DbId } from './common.js';

/** The apps that have a licence key. */
export const APP_NAMES = ['slack', 'dialogflow'] as const;

export const Article = z
  .object({
    id: z.string().describe('A short random ID, e.g. `6P2Oq`.'),
    title: z.string(),
    content: z.string(),
    link: z.string().describe('A URL, or `""`.'),
  })
  .meta({ id: 'Article', description: 'A help article.' });

/** An article as save-articles takes it: `link` may be left out. */
export const ArticleInput = z
  .object({
    id: z.string().min(1).max(255).describe('The ID that get-articles finds the article by, e.g. `6P2Oq`.'),
    title: z.string().max(255).describe('The title; an article without one is left out of get-articles lists.'),
    content: z.string().max(65_535),
    link: z.string().max(2048).default('').describe('A URL, or `""`.'),
  })
  .describe('An article: `{"id", "title", "content", "link"}`.');

export const SavedReply = z
  .object({ 'reply-name': z.string(), 'reply-text': z.string() })
  .meta({ id: 'SavedReply', description: 'A saved reply agents can insert.' });

/** Each setting is stored as `[value, type]`. */
export const SettingsObject = z
  .record(z.string(), z.tuple([z.unknown(), z.string()]))
  .meta({ id: 'Settings', description: 'All settings: `{"setting-id": [value, "type"], ...}`.' });

export const Versions = z
  .object({
    sb: z.string().describe('Support Board, e.g. `3.0.4`.'),
    dialogflow: z.string().optional().describe('The Dialogflow app, when it is installed.'),
    slack: z.string().optional().describe('The Slack app, when it is installed.'),
  })
  .meta({ id: 'Versions', description: 'Version numbers of Support Board and its apps.' });

/** What is-agent-typing answers when an agent is typing: three columns of the agent, as strings. */
export const TypingAgent = z
  .object({ id: DbId, first_name: z.string(), last_name: z.string() })
  .meta({ id: 'TypingAgent', description: 'The agent or admin typing in the conversation.' });
