import type { z } from 'zod';
import { fakeDatetime, fakeKey, fakeText } from './fake.js';
import type { Random } from './random.js';
import { stringMatching } from './regex.js';

/**
 * Walks a zod 4 schema and makes a value it accepts: objects, arrays, unions, literals, enums,
 * strings (patterns, formats, lengths), numbers, records, tuples, nullables and optionals. The name
 * of the field a value sits in picks realistic text (emails, names, URLs, tokens, ...).
 */
interface Def {
  type: string;
  [key: string]: any;
}
interface CheckDef {
  check: string;
  [key: string]: any;
}

const defOf = (schema: unknown): Def => (schema as { _zod: { def: Def } })._zod.def;
const checksOf = (def: Def): CheckDef[] =>
  ((def.checks ?? []) as { _zod: { def: CheckDef } }[]).map((check) => check._zod.def);

const MAX_DEPTH = 10;

interface Walk {
  random: Random;
  field: string | undefined;
  depth: number;
}

export const sample = (schema: z.ZodType, random: Random): unknown =>
  walk(schema, { random, field: undefined, depth: 0 });

const walk = (schema: unknown, at: Walk): unknown => {
  const def = defOf(schema);
  const { random } = at;
  const deeper = (field = at.field): Walk => ({ random, field, depth: at.depth + 1 });
  switch (def.type) {
    case 'object':
      return Object.fromEntries(
        Object.entries(def.shape as Record<string, unknown>).flatMap(([key, value]) => {
          const optional = defOf(value).type === 'optional';
          if (optional && (at.depth >= MAX_DEPTH || !random.chance(0.75))) return [];
          return [[key, walk(value, deeper(key))]];
        }),
      );
    case 'array':
      return Array.from({ length: arrayLength(def, at) }, () => walk(def.element, deeper()));
    case 'tuple':
      // Tuple items have no key: their description ("Name", "Full URL") says what they hold.
      return (def.items as z.ZodType[]).map((item) => walk(item, deeper(item.description ?? at.field)));
    case 'union': {
      const options = def.options as unknown[];
      const first = options.length === 1 || random.chance(0.7);
      return walk(first ? options[0] : random.pick(options.slice(1)), deeper());
    }
    case 'record':
      return Object.fromEntries(
        Array.from({ length: random.int(1, 3) }, () => [recordKey(def.keyType, at), walk(def.valueType, deeper())]),
      );
    case 'literal':
      return random.pick(def.values as unknown[]);
    case 'enum':
      return random.pick(Object.values(def.entries as Record<string, unknown>));
    case 'string':
      return sampleString(def, at);
    case 'number':
      return sampleNumber(def, random);
    case 'boolean':
      return random.chance(0.5);
    case 'null':
      return null;
    case 'nullable':
      return at.depth >= MAX_DEPTH || random.chance(0.15) ? null : walk(def.innerType, at);
    case 'optional':
    case 'default':
    case 'prefault':
    case 'readonly':
    case 'nonoptional':
    case 'catch':
      return walk(def.innerType, at);
    case 'pipe':
      // A response is checked as it is received: the input side of the pipe is what must be made.
      return walk(def.in, at);
    case 'lazy':
      return walk(def.getter(), at);
    case 'unknown':
    case 'any':
      return random.pick([fakeText(at.field, random), random.int(0, 100), random.chance(0.5)]);
    default:
      throw new Error(`cannot generate a value for a zod "${def.type}" schema`);
  }
};

const arrayLength = (def: Def, at: Walk) => {
  let min = 0;
  let max = Number.POSITIVE_INFINITY;
  for (const check of checksOf(def)) {
    if (check.check === 'min_length') min = check.minimum;
    if (check.check === 'max_length') max = check.maximum;
    if (check.check === 'length_equals') min = max = check.length;
  }
  if (at.depth >= MAX_DEPTH) return min;
  const high = Math.min(max, Math.max(min, 1) + 2);
  return at.random.int(Math.min(Math.max(min, 1), high), high);
};

const recordKey = (keyType: unknown, at: Walk): string => {
  const def = defOf(keyType);
  if (def.type === 'string' && checksOf(def).length === 0) return fakeKey(at.field, at.random);
  return String(walk(keyType, at));
};

const sampleString = (def: Def, { field, random }: Walk): string => {
  let min = 0;
  let max = Number.POSITIVE_INFINITY;
  const patterns: RegExp[] = def.pattern instanceof RegExp ? [def.pattern] : [];
  for (const check of checksOf(def)) {
    if (check.check === 'min_length') min = check.minimum;
    if (check.check === 'max_length') max = check.maximum;
    if (check.check === 'length_equals') min = max = check.length;
    if (check.check === 'string_format' && check.pattern instanceof RegExp) patterns.push(check.pattern);
  }
  const fits = (text: string) => text.length >= min && text.length <= max && patterns.every((p) => p.test(text));
  // Meaningful candidates first (so IDs are numbers and times are times), then the pattern itself.
  const candidates = [fakeText(field, random), String(random.int(1, 9999)), fakeDatetime(random)];
  for (const candidate of candidates) if (fits(candidate)) return candidate;
  for (const pattern of patterns) {
    const text = stringMatching(pattern, random);
    if (text !== undefined && fits(text)) return text;
  }
  const text = candidates[0] as string;
  return text.length > max ? text.slice(0, max) : text.padEnd(min, 'x');
};

const sampleNumber = (def: Def, random: Random): number => {
  const integer = typeof def.format === 'string' && def.format.includes('int');
  let low: number | undefined;
  let high: number | undefined;
  for (const check of checksOf(def)) {
    const step = check.inclusive ? 0 : integer ? 1 : 0.001;
    if (check.check === 'greater_than') low = Math.max(low ?? -Infinity, check.value + step);
    if (check.check === 'less_than') high = Math.min(high ?? Infinity, check.value - step);
  }
  const from = low ?? Math.min(0, (high ?? 0) - 9999);
  const to = high ?? from + 9999;
  return integer
    ? random.int(Math.ceil(from), Math.floor(to))
    : Math.round((from + random.next() * (to - from)) * 100) / 100;
};
