import { describe, expect, test } from 'vitest';
import { type Comparer, compareValues } from './compare.js';
import { Twins } from './twins.js';

const comparer = (method: string, twins = new Twins()): Comparer => ({
  twins,
  a: { marker: 'sbc0000000001', bases: ['http://a.test/'] },
  b: { marker: 'sbc0000000001', bases: ['http://b.test/'] },
  applied: new Map(),
  counts: { a: new Map(), b: new Map() },
  method,
  ordered: true,
});

describe('compareValues', () => {
  test("A's user 35 is B's user 1207 wherever it appears, once bound", () => {
    const twins = new Twins();
    expect(
      compareValues({ success: true, response: 35 }, { success: true, response: 1207 }, comparer('add-user', twins)),
    ).toEqual([]);
    const user = (id: string, time: string) => ({ id, first_name: 'Ann', creation_time: time });
    expect(
      compareValues(
        { response: user('35', '2026-01-01 10:00:00') },
        { response: user('1207', '2026-03-04 11:12:13') },
        comparer('get-user', twins),
      ),
    ).toEqual([]);
  });

  test('an ID bound to another is a difference, and a user ID is not a conversation ID', () => {
    const twins = new Twins();
    compareValues({ response: 35 }, { response: 1207 }, comparer('add-user', twins));
    expect(
      compareValues({ response: { id: '35' } }, { response: { id: '1208' } }, comparer('get-user', twins)),
    ).toEqual([{ path: ['response', 'id'], a: '35', b: '1208' }]);
    // Conversation 35 is free to be B's conversation 9.
    expect(
      compareValues(
        { response: { details: { id: '35' } } },
        { response: { details: { id: '9' } } },
        comparer('get-conversation', twins),
      ),
    ).toEqual([]);
  });

  test("values that differ by something other than an ID, a time or the installation's URL are reported", () => {
    const found = compareValues(
      { response: { link: 'http://a.test/media/x.png', status_code: '0', name: 'Ann' } },
      { response: { link: 'http://b.test/media/x.png', status_code: '2', name: 'Anne' } },
      comparer('get-conversation'),
    );
    expect(found.map((d) => d.path.join('.'))).toEqual(['response.status_code', 'response.name']);
  });

  test('lists pair by ID; a changed order is a difference where the method promises one', () => {
    const twins = new Twins();
    twins.bind('user', '1', '1');
    twins.bind('user', '2', '2');
    const items = (...ids: string[]) => ids.map((id) => ({ id, text: `m${id} sbc0000000001` }));
    const ordered = compareValues(
      { response: items('1', '2') },
      { response: items('2', '1') },
      comparer('get-users', twins),
    );
    expect(ordered.map((d) => d.path.join('.'))).toEqual(['response.(order)']);
    const unordered = { ...comparer('search-users', twins), ordered: false };
    expect(compareValues({ response: items('1', '2') }, { response: items('2', '1') }, unordered)).toEqual([]);
  });

  test("items of the targets' own data on one side only are left out, the run's are reported", () => {
    const found = compareValues(
      {
        response: [
          { id: '5', name: 'seeded' },
          { id: '6', name: 'mine sbc0000000001' },
        ],
      },
      { response: [] },
      comparer('get-users'),
    );
    expect(found).toEqual([{ path: ['response', 1], a: { id: '6', name: 'mine sbc0000000001' }, b: undefined }]);
  });
});
