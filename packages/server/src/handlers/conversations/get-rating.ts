import { defineHandler } from '../../context.js';
import { agentRatings } from '../../queries/ratings.js';

export const getRating = defineHandler('get-rating', ({ user_id }, { sql }) => agentRatings(sql, user_id));
