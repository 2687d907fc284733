/**
 * One attempt to deliver a webhook: a POST of its JSON body with its signature headers. A 2xx answer
 * is a delivery; anything else a failed attempt, a redirect too: it is not followed, so neither the
 * body nor its signature reaches an address other than the configured one. The answer's body is not
 * read (a receiver could send any amount). Answers why the attempt failed, or undefined; a network
 * failure or the timeout rejects, as fetch does. Used by the reference server and the mock.
 */
export const postWebhook = async (
  url: string,
  body: string,
  {
    headers,
    timeoutMs,
    fetchImpl = fetch,
  }: { headers: Record<string, string>; timeoutMs: number; fetchImpl?: typeof fetch },
): Promise<string | undefined> => {
  const response = await fetchImpl(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'user-agent': 'SB', ...headers },
    body,
    redirect: 'manual',
    signal: AbortSignal.timeout(timeoutMs),
  });
  await response.body?.cancel().catch(() => undefined);
  if (response.ok) return undefined;
  const redirect = response.type === 'opaqueredirect' || (response.status >= 300 && response.status < 400);
  return redirect ? `HTTP ${response.status}: a redirect, not followed` : `HTTP ${response.status}`;
};
