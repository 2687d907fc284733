/** How long a search found dense is walked at once. */
const DENSE_FOR_MS = 60_000;
/** How many searches are remembered (the oldest is forgotten first). */
const REMEMBERED_AT_MOST = 500;
/** Longer searches are not remembered: a dense search is short, and the memory stays small whatever is sent. */
const LONGEST_REMEMBERED = 64;

/**
 * The searches get-users found dense lately: it gathered as many of their matches as it gathers
 * at most, and then had to walk the sort column's index for the page all the same. Their next pages
 * (an admin paging through every "Tanaka") and repeats walk at once, without gathering in vain.
 * Only a hint, kept per process: the walk answers the same users as the gathering, a remembered
 * search is walked for a minute at most, and then gathered again (it may have become rare, and a
 * rare search walked reads the whole table).
 */
export const createDenseSearches = (now = () => Date.now()) => {
  const until = new Map<string, number>();
  return {
    has(search: string): boolean {
      const expires = until.get(search);
      if (expires === undefined) return false;
      if (expires > now()) return true;
      until.delete(search);
      return false;
    },
    add(search: string) {
      if (search.length > LONGEST_REMEMBERED) return;
      until.delete(search);
      until.set(search, now() + DENSE_FOR_MS);
      if (until.size > REMEMBERED_AT_MOST) until.delete(until.keys().next().value!);
    },
  };
};
