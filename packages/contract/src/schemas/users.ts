import { z } from 'zod';
import { MAX_ID } from '../wire/args.js';
import { Datetime, DbId, Department, UserType } from './common.js';

export const UserDetail = z
  .object({
    slug: z.string().describe('The detail ID, e.g. `phone`, `city`, `current_url`.'),
    name: z.string().describe('The human-readable name, e.g. `Phone`.'),
    value: z.string(),
  })
  .meta({ id: 'UserDetail', description: 'One additional user detail ("extra").' });

/** The columns the original selects for users (`SELECT_FROM_USERS`). */
export const User = z
  .object({
    id: DbId,
    first_name: z.string(),
    last_name: z.string(),
    email: z.string().nullable(),
    profile_image: z.string().nullable().describe('URL of the profile picture.'),
    user_type: UserType,
    creation_time: Datetime,
    last_activity: Datetime.nullable(),
    department: Department,
    token: z.string().describe("The user's secret token (40 hex characters)."),
  })
  .meta({ id: 'User', description: 'A user, agent or admin, as list methods return it.' });

export const UserWithDetails = User.extend({
  password: z
    .string()
    .optional()
    .describe(
      'The original returns the bcrypt hash of the password (`""` when none). The reference server never returns it.',
    ),
  details: z.array(UserDetail).optional().describe('The additional details; present when `extra` is true.'),
}).meta({ id: 'UserWithDetails', description: 'A user as get-user returns it.' });

/** The most details one call may set: a bound on the rows one call writes. */
export const MAX_DETAILS = 1000;

/** The most IDs one list may hold (delete-users, get-online-users): a bound on the work one call asks for. */
export const MAX_ID_LIST = 10_000;

/** Extra details as add-user and update-user take them: `{"slug": ["value", "Name"]}`. */
export const ExtraInput = z
  .record(
    z.string().min(1).max(255),
    z.union([
      z.tuple([z.string(), z.string().max(255)]).describe('[value, name]: a name of at most 255 characters'),
      z.tuple([z.string()]).describe('[value]: the name defaults to the slug'),
    ]),
  )
  .refine((extra) => Object.keys(extra).length <= MAX_DETAILS, `at most ${MAX_DETAILS} details`)
  .meta({
    id: 'ExtraInput',
    maxProperties: MAX_DETAILS,
    description:
      'Additional user details: `{"ID": ["value", "Name"], ...}`, at most 1000. Built-in IDs: phone, city, language, country, birthday, company, facebook, twitter, linkedin, website, ip, country_code, browser, currency, location, os, time_zone, current_url.',
  });

/**
 * User IDs in a JSON argument (delete-users, get-online-users): numbers as documented, or strings of
 * digits as the responses give them. Both become numbers.
 */
export const UserIdList = z
  .array(
    z.union([
      z.int().min(1).max(MAX_ID),
      z
        .string()
        .regex(/^\d{1,10}$/)
        .transform(Number)
        .pipe(z.int().min(1).max(MAX_ID)),
    ]),
  )
  .max(MAX_ID_LIST);
