import { describe, expect, test } from 'vitest';
import { conversationCsv, customFieldNames, toCsv, usersCsv } from '../src/index.js';

describe('CSV exports', () => {
  test('RFC 4180: quotes a cell with a comma, a quote or a line break; CRLF ends each line', () => {
    expect(
      toCsv(
        ['a', 'b'],
        [
          ['x, y', 'say "hi"'],
          ['two\nlines', null],
        ],
      ),
    ).toBe('a,b\r\n"x, y","say ""hi"""\r\n"two\nlines",\r\n');
  });

  test('a cell a spreadsheet would run as a formula starts with a quote', () => {
    expect(toCsv(['v'], [['=1+1'], ['+33 1'], ['-2'], ['@SUM(A1)'], ['plain']])).toBe(
      "v\r\n'=1+1\r\n'+33 1\r\n'-2\r\n'@SUM(A1)\r\nplain\r\n",
    );
  });

  test('a conversation: one row a message, under the header naming its columns', () => {
    const message = {
      id: '1',
      user_id: '2',
      message: 'Hi',
      creation_time: '2026-01-01 10:00:00',
      status_code: '0',
      attachments: '',
      payload: '',
      conversation_id: '3',
    };
    expect(conversationCsv([message])).toBe(
      'ID,User ID,Message,Creation Time,Status Code,Attachments,Payload,Conversation ID\r\n' +
        '1,2,Hi,2026-01-01 10:00:00,0,,,3\r\n',
    );
  });

  test('users: built-in details by slug, then the custom fields by name', () => {
    const user = {
      id: '7',
      first_name: 'Ann',
      last_name: 'Lee',
      email: null,
      profile_image: null,
      user_type: 'user',
      creation_time: '2026-01-01 10:00:00',
      details: [
        { slug: 'city', name: 'Town', value: 'Oslo' },
        { slug: 'shoe-size', name: 'Shoe size', value: '42' },
      ],
    };
    const customFields = customFieldNames([{ 'extra-field-name': 'Shoe size' }, { other: 1 }, null]);
    expect(customFields).toEqual(['Shoe size']);
    const [header, row] = usersCsv([user], customFields).split('\r\n');
    expect(header).toBe(
      'ID,First Name,Last Name,Email,Profile Image,Type,Creation Time,Birthdate,City,Company,Country,Facebook,Language,LinkedIn,Phone,Twitter,Website,Shoe size',
    );
    expect(row).toBe('7,Ann,Lee,,,user,2026-01-01 10:00:00,,Oslo,,,,,,,,,42');
  });
});
