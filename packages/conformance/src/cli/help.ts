export const helpText = `sb-conformance: prove that a server implements the Support Board Web API.

Runs named checks against a live target: the documented call of every method, bad input that
must be refused, scenarios a schema cannot catch, integrations, webhooks and load. Everything
the run creates is deleted at the end. Run it against a test installation, not production.

Usage
  sb-conformance --target URL --token TOKEN [options]
  sb-conformance diff --a URL --a-token T --b URL --b-token T   two targets, every difference (diff --help)

Target
  --target URL            The full URL of the API: https://example.com/supportboard/include/api.php
                          (or set SB_TARGET).
  --token TOKEN           The token of an admin of the target (or set SB_TOKEN, to keep it out of
                          the process list).
  --timeout MS            Per-request timeout (default 30000).
  --api-version 3.0|3.3   Judge the answers as this version of the API: 3.0, the documented one,
                          or 3.3, as Support Board 3.3.6 answers (send-message's {id,...},
                          is-online's boolean, wp-sync, ...; the contract records each
                          difference). Checks of one version only run for it. Without it, two
                          harmless calls tell (invalid-token's message, get-conversation of an
                          unknown ID); the run names the version and the evidence, 3.0 when
                          nothing tells.

Selecting checks
  --level core|full       core (default): documented examples, negative checks and scenarios.
                          full: also integrations, webhooks, load and the "reference" checks.
  --only LIST             Comma list of check IDs (or ID prefixes such as negative/injection),
                          groups (users, conversations, more, api), areas, methods or tags.
                          A check named by its exact ID runs whatever the level.
  --skip LIST             The same, to leave out.
  --tag LIST              Only checks carrying one of these tags (e.g. original, security).
  --skip-tag LIST         Leave out checks carrying one of these tags.
  --list                  Print the selected checks with their level and tags, and run nothing.
  --bail                  Stop at the first failed check.
  --keep                  Keep the users the run created (and their conversations and messages),
                          so that the curl lines of the findings find the same data; the summary
                          prints the call that deletes them.

Webhooks
  --webhooks PORT         Listen on 127.0.0.1:PORT for webhooks and run the webhook checks.
                          Point the target's webhook URL at http://127.0.0.1:PORT/ first.
  --webhook-secret S      Verify each webhook's Standard Webhooks signature with this secret.
  --webhook-key K         Check each webhook body's "key" is K.
  --webhook-timeout MS    How long to wait for each webhook (default 10000).

Load
  --load                  Run the load profiles (read, write, mixed) with autocannon.
  --connections N         Concurrent connections (default 10).
  --duration S            Seconds per profile (default 10).
  --max-error-rate R      Largest share of errors, 0 to 1 or a percentage (default 0.01). Any
                          non-2xx answer or answer that is not a success envelope is an error.
  --max-p99 MS            Largest 99th percentile latency (default 1000).

Output
  --report DIR            Write DIR/report.json, DIR/junit.xml, DIR/report.html (one page, for
                          people, that loads nothing from elsewhere) and DIR/badge.svg.
  --baseline PATH         A previous run's report.json: list the checks newly failing, newly
                          passing and still failing since then (blocked counts as failing).
  --fail-on any|new       any (default): exit 1 when a check fails or is blocked. new (needs
                          --baseline): exit 1 only when a check fails or is blocked that did not
                          in the baseline (passed, skipped or absent there).
  --no-color              Plain output (also when NO_COLOR is set or the output is not a terminal).
  -h, --help              This help.

Tags
  original    the check tests a point where the documentation and the original disagree
              (note:<id> names the contract note); a server true to the documentation alone
              may fail it.
  reference   the check tests a deliberate difference of the reference server from the original
              (level full); a server copying the original fails it, honestly.
  hardening   bad input must be refused cleanly, and the original (3.3.6) is unsafe there: a
              server that answers as it does fails, a security finding, not an incompatibility.
  fails-on-original
              the original fails the check by a bug of its own or a configuration it lacks (the
              check says which). To see whether a server answers as the original does:
              --api-version 3.3 --skip-tag hardening,reference,fails-on-original
  version:<fact>
              the check's expectation follows a recorded difference of version 3.3.
  destructive changes things outside the suite's data (archives every Slack channel, updates
              the installation): runs only when named with --only or --tag destructive.

Results
  passed, failed, skipped (with the reason), or blocked: a call the check needed to set up its
  test failed; the summary names that call and its answer once, for every check it blocked.
  The headline counts them by what they mean: compatible, hardening, fails on the original,
  differences by design.

Exit status
  0 every selected check passed or was skipped; 1 a check failed or was blocked (with --fail-on
  new: one that did not in the baseline); 2 the command line or the baseline is wrong.

Examples
  sb-conformance --target http://localhost:8080/include/api.php --token "$SB_TOKEN"
  sb-conformance --target $URL --token $TOKEN --level full --webhooks 9911 --webhook-secret whsec_...
  sb-conformance --target $URL --token $TOKEN --only users,negative/dispatcher --skip-tag original
  sb-conformance --target $URL --token $TOKEN --api-version 3.3 --skip-tag hardening,reference,fails-on-original
  sb-conformance --target $URL --token $TOKEN --only load --load --connections 20 --max-p99 250
  sb-conformance --target $URL --token $TOKEN --report reports/conformance
  sb-conformance --target $URL --token $TOKEN --report reports/now --baseline reports/last/report.json --fail-on new
`;
