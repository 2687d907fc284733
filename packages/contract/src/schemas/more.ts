import { z } from 'zod';

export const Article = z
  .object({
    id: z.string().describe('A short random ID, e.g. `6P2Oq`.'),
    title: z.string(),
    content: z.string(),
    link: z.string().describe('A URL, or `""`.'),
  })
  .meta({ id: 'Article', description: 'A help article.' });

export const SavedReply = z
  .object({ 'reply-name': z.string(), 'reply-text': z.string() })
  .meta({ id: 'SavedReply', description: 'A saved reply agents can insert.' });

/** Each setting is stored as `[value, type]`. */
export const SettingsObject = z
  .record(z.string(), z.tuple([z.unknown(), z.string()]))
  .meta({ id: 'Settings', description: 'All settings: `{"setting-id": [value, "type"], ...}`.' });
