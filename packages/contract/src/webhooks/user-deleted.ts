import { defineWebhook } from '../define.js';
import { DbId } from '../schemas/common.js';

export const userDeletedWebhook = defineWebhook({
  name: 'user-deleted',
  summary: 'Webhook sent when a user is deleted.',
  description: '`data` is the ID of the deleted user, as a string.',
  data: DbId.describe('The ID of the deleted user.'),
  example: '951',
  firedBy: ['delete-user', 'delete-users'],
  trigger: 'After a user has been deleted: once per user, also when delete-users deletes several.',
  notes: [
    {
      id: 'user-deleted-server-fired',
      kind: 'difference',
      topic: 'user-deleted is fired by the API',
      original:
        'Fired by the admin area when an agent deleted a user, so delete-user and delete-users calls fire nothing.',
      decision:
        'The reference server fires it once for each user delete-user or delete-users deletes; unknown IDs (still answered `true`) fire nothing.',
    },
  ],
});
