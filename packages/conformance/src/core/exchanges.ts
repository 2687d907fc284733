import type { Answer, Api, Fields } from './api.js';

/** One request a run made and what came back, with the check that made it (`preflight`, `cleanup` for the run's own). */
export interface Exchange {
  check: string;
  /** Its place among the requests of that check, from 0. */
  index: number;
  /** The method called (absent for a GET, or raw fields without one). */
  method?: string;
  /** The form fields posted, or the URL of a GET. */
  request: { fields: Fields } | { get: string };
  /** The answer; absent when none came (the connection failed or timed out). */
  answer?: Answer;
}

/**
 * The API, each request also passed to `onExchange` with the check `current()` names: a differential
 * run pairs the requests of two runs by (check, index).
 */
export const observeApi = (api: Api, onExchange: (exchange: Exchange) => void, current: () => string): Api => {
  const counts = new Map<string, number>();
  const observe = async (
    method: string | undefined,
    request: Exchange['request'],
    send: () => Promise<Answer>,
  ): Promise<Answer> => {
    const check = current();
    const index = counts.get(check) ?? 0;
    counts.set(check, index + 1);
    const base = { check, index, ...(method ? { method } : {}), request };
    try {
      const answer = await send();
      onExchange({ ...base, answer });
      return answer;
    } catch (error) {
      onExchange(base);
      throw error;
    }
  };
  return {
    url: api.url,
    token: api.token,
    get requests() {
      return api.requests;
    },
    journal: api.journal,
    fields: api.fields,
    call: (name, args, options) =>
      observe(name, { fields: api.fields(name, args, options) }, () => api.call(name, args, options)),
    post: (fields, method) =>
      observe(method, { fields: Array.isArray(fields) ? fields : Object.entries(fields) }, () =>
        api.post(fields, method),
      ),
    get: (url) => observe(undefined, { get: url }, () => api.get(url)),
  };
};
