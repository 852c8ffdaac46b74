// Opens a URL in Debian's Chromium (headless, through playwright-core; never a downloaded browser),
// answers the TikTok consent page like an operator would, and waits for the page the app's loopback
// receiver shows after the redirect.
//
//   node browser.mjs URL [--action authorize|deny|none] [--screenshot FILE] [--result FILE] [--timeout MS]
//
// Writes a JSON result ({ok, finalUrl, title, text, error}) to --result (or stdout). Exit 0 when a page
// on the loopback receiver was reached, 1 otherwise.
import { chromium } from 'playwright-core';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const args = process.argv.slice(2);
const url = args.find((a) => !a.startsWith('--') && !isOptionValue(a));
function option(name, fallback) {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && i + 1 < args.length ? args[i + 1] : fallback;
}
function isOptionValue(a) {
  const i = args.indexOf(a);
  return i > 0 && args[i - 1].startsWith('--');
}
const action = option('action', 'authorize');
const screenshot = option('screenshot', '');
const resultFile = option('result', '');
const timeout = Number(option('timeout', '60000'));

const isLoopback = (u) => {
  try {
    const host = new URL(u).hostname;
    return host === '127.0.0.1' || host === 'localhost' || host === '[::1]';
  } catch {
    return false;
  }
};

const result = { ok: false, startUrl: url, finalUrl: '', title: '', text: '', error: '' };
const profile = mkdtempSync(join(tmpdir(), 'skybeam-chromium-'));
let context;
try {
  // A fresh profile each run; the flags keep Chromium off the (closed) network.
  context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.SKYBEAM_CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: [...(process.env.SKYBEAM_E2E_RESOLVE_LOCALHOST
      ? [`--host-resolver-rules=MAP localhost ${process.env.SKYBEAM_E2E_RESOLVE_LOCALHOST}`] : []),
    '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  });
  const page = context.pages()[0] || (await context.newPage());
  await page.goto(url, { timeout });
  // The app may open a short local address that forwards to TikTok: wait for the consent page, answer it,
  // then wait until the browser has been sent back to another origin (the app's loopback receiver).
  if (action !== 'none') {
    const button = page.locator(action === 'deny' ? '#deny' : '#authorize');
    await button.waitFor({ timeout });
    const consentOrigin = new URL(page.url()).origin;
    await Promise.all([
      page.waitForURL((u) => new URL(u.toString()).origin !== consentOrigin, { timeout, waitUntil: 'load' }),
      button.click(),
    ]);
  }
  await page.waitForLoadState('load', { timeout });
  // Keep the query out of the record: it held a (single-use) authorization code.
  const final = new URL(page.url());
  result.finalUrl = `${final.origin}${final.pathname}`;
  result.finalParameters = [...final.searchParams.keys()];
  result.title = await page.title();
  result.text = (await page.locator('body').innerText()).trim();
  result.ok = isLoopback(result.finalUrl);
  if (screenshot) await page.screenshot({ path: screenshot, fullPage: true });
} catch (error) {
  result.error = String(error && error.message ? error.message : error);
} finally {
  if (context) await context.close();
  rmSync(profile, { recursive: true, force: true });
}
const json = JSON.stringify(result, null, 2);
if (resultFile) writeFileSync(resultFile, json);
else console.log(json);
process.exit(result.ok ? 0 : 1);
