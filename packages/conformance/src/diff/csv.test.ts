import { describe, expect, test } from 'vitest';
import { csvRows, parseCsv } from './csv.js';

describe('parseCsv', () => {
  test('reads quoted cells, doubled quotes, commas inside quotes and either line end alike', () => {
    expect(parseCsv('ID,"First Name"\r\n1,"a ""b"", c"\n2,x\n')).toEqual([
      ['ID', 'First Name'],
      ['1', 'a "b", c'],
      ['2', 'x'],
    ]);
  });

  test('a quoted export and a plain one give the same rows', () => {
    const plain = 'ID,First Name,Creation Time\r\n7,Ann,2026-01-01 10:00:00\r\n';
    const quoted = 'ID,"First Name","Creation Time"\n7,Ann,"2026-01-01 10:00:00"\n';
    expect(csvRows(quoted)).toEqual(csvRows(plain));
    expect(csvRows(plain)).toEqual([{ id: '7', first_name: 'Ann', creation_time: '2026-01-01 10:00:00' }]);
  });

  test('a text that is not an export with an ID column is not read as one', () => {
    expect(csvRows('{"success":true}')).toBeUndefined();
  });
});
