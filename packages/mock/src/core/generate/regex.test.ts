import { describe, expect, test } from 'vitest';
import { createRandom, hashText } from './random.js';
import { stringMatching } from './regex.js';

describe('stringMatching', () => {
  const patterns = [
    /^\d+$/,
    /^-?\d+$/,
    /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/,
    /^[A-Z]{2}-\d{3,5}$/,
    /^(pub|sub)id-[a-f0-9]{8}$/,
    /^[^\s@]+@example\.(com|org)$/,
    /^v\d+(\.\d+){2}(-beta)?$/,
  ];
  test.each(patterns.map((pattern) => [pattern.source, pattern] as const))('%s', (_, pattern) => {
    for (let seed = 0; seed < 50; seed++) expect(stringMatching(pattern, createRandom(seed))).toMatch(pattern);
  });

  test('look-arounds are refused, not guessed', () => {
    expect(stringMatching(/^(?=a)a$/, createRandom(1))).toBeUndefined();
  });
});

describe('random', () => {
  test('the same seed gives the same sequence', () => {
    const a = createRandom(hashText('x'));
    const b = createRandom(hashText('x'));
    expect(Array.from({ length: 5 }, () => a.int(0, 1000))).toEqual(Array.from({ length: 5 }, () => b.int(0, 1000)));
  });
});
