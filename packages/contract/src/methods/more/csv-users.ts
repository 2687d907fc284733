import { z } from 'zod';
import { defineMethod } from '../../define.js';

export const csvUsers = defineMethod({
  name: 'csv-users',
  group: 'more',
  summary: 'Export all the users in a CSV file and return the URL.',
  description:
    'Export all the users, agents and admins (bots excluded) in a CSV file and return its URL. The URL ends with `?v=` and a random number, as the original makes it.',
  args: {},
  response: z.string().describe('The URL of the CSV file.'),
  request: {},
  examples: [
    { name: 'exported', summary: 'The URL of the file', value: 'https://board.support/uploads/users.csv?v=42' },
  ],
  notes: [
    {
      id: 'csv-users-cache-buster',
      kind: 'disagreement',
      topic: 'csv-users: the URL ends with `?v=<random>`',
      documented: 'The example URL is `https://board.support/uploads/users.csv`.',
      original: 'Appends `?v=` and a random number from 1 to 100, so that browsers do not show an older export.',
      decision: 'Match the original; the example shows it. Treat the URL as opaque.',
    },
    {
      id: 'csv-users-public-file',
      kind: 'difference',
      topic: 'csv-users: who can download the export',
      original:
        'Writes the file to `uploads/users.csv`, a fixed public URL that anyone can download, with every name and email, until the next export overwrites it.',
      decision:
        'The reference server serves the file under a path holding a long random part (the file name stays `users.csv`), so only who received the URL can download it.',
    },
  ],
});
