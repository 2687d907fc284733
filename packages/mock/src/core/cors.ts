/** Headers a page on another origin may read. */
const EXPOSED = [
  'x-mock-mode',
  'x-mock-example',
  'x-mock-code',
  'x-mock-invalid-argument',
  'x-mock-reason',
  'x-mock-warning',
  'x-mock-seed',
  'x-mock-fallback',
  'x-mock-error',
  'preference-applied',
].join(',');

/** Added to every answer: any origin may call the mock and read what it says. */
export const corsHeaders = { 'access-control-allow-origin': '*', 'access-control-expose-headers': EXPOSED };

/**
 * The headers of an API answer, with the CORS headers when a browser asks (its request has an Origin):
 * they mean nothing to other clients, and are a quarter of the bytes of get-user's answer.
 */
export const withCors = (request: Request, headers: Record<string, string>) =>
  request.headers.has('origin') ? { ...corsHeaders, ...headers } : headers;

/** The answer to a preflight from any origin, whatever headers it asks for (`Prefer`). */
export const preflight = (request: Request) =>
  new Response(null, {
    status: 204,
    headers: {
      ...corsHeaders,
      'access-control-allow-methods': 'GET,POST,OPTIONS',
      'access-control-allow-headers': request.headers.get('access-control-request-headers') ?? '*',
      'access-control-max-age': '600',
      vary: 'Access-Control-Request-Headers',
    },
  });
