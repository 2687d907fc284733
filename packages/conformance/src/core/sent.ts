import { type AnyMethod, isMethodName, methods } from '@support-board/contract';
import type { SentCall } from './api.js';
import type { ByMethod } from './types.js';

/** The argument a form field fills: its own name, or the argument it is another name of. */
const argumentOf = (method: AnyMethod, field: string): string | undefined =>
  Object.entries(method.args).find(([name, arg]) => name === field || arg.spec.aliases.includes(field))?.[0];

/** The arguments some calls carried, by method, each named once (fields no argument reads left out). */
export const sentArgs = (calls: readonly SentCall[]): ByMethod => {
  const byMethod = new Map<string, Set<string>>();
  for (const { method, fields = [] } of calls) {
    if (!method || !isMethodName(method)) continue;
    const names = byMethod.get(method) ?? new Set<string>();
    for (const [field] of fields) {
      const name = argumentOf(methods[method] as AnyMethod, field);
      if (name) names.add(name);
    }
    byMethod.set(method, names);
  }
  return Object.fromEntries([...byMethod].map(([method, names]) => [method, [...names].sort()]));
};
