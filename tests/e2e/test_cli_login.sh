#!/usr/bin/env bash
# End-to-end login through a real browser: skybeam-setup authorize opens Debian's Chromium (through
# $BROWSER -> launch-browser -> playwright-core), an "operator" clicks Authorize or Deny on the fake
# TikTok's consent page, Chromium follows the redirect into the app's loopback receiver, and we check what
# the browser showed, the exit code, and the credential file.
#   test_cli_login.sh BUILD_DIR ARTIFACT_DIR
set -uo pipefail
BUILD_DIR=$1
ARTIFACTS=$2
HERE="$(cd "$(dirname "$0")" && pwd)"
SETUP="$BUILD_DIR/app/skybeam-setup"
FAKE="$BUILD_DIR/tests/faketiktok/fake-tiktok"
mkdir -p "$ARTIFACTS"
if [ ! -d "$HERE/node_modules/playwright-core" ] || [ ! -x /usr/bin/chromium ]; then
    echo "SKIP: playwright-core or /usr/bin/chromium missing (scripts/test installs both)"
    exit 77
fi

WORK=$(mktemp -d)
FAKE_PID=
cleanup() { [ -n "$FAKE_PID" ] && kill "$FAKE_PID" 2>/dev/null; rm -rf "$WORK"; }
trap cleanup EXIT

"$FAKE" --client-key sbawe2etest --client-secret e2e-secret-value --consent interactive \
    --redirect-uri 'http://127.0.0.1:*/callback/' --redirect-uri 'http://localhost:*/callback' >"$WORK/fake.out" 2>&1 &
FAKE_PID=$!
for _ in $(seq 1 100); do grep -q SKYBEAM_TIKTOK_API_BASE "$WORK/fake.out" 2>/dev/null && break; sleep 0.1; done
export $(grep -E '^SKYBEAM_TIKTOK_(AUTH_URL|API_BASE)=' "$WORK/fake.out" | xargs)
printf 'e2e-secret-value' >"$WORK/secret"
chmod 600 "$WORK/secret"

passed=0
failed=0
check() { # check NAME CONDITION-DESCRIPTION COMMAND...
    local name=$1 what=$2
    shift 2
    if "$@"; then echo "PASS   : $name: $what"; else echo "FAIL!  : $name: $what"; failed_case=1; fi
}

# run_case NAME ACTION REDIRECT_URI RESOLVE -> sets RC, OUT, ERR, RESULT, ROXY
run_case() {
    local name=$1 action=$2 redirect=$3 resolve=$4
    ROXY="$WORK/$name/roxy"
    RESULT="$WORK/$name/browser.json"
    mkdir -p "$ROXY"
    rm -f "$RESULT"
    SKYBEAM_E2E_ACTION=$action SKYBEAM_E2E_RESULT=$RESULT SKYBEAM_E2E_RESOLVE_LOCALHOST=$resolve \
        SKYBEAM_E2E_SCREENSHOT="$ARTIFACTS/browser-$name.png" SKYBEAM_E2E_LOG="$ARTIFACTS/browser-$name.log" \
        BROWSER="$HERE/launch-browser" ROXY_HOME="$ROXY" \
        timeout 120 "$SETUP" authorize --client-key sbawe2etest --client-secret-file "$WORK/secret" \
        --redirect-uri "$redirect" --timeout 60 >"$WORK/$name.out" 2>"$WORK/$name.err"
    RC=$?
    # The browser finishes its page and screenshot after the app has answered it.
    for _ in $(seq 1 300); do [ -s "$RESULT" ] && break; sleep 0.1; done
    OUT=$(cat "$WORK/$name.out")
    ERR=$(cat "$WORK/$name.err")
}
browser_text() { node -e 'const r=require(process.argv[1]); process.stdout.write(r.text||"")' "$RESULT" 2>/dev/null; }
browser_url() { node -e 'const r=require(process.argv[1]); process.stdout.write(r.finalUrl||"")' "$RESULT" 2>/dev/null; }

case_authorize() {
    failed_case=0
    run_case authorize authorize 'http://127.0.0.1:*/callback/' ''
    check authorize "exit code 0 (got $RC: $ERR)" test "$RC" -eq 0
    check authorize "URL printed alone on a line" grep -qE '^http://127\.0\.0\.1:[0-9]+/v2/auth/authorize/\?' <<<"$OUT"
    check authorize "browser reached the receiver ($(browser_url))" grep -qE '^http://127\.0\.0\.1:[0-9]+/callback/$' <<<"$(browser_url)"
    check authorize "browser shows the success page" grep -q "Connected as Skybeam Tester" <<<"$(browser_text)"
    check authorize "browser says the tab can be closed" grep -q "close this tab" <<<"$(browser_text)"
    check authorize "credential file passes strict validation" env ROXY_HOME="$ROXY" "$SETUP" validate --tiktok --strict >/dev/null
    check authorize "no secret on stdout/stderr" bash -c '! grep -q "e2e-secret-value" <<<"$1$2"' _ "$OUT" "$ERR"
    [ $failed_case -eq 0 ] && passed=$((passed + 1)) || failed=$((failed + 1))
}

case_deny() {
    failed_case=0
    run_case deny deny 'http://127.0.0.1:*/callback/' ''
    check deny "non-zero exit code (got $RC)" test "$RC" -ne 0
    check deny "one-line plain reason on stderr" grep -qi "denied\|did not allow\|declined\|cancel" <<<"$ERR"
    check deny "browser shows the failure page, not success" bash -c '! grep -q "Connected as" <<<"$1" && [ -n "$1" ]' _ "$(browser_text)"
    check deny "no credential file written" test ! -e "$ROXY/credentials/tiktok_oauth.json"
    [ $failed_case -eq 0 ] && passed=$((passed + 1)) || failed=$((failed + 1))
}

case_localhost() { # $1: the address Chromium must use for "localhost"
    local label=$2
    failed_case=0
    run_case "localhost-$label" authorize 'http://localhost:*/callback' "$1"
    check "localhost-$label" "exit code 0 (got $RC: $ERR)" test "$RC" -eq 0
    check "localhost-$label" "browser reached http://localhost:PORT/callback" grep -qE '^http://localhost:[0-9]+/callback$' <<<"$(browser_url)"
    check "localhost-$label" "browser shows the success page" grep -q "Connected as Skybeam Tester" <<<"$(browser_text)"
    check "localhost-$label" "credential file written" test -s "$ROXY/credentials/tiktok_oauth.json"
    [ $failed_case -eq 0 ] && passed=$((passed + 1)) || failed=$((failed + 1))
}

case_authorize
case_deny
case_localhost '[::1]' ipv6
case_localhost '127.0.0.1' ipv4
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
