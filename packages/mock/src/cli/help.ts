export const HELP = `sb-mock: a mock of the Support Board Web API, made from its contract.

Usage
  sb-mock [options]                  serve the API: POST /include/api.php, dispatched on "function"
  sb-mock send-webhook <name> [--data JSON] [--url URL] [--token TOKEN]
                                     ask a running mock to post a webhook now (no name: list them)

Options
  -p, --port N            port to listen on (default: $PORT, else 4010; 0 picks a free port)
      --host HOST         interface to listen on (default 127.0.0.1; 0.0.0.0 for every interface)
  -m, --mode MODE         static    each method's documented example (default)
                          dynamic   values generated from the response schemas, the same for the
                                    same seed and request
                          stateful  an in-memory store seeded with demo data: writes stick,
                                    webhooks fire
      --api-version V     answer as API 3.0 (default, the documented one) or 3.3 (as Support Board
                          3.3.6 does: its method names, answer shapes, defaults and behaviours)
      --seed N            seed of dynamic values and of stateful mode's random values (default 1)
      --webhook-url URL   post webhooks there: on stateful changes, and on demand
      --webhook-key KEY   the "key" field of every webhook body
      --webhook-secret S  sign webhooks with the Standard Webhooks headers
                          (webhook-id, webhook-timestamp, webhook-signature)
      --token TOKEN       the admin token (default: $MOCK_TOKEN; without either, any non-empty
                          token is an admin's): the API answers invalid-token to any other
                          (stateful mode also takes its admins' tokens), and the admin
                          endpoints (/admin/...) want it as Authorization: Bearer <token>
  -q, --quiet             no request log
  -h, --help              this help

  send-webhook:
      --data JSON         the webhook's data (default: its documented example)
      --url URL           the running mock (default http://127.0.0.1:4010)
      --token TOKEN       sent as Authorization: Bearer <token> (default: $MOCK_TOKEN, else "mock",
                          which a mock started without --token accepts)

Per request, with the Prefer header (several at once: "example=not-found, delay=200"):
  example=<name>          serve one of the method's named examples in /openapi.json: a success,
                          or an error in its exact shape (e.g. example=duplicate-email)
  code=<error-code>       answer one of the method's error codes, or a dispatcher's one
  delay=<ms>              wait before answering (at most 10000)
  dynamic=true|false      generate from the schema, or not, whatever the mode
  seed=<n>                the seed of this dynamic answer
An unknown example or code is a mock error (HTTP 400) that lists the valid names.

Examples
  sb-mock
  sb-mock --mode dynamic --seed 7 --port 4011
  sb-mock --mode stateful --webhook-url http://localhost:3000/hooks --webhook-secret whsec_c2VjcmV0
  curl http://127.0.0.1:4010/include/api.php -d token=x -d function=get-user -d user_id=5 \\
    -H 'Prefer: example=not-found, delay=300'
  sb-mock send-webhook login
  sb-mock send-webhook user-deleted --data '"951"' --url http://127.0.0.1:4011
  sb-mock --mode stateful --token s3cret --port 4012
  sb-mock send-webhook login --url http://127.0.0.1:4012 --token s3cret
`;
