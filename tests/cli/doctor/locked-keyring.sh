#!/usr/bin/env bash
# Runs `skybeam-setup doctor --json` against a real gnome-keyring that holds this app's secret and is then
# locked. Call inside dbus-run-session: SETUP FAKE_TIKTOK ROXY_HOME. The secret is stored the real way: an
# `authorize` against the fake TikTok (curl plays the browser). Prints the doctor's JSON before and after
# locking, separated by a line "----".
set -euo pipefail
SETUP=$1 FAKE=$2 ROXY=$3
WORK=$(mktemp -d)
export XDG_DATA_HOME="$WORK/data" XDG_RUNTIME_DIR="$WORK/run"
mkdir -p "$XDG_DATA_HOME" "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
printf 'doctor-test' | gnome-keyring-daemon --foreground --unlock --components=secrets >/dev/null 2>&1 &
KEYRING=$!
PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
"$FAKE" --port "$PORT" --consent approve >/dev/null &
FAKE_PID=$!
cleanup() { kill "$KEYRING" "$FAKE_PID" 2>/dev/null || true; wait 2>/dev/null || true; rm -rf "$WORK"; }
trap cleanup EXIT
for _ in $(seq 1 100); do
    if dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
        org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null | grep -q 'boolean true' \
        && curl -s -o /dev/null "http://127.0.0.1:$PORT/"; then
        break
    fi
    sleep 0.1
done
export SKYBEAM_TIKTOK_AUTH_URL="http://127.0.0.1:$PORT/v2/auth/authorize/" SKYBEAM_TIKTOK_API_BASE="http://127.0.0.1:$PORT"
printf 'fake-client-secret\n' > "$WORK/secret.txt" && chmod 600 "$WORK/secret.txt"
"$SETUP" --roxy-home "$ROXY" authorize --client-key sbawfakeclientkey --client-secret-file "$WORK/secret.txt" \
    --no-browser --redirect-uri 'http://127.0.0.1:*/callback/' | { read -r url; curl -sL "$url" >/dev/null; cat >/dev/null; }
"$SETUP" --roxy-home "$ROXY" doctor --json || true
echo ----
gdbus call --session --dest org.freedesktop.secrets --object-path /org/freedesktop/secrets \
    --method org.freedesktop.Secret.Service.Lock "[objectpath '/org/freedesktop/secrets/collection/login']" >/dev/null
"$SETUP" --roxy-home "$ROXY" doctor --json || true
