// Browser-test harness: starts the built Heard server on a free loopback port with a fresh
// SQLite database and demo data, drives Debian's Chromium through playwright-core (never a
// downloaded browser), and runs axe-core (WCAG 2.2 AA) on pages.
import { spawn } from 'node:child_process';
import { createHmac } from 'node:crypto';
import { mkdtempSync, openSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..', '..');
const axeSource = readFileSync(join(here, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');

export const DEMO_PASSWORD = 'browser-demo-password';

export function freePort() {
  return new Promise((ok, fail) => {
    const server = createServer();
    server.on('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => ok(port));
    });
  });
}

/// A small SMTP server on loopback that keeps what it receives (EHLO, MAIL, RCPT, DATA, RSET,
/// NOOP, QUIT): the browser journeys check that a message really left Heard.
export async function startSmtpSink() {
  const messages = [];
  const server = createServer((socket) => {
    let buffer = '';
    let inData = false;
    let current = { to: [], data: '' };
    socket.write('220 sink.test ESMTP ready\r\n');
    socket.on('data', (chunk) => {
      buffer += chunk.toString('utf8');
      let at;
      while ((at = buffer.indexOf('\r\n')) >= 0) {
        const line = buffer.slice(0, at);
        buffer = buffer.slice(at + 2);
        if (inData) {
          if (line === '.') {
            inData = false;
            messages.push(current);
            current = { to: [], data: '' };
            socket.write('250 OK queued\r\n');
          } else {
            current.data += (line.startsWith('..') ? line.slice(1) : line) + '\n';
          }
          continue;
        }
        const upper = line.toUpperCase();
        if (upper.startsWith('EHLO') || upper.startsWith('HELO')) socket.write('250-sink.test\r\n250-8BITMIME\r\n250 SMTPUTF8\r\n');
        else if (upper.startsWith('RCPT TO:')) { current.to.push(line.slice(8).replace(/[<>\s]/g, '')); socket.write('250 OK\r\n'); }
        else if (upper === 'DATA') { inData = true; socket.write('354 End data with <CR><LF>.<CR><LF>\r\n'); }
        else if (upper === 'QUIT') { socket.write('221 Bye\r\n'); socket.end(); }
        else socket.write('250 OK\r\n');
      }
    });
    socket.on('error', () => {});
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  return {
    url: `smtp://127.0.0.1:${server.address().port}`,
    messages,
    async waitFor(predicate, seconds = 15) {
      const deadline = Date.now() + seconds * 1000;
      for (;;) {
        const found = messages.find(predicate);
        if (found) return found;
        if (Date.now() > deadline) throw new Error(`no such message within ${seconds} s; got ${JSON.stringify(messages.map((m) => m.to))}`);
        await new Promise((r) => setTimeout(r, 200));
      }
    },
    close() { server.close(); },
  };
}

/// Starts Heard. `port` and `dataDir` start it again where a killed one was (same address,
/// same database).
export async function startServer(extraEnv = {}, { port: samePort, dataDir: sameDir } = {}) {
  const port = samePort ?? await freePort();
  const dataDir = sameDir ?? mkdtempSync(join(tmpdir(), 'heard-browser-'));
  const bin = process.env.HEARD_BIN ?? join(root, 'target', 'release', 'heard');
  const child = spawn(bin, ['serve'], {
    cwd: root,
    env: {
      ...process.env,
      HEARD_BIND: `127.0.0.1:${port}`,
      HEARD_DATA_DIR: dataDir,
      HEARD_DEMO: '1',
      HEARD_DEMO_PASSWORD: DEMO_PASSWORD,
      HEARD_SITE_ROOT: process.env.HEARD_SITE_ROOT ?? join(root, 'target', 'site'),
      HEARD_LOG: process.env.HEARD_LOG ?? 'warn',
      ...extraEnv,
    },
    // HEARD_LOG_OUT=<file> (with HEARD_LOG=info) keeps the server's log there, for a failing test.
    stdio: ['ignore', process.env.HEARD_LOG_OUT ? openSync(process.env.HEARD_LOG_OUT, 'a') : 'ignore', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`heard exited with ${child.exitCode}`);
    try {
      const res = await fetch(`${url}/health`);
      if (res.ok) break;
    } catch { /* not up yet */ }
    if (Date.now() > deadline) throw new Error('heard did not start within 30 s');
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    url,
    port,
    dataDir,
    pid: child.pid,
    /// `kill -9`: the process ends at once; its data stays for a restart.
    async kill() {
      child.kill('SIGKILL');
      await new Promise((r) => (child.exitCode !== null || child.signalCode !== null ? r() : child.once('exit', r)));
    },
    async stop() {
      child.kill('SIGTERM');
      await new Promise((r) => (child.exitCode !== null ? r() : child.once('exit', r)));
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export async function launchBrowser() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic',
    ],
  });
}

/// A new page that records console errors and uncaught exceptions; `problems` must stay empty.
export async function newPage(browser, options = {}) {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  page.problems = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') page.problems.push(`console: ${msg.text()} (${msg.location().url || page.url()})`);
  });
  page.on('pageerror', (err) => page.problems.push(`page error: ${err.message}`));
  return page;
}

/// Runs axe-core with the WCAG 2.0–2.2 A and AA rules; returns the violations.
export async function axeViolations(page) {
  // Evaluated over the DevTools protocol, so the page's strict CSP stays on.
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const result = await window.axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
    });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.slice(0, 3).map((n) => n.target.join(' ')),
    }));
  });
}

/// Waits for the WebAssembly islands runtime to have started (proves hydration works under the CSP).
export async function waitForHydration(page) {
  await page.waitForFunction(() => typeof window.__hydrateIsland === 'function', null, { timeout: 15_000 });
}

/// Fails the test with the list of violations when axe finds any.
export async function expectAccessible(page, label) {
  const { deepEqual } = await import('node:assert/strict');
  const violations = await axeViolations(page);
  deepEqual(violations, [], `${label}: axe violations\n${JSON.stringify(violations, null, 2)}`);
}

/// The newest message in the server's development outbox (no SMTP server in browser tests).
export function newestOutboxMessage(server) {
  const dir = join(server.dataDir, 'outbox');
  const files = readdirSync(dir).filter((f) => f.endsWith('.json')).sort();
  if (files.length === 0) throw new Error('the outbox is empty');
  return JSON.parse(readFileSync(join(dir, files[files.length - 1]), 'utf8'));
}

/// A date `days` from today as a date input takes it (YYYY-MM-DD, the UK's date like the server).
export function isoDate(days) {
  return new Date(Date.now() + days * 86_400_000).toLocaleDateString('en-CA', { timeZone: 'Europe/London' });
}

/// Signs in on a page as a demo member of staff. An account that needs two-step sign-in sets
/// it up the first time, as its owner would; after that it gives its authenticator's code.
export async function signIn(page, server, email) {
  await page.goto(server.url + '/sign-in');
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Password').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL(/\/(staff|sign-in\/set-up|sign-in\/code)$/);
  const path = new URL(page.url()).pathname;
  if (path === '/sign-in/set-up') {
    await setUpTwoStep(page, server, email);
    await page.getByRole('link', { name: 'I have kept them safe' }).click();
    await page.waitForURL(/\/staff$/);
  } else if (path === '/sign-in/code') {
    await page.getByLabel('Code', { exact: true }).fill(await authenticatorCode(server, email));
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.waitForURL(/\/staff$/);
  }
}

/// Each account's authenticator, as its app holds it: the key, and the last 30-second step
/// whose code was given (the server accepts each code once).
const authenticators = new Map();

/// On a set-up page: reads the key shown (as someone typing it into an app would), gives the
/// app's code and turns two-step sign-in on. Returns the recovery codes shown once.
export async function setUpTwoStep(page, server, email) {
  const key = (await page.locator('#two-step-secret').textContent()).replace(/\s/g, '');
  authenticators.set(`${server.url}|${email}`, { key, last: -1 });
  await page.getByLabel('Code', { exact: true }).fill(await authenticatorCode(server, email));
  await page.getByRole('button', { name: 'Turn on two-step sign-in' }).click();
  await page.waitForURL(/\/staff\/account\/recovery-codes$/);
  return page.locator('.recovery-codes code').allTextContents();
}

/// The code the account's app shows now, for a step not used before (waiting for the next
/// step when the last code was this step's).
export async function authenticatorCode(server, email) {
  const held = authenticators.get(`${server.url}|${email}`);
  if (!held) throw new Error(`${email} has not set up two-step sign-in in this test`);
  let step = Math.floor(Date.now() / 30_000);
  while (step <= held.last) {
    await new Promise((ok) => setTimeout(ok, 500));
    step = Math.floor(Date.now() / 30_000);
  }
  held.last = step;
  return totpCode(held.key, step);
}

/// RFC 6238 with an app's defaults (HMAC-SHA-1, six digits), written out here so that the
/// server's codes are checked against an implementation of the test's own.
export function totpCode(base32Key, step) {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  let bits = '';
  for (const ch of base32Key.replace(/=+$/, '').toUpperCase()) {
    const value = alphabet.indexOf(ch);
    if (value < 0) throw new Error(`not base32: ${ch}`);
    bits += value.toString(2).padStart(5, '0');
  }
  const bytes = [];
  for (let i = 0; i + 8 <= bits.length; i += 8) bytes.push(parseInt(bits.slice(i, i + 8), 2));
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(step));
  const mac = createHmac('sha1', Buffer.from(bytes)).update(counter).digest();
  const offset = mac[mac.length - 1] & 0x0f;
  const number = (mac.readUInt32BE(offset) & 0x7fffffff) % 1_000_000;
  return String(number).padStart(6, '0');
}

/// Switches the page to the other language with the header switch.
export async function switchLanguage(page, to) {
  await page.locator('.language-switch button').click();
  await page.waitForFunction((lang) => document.documentElement.lang === lang, to);
}

/// axe in the page's language, then in the other, then back.
export async function bothLanguages(page, label) {
  const first = await page.evaluate(() => document.documentElement.lang);
  const other = first === 'cy' ? 'en' : 'cy';
  await expectAccessible(page, `${label} (${first})`);
  await switchLanguage(page, other);
  await expectAccessible(page, `${label} (${other})`);
  await switchLanguage(page, first);
}

/// Starts one server and one browser for a test file (node:test `before`/`after`), returning a
/// getter for both.
export function useServerAndBrowser(before, after, { smtp = false, env: extraEnv = {} } = {}) {
  const shared = {};
  before(async () => {
    if (smtp) shared.smtp = await startSmtpSink();
    const env = smtp ? { HEARD_SMTP_URL: shared.smtp.url, HEARD_JOB_INTERVAL_SECONDS: '1', ...extraEnv } : { ...extraEnv };
    shared.server = await startServer(env);
    shared.browser = await launchBrowser();
  });
  after(async () => {
    await shared.browser?.close();
    await shared.server?.stop();
    shared.smtp?.close();
  });
  return shared;
}

/// On a signed-in staff page: adds a child who became looked after five days ago (with `iro`
/// allocated, if given), filling the form as a person does. Leaves the page on the child.
export async function addChild(page, server, { name, born, language = 'en', iro }) {
  await page.goto(server.url + '/staff/children/new');
  await page.getByLabel('Name they like to be called').fill(name);
  await page.getByLabel('Full legal name').fill(`${name} Prawf`);
  await page.getByLabel('Date of birth').fill(born);
  await page.getByLabel('Preferred language').selectOption(language);
  await page.getByLabel('Date they became looked after').fill(isoDate(-5));
  await page.getByLabel('Legal basis').selectOption('care_order');
  if (iro) await page.getByLabel('Allocated IRO').selectOption({ label: iro });
  await page.getByRole('button', { name: 'Save' }).click();
  await page.getByText(`${name} was added.`).waitFor();
}

/// On a signed-in staff page: adds a child (with `iro` allocated, if given) and books their review
/// `meetingIn` days from now, confirming the day when it is a weekend or bank holiday, as a
/// person does when asked. Leaves the page on the review.
export async function addChildAndBook(page, server, { name, born, language, meetingIn = 12, iro }) {
  await addChild(page, server, { name, born, language, iro });
  await page.getByRole('link', { name: 'Book the review' }).click();
  await page.getByLabel('Date of the meeting').fill(isoDate(meetingIn));
  await page.getByLabel('Start time').fill('10:30');
  await page.getByRole('button', { name: 'Book the review' }).click();
  const confirm = page.getByLabel('Yes, hold the meeting on this day');
  const booked = page.getByText(`The review for ${name} is booked.`);
  await Promise.race([booked.waitFor(), confirm.waitFor()]);
  if (await confirm.isVisible()) {
    await confirm.check();
    await page.getByRole('button', { name: 'Book the review' }).click();
  }
  await booked.waitFor();
}

/// Business support adds a child with Iola as IRO, books their review `meetingIn` days from now
/// and prints a letter for each of `invitees` ([audience, first name, language]). Returns the
/// review's path and the codes by audience.
export async function bookAndInvite(browser, server, { name, born, language, meetingIn = 12, invitees }) {
  const page = await newPage(browser);
  await signIn(page, server, 'support@dyffryn.example');
  await addChildAndBook(page, server, { name, born, language, meetingIn, iro: 'Iola Roberts' });
  const review = new URL(page.url()).pathname;
  const codes = {};
  for (const [audience, firstName, theirLanguage] of invitees) {
    await page.goto(server.url + review);
    await page.getByLabel('Who they are').selectOption(audience);
    await page.getByLabel('First name').fill(firstName);
    await page.getByLabel('Their language').selectOption(theirLanguage);
    await page.getByLabel('How they get the invitation').selectOption('post');
    await page.getByRole('button', { name: 'Add to the invited' }).click();
    await page.getByRole('button', { name: 'Make the letter' }).click();
    codes[audience] = (await page.locator('.letter__code').innerText()).trim();
  }
  if (page.problems.length) throw new Error(page.problems.join('\n'));
  await page.context().close();
  return { review, codes };
}

/// The same for one child invited by letter; returns the letter's code.
export async function inviteChild(browser, server, { name, born, language }) {
  const { codes } = await bookAndInvite(browser, server, { name, born, language, invitees: [['child', name, language]] });
  return codes.child;
}

/// What is wrong with the page as laid out now: sideways scroll, and pairs of visible controls
/// whose boxes overlap (a control and its own label, or one inside another, are one thing).
export async function layoutProblems(page) {
  return page.evaluate(() => {
    const problems = [];
    const width = document.documentElement.clientWidth;
    if (document.documentElement.scrollWidth > width + 1) problems.push(`scrolls sideways: ${document.documentElement.scrollWidth} > ${width}`);
    const controls = [...document.querySelectorAll('a[href], button, select, textarea, label[for], input:not([type=hidden])')].filter((el) => {
      const style = getComputedStyle(el);
      const box = el.getBoundingClientRect();
      // Inside a closed <details> only the summary shows.
      const folded = el.closest('details:not([open])') && !el.closest('summary');
      return style.visibility !== 'hidden' && style.display !== 'none' && Number(style.opacity) > 0 && box.width > 0 && box.height > 0
        && !el.closest('[hidden]') && !folded;
    });
    const name = (el) => `${el.tagName.toLowerCase()}${el.id ? '#' + el.id : ''} "${(el.innerText || el.value || '').trim().slice(0, 30)}"`;
    for (let i = 0; i < controls.length; i++) {
      for (let j = i + 1; j < controls.length; j++) {
        const [a, b] = [controls[i], controls[j]];
        if (a.contains(b) || b.contains(a)) continue;
        if ((a.htmlFor && a.htmlFor === b.id) || (b.htmlFor && b.htmlFor === a.id)) continue;
        const [r, s] = [a.getBoundingClientRect(), b.getBoundingClientRect()];
        const overlap = Math.max(0, Math.min(r.right, s.right) - Math.max(r.left, s.left)) * Math.max(0, Math.min(r.bottom, s.bottom) - Math.max(r.top, s.top));
        if (overlap > 4) problems.push(`${name(a)} overlaps ${name(b)} (${Math.round(overlap)} px²)`);
      }
    }
    return problems;
  });
}
