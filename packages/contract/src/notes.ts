import type { Note } from './define.js';
import { webhookDeliveryNotes } from './webhooks/delivery.js';

/** Points about the envelope, the wire and the types: every method is concerned. */
const apiNotes: Note[] = [
  {
    id: 'answer-shapes',
    kind: 'disagreement',
    topic: 'Three answer shapes, all with HTTP 200',
    documented:
      'Every example shows `{"success": true, "response": ...}`; failures are only named ("Other possible responses: duplicate-email, invalid-user-type, MySQL error message"), never shown.',
    original:
      'Answers in three shapes, always with HTTP 200: `{"success":true,"response":...}`; `{"success":false,"response":"<code>"}` from a method\'s own checks; `{"status":"error","response":"<code>","message":"..."}` from the dispatcher and hard failures, which has no `success` key, and no `message` when there is none (`app-not-installed`). A `false`, `[]` or `""` result is still a success.',
    decision:
      'The contract and the reference server answer the same three shapes with HTTP 200, so that existing integrations keep working: a client must look at `success` and at `status`. The Errors guide lists every code with its shape.',
  },
  {
    id: 'check-order',
    kind: 'disagreement',
    topic: "The order of the dispatcher's checks",
    documented: 'Says nothing about which error a call with several problems gets.',
    original:
      "Checks, in this order: `function` present (`missing-function-name`); `function` one of the 51 methods (`function-not-found`), before the token is looked at; `token` present (`token-not-found`); the token an admin's (`invalid-token`); each required argument present, the first missing one in the method's order (`missing-argument`); the app the method needs installed (`app-not-installed`). Then the method runs its own checks.",
    decision:
      "The reference server runs the same checks in the same order. After `missing-argument` it also checks every value (`invalid-argument`), then the app and the method's own checks follow; so an unknown method with a bad token still answers `function-not-found`.",
  },
  {
    id: 'body-formats',
    kind: 'difference',
    topic: 'JSON bodies are read as well as forms',
    original:
      'Reads only `$_POST`, that is a form body (`application/x-www-form-urlencoded` or `multipart/form-data`). A JSON body is not read at all, so every field looks absent and the answer is `missing-function-name`; fields in the query string are ignored.',
    decision:
      'The reference server reads the same form bodies, and also a JSON object (`Content-Type: application/json`): strings as they are, numbers and booleans as their text, arrays and objects as JSON text, so `{"function":"get-users","user_types":["user"]}` means what the form would. A body of any other type, or a GET, is read as no fields (`missing-function-name`), as the original does.',
  },
  {
    id: 'content-type-json',
    kind: 'difference',
    topic: 'Answers are sent as `application/json`, without `\\/` escaping',
    original:
      'Sets no Content-Type, so PHP sends `text/html; charset=UTF-8`. The body is `json_encode` without flags: `/` written as `\\/`, non-ASCII characters as `\\uXXXX`; invalid UTF-8 gives an empty body.',
    decision:
      'The reference server sends `Content-Type: application/json; charset=UTF-8` and plain JSON: `/` and non-ASCII characters unescaped, in UTF-8. Any JSON parser reads both the same; only a client that compares the raw text or checks for `text/html` sees a difference.',
  },
  {
    id: 'value-types',
    kind: 'disagreement',
    topic: 'Values are strings, computed numbers or `null`',
    documented:
      'The examples show IDs as strings (`"id": "123456"`) but some values as numbers (add-user\'s `123456`, get-rating\'s `[4,2]`), without saying why.',
    original:
      'Every value read from the database is a string (`"id":"880"`, `"status_code":"0"`, count-users\' `"335"`), because the database driver returns text; only values computed in PHP are numbers (add-user\'s new ID, send-message\'s `message-id`, get-rating\'s counts); empty columns are `null`. Times are UTC `YYYY-MM-DD HH:MM:SS` strings.',
    decision:
      'The contract and the reference server keep exactly these types: database values as strings, computed values as numbers, `null` for empty columns, UTC `YYYY-MM-DD HH:MM:SS` times. Each response schema says which is which.',
  },
  {
    id: 'datetime-filters',
    kind: 'disagreement',
    topic: 'Datetime filters compare text, and take a date alone',
    documented: 'The `get-new-*` methods take a `datetime` "in the format YYYY-MM-DD HH:MM:SS".',
    original:
      'Compares the column with the argument as text (`creation_time > "<datetime>"`), so any text is accepted and a date alone (`2026-01-31`) means from its midnight on. Times are UTC.',
    decision:
      'The reference server compares the same way, as UTC text, and accepts `YYYY-MM-DD HH:MM:SS` or `YYYY-MM-DD`; any other text, or a date that does not exist, answers `invalid-argument` instead of a meaningless comparison.',
  },
  {
    id: 'not-found-answers',
    kind: 'disagreement',
    topic: 'Not found is rarely an error',
    documented: 'Gives a not-found answer for some methods only ("Return false if the user is not found").',
    original:
      'Answers a success for what it does not find: get-user `false`, get-conversation `{"messages":[],"details":""}`, is-agent-typing `""`, lists and get-user-extra `[]`, and `true` for an update or delete of an unknown ID.',
    decision:
      "The reference server answers the same successes, so that clients' not-found branches keep working; each method's response schema names its not-found answer. Where the original answers `true` to a change it did not make, see that method's note.",
  },
  {
    id: 'user-tokens-in-lists',
    kind: 'disagreement',
    topic: "Every user in a list carries the user's `token`",
    documented: 'The examples of get-user, get-users and the other lists show a `token` for each user.',
    original:
      "Selects the same columns for every user it answers, `token` included: an admin token can read every user's token, which logs in as that user.",
    decision:
      "Match the original: integrations use these tokens, and only an admin's token can call the API. Passwords, which the original also returns from get-user and search-users, are never answered (notes get-user-password, search-users-password).",
  },
  {
    id: 'false-string-and-empty-values',
    kind: 'disagreement',
    topic: 'The string `"false"` and empty values',
    documented: 'Says "Set it to true" or "Default: false" for flags, and nothing about empty values.',
    original:
      'Optional arguments are read through `sb_post`, which turns the string `"false"` into boolean false, the same as leaving the argument out, while `"true"`, `"0"` and `""` stay strings. Required arguments are checked with `isset`, so an empty value counts as present.',
    decision:
      'The reference server does the same: an optional argument sent as `"false"` counts as absent (its default applies), and a required argument sent empty passes the `missing-argument` check, then is checked like any other value (an empty `user_id` answers `invalid-argument`). Flags accept `true` and `false`, `1` and `0`, and the empty string for false.',
  },
  {
    id: 'invalid-argument',
    kind: 'difference',
    topic: 'Invalid values are refused with `invalid-argument`',
    original:
      'Only checks that required arguments are present. Values go to SQL as they are (IDs and dates unquoted in 3.0 and 3.1), so a non-numeric ID answers `db-error` with the MySQL error text, `false` or a wrong result, and SQL can be injected.',
    decision:
      'The reference server decodes every argument against the contract before the method runs. A value of the wrong type or outside the accepted ones answers `{"status":"error","response":"invalid-argument","message":"Invalid argument <name>: <reason>","argument":"<name>"}`, naming the argument; where the original has a code of its own for the value (`invalid-user-type`, `invalid-status-code`), that code is answered instead. Queries are always parameterised.',
  },
  {
    id: 'missing-argument-name',
    kind: 'difference',
    topic: '`missing-argument` names the argument in a field of its own',
    original:
      'Answers `{"status":"error","response":"missing-argument","message":"Missing argument: user_id"}`: the name is only in the message (3.3.6, get-user without `user_id`).',
    decision:
      'The reference server adds `"argument":"user_id"`, as its `invalid-argument` answers do, so that a client need not parse the message; the other keys are the original\'s.',
  },
  {
    id: 'db-error-message',
    kind: 'difference',
    topic: "`db-error` does not carry the database's error text",
    original:
      'Answers a failed query with `{"status":"error","response":"db-error","message":"<MySQL error text>"}`: the text names tables and columns and quotes the query near the failure (a non-numeric ID gives `Unknown column ...`).',
    decision:
      'The reference server answers `{"status":"error","response":"db-error","message":"The database could not complete the request."}`, the same message whatever failed, and logs the details: the database\'s error text never reaches the caller. Invalid values are refused before any query runs (`invalid-argument`), so `db-error` only means that the database itself failed.',
  },
  {
    id: 'request-too-large',
    kind: 'difference',
    topic: 'Bodies over the size limit answer `request-too-large`',
    original:
      "Has no limit of its own: PHP's `post_max_size` (8 MB by default) drops a larger body with a warning, so every field looks absent and the answer is `missing-function-name`.",
    decision:
      'The reference server refuses a body larger than its limit (1 MiB by default, set with `BODY_LIMIT`) with `{"status":"error","response":"request-too-large","message":"The request body is larger than <n> bytes."}`, HTTP 200 like every answer, and closes the connection. It reads the rest of the body first (up to 16 MiB past the limit), so that a client still sending it gets this answer rather than a reset connection.',
  },
  {
    id: 'token-comparison',
    kind: 'difference',
    topic: 'Tokens are compared in constant time; agents are refused',
    documented: 'Only admin tokens are supported.',
    original:
      'Looks the token up with `SELECT * FROM sb_users WHERE token = "<token>"` (not escaped in the 2020 version, so SQL can be injected through it) and accepts it only when that user\'s `user_type` is exactly `admin`: an agent\'s token answers `invalid-token`.',
    decision:
      "The reference server also accepts only admins' tokens (an agent's answers `invalid-token`), looks the token up with a parameterised query and compares it in constant time, so that neither the answer nor its timing tells how much of a guessed token was right.",
  },
];

/**
 * Points about the whole API rather than one method: the envelope, the wire, the types, and webhook
 * delivery (`webhookDeliveryNotes`). Listed on the docs' "Notes on the source documentation" page and
 * emitted as the document's `x-original-behaviour`.
 */
export const globalNotes: Note[] = [...apiNotes, ...webhookDeliveryNotes];
