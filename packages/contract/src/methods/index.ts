import { conversations } from './conversations/index.js';
import { more } from './more/index.js';
import { users } from './users/index.js';

/** Every method, in the documentation's order. */
export const methodList = [...users, ...conversations, ...more] as const;

type MethodUnion = (typeof methodList)[number];
/** The methods by `function` name, typed. */
export type Methods = { [M in MethodUnion as M['name']]: M };
export type MethodName = keyof Methods;

export const methods = Object.fromEntries(methodList.map((method) => [method.name, method])) as Methods;

export const methodNames = methodList.map((method) => method.name) as MethodName[];

export const isMethodName = (name: string): name is MethodName => Object.hasOwn(methods, name);
