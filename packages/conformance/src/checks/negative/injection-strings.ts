/** The injection strings the suite sends in arguments (and as a token). */
export const INJECTIONS = ['1 OR 1=1', "'; DROP TABLE users; --"] as const;

/**
 * The same attacks without spaces, for free-text searches: a search splits on spaces and matches
 * each word, so `1` of `1 OR 1=1` may rightly find a phone number; these single words cannot.
 */
export const SPACELESS_INJECTIONS = ["x'OR'1'='1", "';DROP/**/TABLE/**/users;--"] as const;

/** Database error text that must never reach a client. */
export const SQL_LEAK =
  /SQLSTATE|syntax error|error in your SQL|mysqli?|postgres|pg_|sqlite|ORA-\d{4}|unterminated quoted|Unknown column/i;
