/**
 * A trigram (GIN) index adds new entries to a pending list, merged into the index by VACUUM or once
 * it passes `gin_pending_list_limit` (4 MB by default), and every search reads the whole list. Each
 * message inserts into messages_search and updates its conversation's row, which (its last-message
 * columns being indexed) adds an entry to conversations_search too: after 20,000 messages without a
 * VACUUM, search-conversations took 10.7 ms instead of 2.7 (measured on 10k users, 100k messages).
 * With lists of 64 kB (the least PostgreSQL allows), 2.3 ms, and the writes as fast (1,007 µs a
 * message against 1,017; `fastupdate = off` cost 9% more). See the server's bench README.
 */
export const smallPendingLists = /* sql */ `
ALTER INDEX users_search SET (gin_pending_list_limit = 64);
ALTER INDEX users_data_search SET (gin_pending_list_limit = 64);
ALTER INDEX conversations_search SET (gin_pending_list_limit = 64);
ALTER INDEX messages_search SET (gin_pending_list_limit = 64);
ALTER INDEX articles_search SET (gin_pending_list_limit = 64);
`;
