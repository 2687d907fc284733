import { z } from 'zod';

/**
 * Values read from the database travel as strings, as the original (mysqli without native types)
 * sends them: `"id":"880"`, `"status_code":"0"`. Empty columns are `null`.
 */
export const DbId = z.string().regex(/^\d+$/).describe('A row ID, as a string of digits.');

export const DbInteger = z
  .string()
  .regex(/^-?\d+$/)
  .describe('An integer, as a string.');

/** Timestamps are UTC, `YYYY-MM-DD HH:MM:SS`, no zone. */
export const Datetime = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/)
  .describe('UTC date and time, `YYYY-MM-DD HH:MM:SS`.');

export const USER_TYPES = ['visitor', 'lead', 'user', 'agent', 'admin', 'bot'] as const;
export const UserType = z.enum(USER_TYPES).describe('visitor, lead, user, agent, admin or bot.');

export const STATUS_CODES = ['0', '1', '2', '3', '4'] as const;
export const StatusCode = z
  .enum(STATUS_CODES)
  .describe(
    'Conversation status: 0 live, 1 waiting answer from user, 2 waiting answer from agent, 3 archive, 4 trash.',
  );

export const statusCodeText =
  'Status codes: live = 0, waiting answer from user = 1, waiting answer from agent = 2, archive = 3, trash = 4.';

/** A department ID as stored (the original keeps it in a TINYINT), or `null`. */
export const Department = z
  .string()
  .nullable()
  .describe('The department ID as a string, or `null` when none. (Front-end webhooks send `""` for none.)');

/** `[["name", "url"], ...]`: the attachments of a message. */
export const Attachments = z
  .array(z.tuple([z.string().describe('Name'), z.string().describe('Full URL')]))
  .meta({ id: 'Attachments', description: 'Attachments: `[["name", "link"], ...]`.' });

/** A JSON object of any keys: a message payload. */
export const Payload = z.record(z.string(), z.unknown()).meta({
  id: 'Payload',
  description: 'Additional information of a message: a JSON object, any keys and values.',
});
