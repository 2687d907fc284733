import { describe, expect, test } from 'vitest';
import { createDenseSearches } from '../../src/queries/dense-searches.js';

describe('the searches found dense', () => {
  test('are remembered for a minute, then gathered again', () => {
    let clock = 0;
    const dense = createDenseSearches(() => clock);
    expect(dense.has('Tanaka')).toBe(false);
    dense.add('Tanaka');
    clock = 59_999;
    expect(dense.has('Tanaka')).toBe(true);
    expect(dense.has('tanaka')).toBe(false);
    clock = 60_000;
    expect(dense.has('Tanaka')).toBe(false);
  });

  test('keep 500 searches at most, forgetting the oldest, and never a long one', () => {
    const dense = createDenseSearches(() => 0);
    for (let i = 0; i <= 500; i++) dense.add(`name${i}`);
    expect(dense.has('name0')).toBe(false);
    expect(dense.has('name1')).toBe(true);
    expect(dense.has('name500')).toBe(true);
    dense.add('x'.repeat(65));
    expect(dense.has('x'.repeat(65))).toBe(false);
    dense.add('x'.repeat(64));
    expect(dense.has('x'.repeat(64))).toBe(true);
  });
});
