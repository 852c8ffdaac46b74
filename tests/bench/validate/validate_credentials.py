#!/usr/bin/env python3
"""The runbook's credential validator (Step 6), as benchmark P4's reference.

`validate_credentials.py --tiktok` does the runbook's four checks and prints its report:
the file exists (tiktok_oauth.json, else the fallback tiktok_credentials.json), and it has
client_key, client_secret and access_token. PASS needs the file and the two required fields
(client_key, client_secret); access_token is reported. Same output and exit code as
`skybeam-setup validate --tiktok`. Deliberately lean (no argparse), so the comparison does not
flatter the C++ side. The root follows ROXY_HOME like the publisher's, else ~/.roxy.
"""

import json
import os
import sys


def display(path):
    home = os.path.expanduser("~").rstrip("/")
    return "~" + path[len(home):] if home and path.startswith(home + "/") else path


def main(argv):
    if argv[1:] != ["--tiktok"]:
        print("usage: validate_credentials.py --tiktok", file=sys.stderr)
        return 2
    root = os.environ.get("ROXY_HOME") or os.path.join(os.path.expanduser("~"), ".roxy")
    credentials = os.path.join(root, "credentials")
    path = os.path.join(credentials, "tiktok_oauth.json")
    if not os.path.exists(path):
        fallback = os.path.join(credentials, "tiktok_credentials.json")
        if os.path.exists(fallback):
            path = fallback
    exists = os.path.exists(path)
    data, problem = {}, None
    if exists:
        try:
            with open(path, encoding="utf-8") as f:
                data = json.load(f)
            if not isinstance(data, dict):
                data, problem = {}, "the file does not hold a JSON object"
        except (OSError, ValueError) as error:
            data, problem = {}, str(error)

    def has(field):
        return isinstance(data.get(field), str) and data.get(field) != ""

    passed = exists and problem is None and has("client_key") and has("client_secret")
    lines = ["TikTok Credentials: " + ("PASS" if passed else "FAIL")]
    lines.append("  - File exists: " + (display(path) if exists else "No (%s)" % display(path)))
    if problem:
        lines.append("  - Problem: " + problem)
    for field in ("client_key", "client_secret", "access_token"):
        lines.append("  - Has %s: %s" % (field, "Yes" if has(field) else "No"))
    print("\n".join(lines))
    return 0 if passed else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
