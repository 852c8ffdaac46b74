#!/usr/bin/env python3
"""Generate TikTok OAuth token for SKYBEAM."""

import json
import webbrowser
import http.server
import socketserver
import urllib.parse
import requests
from pathlib import Path
# Benchmark P3: the three additions below (endpoints, scripted browser, PKCE) are the only changes.
import os, subprocess, hashlib, secrets

# Your TikTok app credentials
CLIENT_KEY = "sbawfakeclientkey"  # the runbook: "Replace CLIENT_KEY and CLIENT_SECRET with your actual values"
CLIENT_SECRET = "fake-client-secret"
REDIRECT_URI = "http://localhost:8080/callback"

# TikTok OAuth endpoints
AUTH_URL = os.environ["SKYBEAM_TIKTOK_AUTH_URL"]  # was "https://www.tiktok.com/v2/auth/authorize/"
TOKEN_URL = os.environ["SKYBEAM_TIKTOK_API_BASE"] + "/v2/oauth/token/"  # was "https://open.tiktokapis.com/v2/oauth/token/"

class CallbackHandler(http.server.SimpleHTTPRequestHandler):
    def do_GET(self):
        query = urllib.parse.urlparse(self.path).query
        params = urllib.parse.parse_qs(query)

        if "code" in params:
            self.server.auth_code = params["code"][0]
            self.send_response(200)
            self.send_header("Content-type", "text/html")
            self.end_headers()
            self.wfile.write(b"<h1>Authorization successful!</h1><p>You can close this window.</p>")
        else:
            self.send_response(400)
            self.end_headers()
            self.wfile.write(b"Authorization failed")

def main():
    # Step 1: Open authorization URL
    code_verifier = secrets.token_urlsafe(48)  # PKCE (TikTok desktop: hex SHA-256 challenge)
    auth_params = {
        "client_key": CLIENT_KEY,
        "redirect_uri": REDIRECT_URI,
        "scope": "user.info.basic,video.upload,video.publish",
        "response_type": "code",
        "state": "skybeam_auth",
        "code_challenge": hashlib.sha256(code_verifier.encode()).hexdigest(),
        "code_challenge_method": "S256"
    }
    auth_url = f"{AUTH_URL}?{urllib.parse.urlencode(auth_params)}"

    print("Opening browser for TikTok authorization...")
    subprocess.Popen([os.environ["SKYBEAM_BENCH_BROWSER"], auth_url])  # was webbrowser.open(auth_url)

    # Step 2: Start local server to receive callback
    with socketserver.TCPServer(("", 8080), CallbackHandler) as httpd:
        httpd.auth_code = None
        print("Waiting for authorization callback on port 8080...")
        while httpd.auth_code is None:
            httpd.handle_request()
        auth_code = httpd.auth_code

    print(f"Received authorization code")

    # Step 3: Exchange code for tokens
    token_data = {
        "client_key": CLIENT_KEY,
        "client_secret": CLIENT_SECRET,
        "code": auth_code,
        "grant_type": "authorization_code",
        "redirect_uri": REDIRECT_URI,
        "code_verifier": code_verifier
    }

    response = requests.post(TOKEN_URL, data=token_data)
    tokens = response.json()

    if "access_token" not in tokens:
        print(f"Error getting tokens: {tokens}")
        return 1

    # Step 4: Save credentials
    output = Path.home() / ".roxy" / "credentials" / "tiktok_oauth.json"
    output.parent.mkdir(parents=True, exist_ok=True)

    creds_data = {
        "client_key": CLIENT_KEY,
        "client_secret": CLIENT_SECRET,
        "access_token": tokens["access_token"],
        "refresh_token": tokens.get("refresh_token", ""),
        "expires_in": tokens.get("expires_in", 86400),
        "token_type": tokens.get("token_type", "Bearer"),
        "scope": tokens.get("scope", ""),
        "open_id": tokens.get("open_id", "")
    }

    with open(output, "w") as f:
        json.dump(creds_data, f, indent=2)

    print(f"Credentials saved to: {output}")
    print("TikTok API setup complete!")
    return 0

if __name__ == "__main__":
    exit(main())
