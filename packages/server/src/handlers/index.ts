import type { MethodName } from '@support-board/contract';
import type { Handler } from '../context.js';
import { conversationsHandlers } from './conversations/index.js';
import { moreHandlers } from './more/index.js';
import { usersHandlers } from './users/index.js';

/** Every method's handler; the type makes a missing one a compile error. */
export const handlers: { [N in MethodName]: Handler<N> } = {
  ...usersHandlers,
  ...conversationsHandlers,
  ...moreHandlers,
};
