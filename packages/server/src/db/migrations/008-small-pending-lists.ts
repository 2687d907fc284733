/**
 * A trigram (GIN) index adds new entries to a pending list, merged into the index by VACUUM or once
 * it passes `gin_pending_list_limit` (4 MB by default), and every search reads the whole list. Each
 * message inserts into messages_search and updates its conversation's row, which (its last-message
 * columns being indexed) adds an entry to conversations_search too. On 10k users and 100k messages,
 * after 20,000 messages without a VACUUM, search-conversations took 8.3 ms instead of 1.5; with lists
 * of 64 kB (the least PostgreSQL allows) 2.1 ms, the writes as fast (`fastupdate = off` made them 4
 * to 10% slower). `pnpm bench:pending-lists` measures it; see the bench README.
 */
export const smallPendingLists = /* sql */ `
ALTER INDEX users_search SET (gin_pending_list_limit = 64);
ALTER INDEX users_data_search SET (gin_pending_list_limit = 64);
ALTER INDEX conversations_search SET (gin_pending_list_limit = 64);
ALTER INDEX messages_search SET (gin_pending_list_limit = 64);
ALTER INDEX articles_search SET (gin_pending_list_limit = 64);
`;
