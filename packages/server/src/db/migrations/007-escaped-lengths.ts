/**
 * Names and emails are stored HTML-escaped, as the original stores them, which can make them up to
 * five times longer (`&` becomes `&amp;`): each column holds the escaped form of the longest value
 * the contract accepts (first and last name 100, email 255). Widening a varchar rewrites nothing.
 */
export const escapedLengths = /* sql */ `
ALTER TABLE users ALTER COLUMN first_name TYPE varchar(500);
ALTER TABLE users ALTER COLUMN last_name TYPE varchar(500);
ALTER TABLE users ALTER COLUMN email TYPE varchar(1275);
`;
