// Every staff form, filled in and submitted by clicking, the way a person does it. The pages
// record each form they offer and each form a person submits (the browser's own `submit`
// event, which only a click or Enter fires); at the end every form offered on the staff side,
// on the pages walked and on every staff page a link leads to, must have been submitted once.
// A new staff form fails this test until the journey submits it.
//
// Along the way, with the mail server down: an undelivered invitation on the review page, an
// undelivered alert on the IRO's home and the admin's outgoing email page are checked with axe
// in both languages, as are the weekend question on the booking form and the calm 400 and 503
// pages.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import {
  DEMO_PASSWORD, addChild, authenticatorCode, expectAccessible, isoDate, layoutProblems, newPage, signIn, switchLanguage,
  useServerAndBrowser,
} from './harness.mjs';

// Nothing listens on port 9 on loopback: every email fails at once and stays in the outbox.
const shared = useServerAndBrowser(before, after, {
  env: { HEARD_SMTP_URL: 'smtp://127.0.0.1:9', HEARD_JOB_INTERVAL_SECONDS: '1' },
});

const offered = new Map(); // form key → the page that offered it
const submitted = new Set();

/// A form's identity: method, where it goes (ids as `:id`) and the hidden fields that choose
/// between the forms sharing one server function (which event, which outcome, which action).
function formKey({ method, action, hidden, button }) {
  const choosers = ['event', 'outcome', 'action', 'active'];
  const chosen = hidden.filter(([name]) => choosers.includes(name)).map(([name, value]) => `${name}=${value}`).sort();
  if (button) chosen.push(`button:${button}`);
  const path = action.replace(/\/\d+(?=\/|$)/g, '/:id');
  return `${method.toUpperCase()} ${path}${chosen.length ? ` ${chosen.join('&')}` : ''}`;
}

/// In the page: what the browser submits (its own `submit` event) and what each staff page offers.
function watchFormsInPage() {
  const parts = (form, button) => ({
    method: form.getAttribute('method') ?? 'get',
    action: new URL(form.getAttribute('action') ?? '', location.href).pathname,
    hidden: [...form.querySelectorAll('input[type=hidden]')].map((i) => [i.name, i.value]),
    button: button?.name ? `${button.name}=${button.value}` : undefined,
  });
  // A form with named submit buttons is as many forms as it has ways to be sent.
  const ways = (form) => {
    const buttons = [...form.querySelectorAll('button[type=submit], input[type=submit], button:not([type])')];
    const named = buttons.filter((b) => b.name);
    return [...named.map((b) => parts(form, b)), ...(buttons.some((b) => !b.name) || buttons.length === 0 ? [parts(form)] : [])];
  };
  document.addEventListener('submit', (event) => window.__heardSubmitted(parts(event.target, event.submitter)), true);
  document.addEventListener('DOMContentLoaded', () => {
    if (location.pathname.startsWith('/staff')) window.__heardOffered([...document.forms].flatMap(ways), location.pathname);
  });
}

/// A staff page that records what it offers and what is submitted on it.
async function staffPage(browser) {
  const page = await newPage(browser);
  await page.exposeFunction('__heardSubmitted', (form) => submitted.add(formKey(form)));
  await page.exposeFunction('__heardOffered', (forms, path) => {
    for (const form of forms) if (!offered.has(formKey(form))) offered.set(formKey(form), path);
  });
  await page.addInitScript(watchFormsInPage);
  return page;
}

/// Every staff page a link leads to from `start`, fetched with the page's cookies: the forms
/// they offer (read from the HTML Heard writes; nothing is sent). Every page a link leads to
/// must open, and the walk must end before its limit, or the test says so.
async function crawlForms(page, start, limit = 200) {
  const origin = new URL(page.url()).origin;
  const queue = [...start];
  const seen = new Set(queue);
  const broken = [];
  let n = 0;
  for (; n < queue.length && n < limit; n++) {
    const response = await page.request.get(origin + queue[n], { headers: { accept: 'text/html' } });
    if (!response.ok()) {
      broken.push(`${queue[n]} answered ${response.status()}`);
      continue;
    }
    if (!(response.headers()['content-type'] ?? '').startsWith('text/html')) continue;
    const html = await response.text();
    const decode = (text) => text.replace(/&amp;/g, '&').replace(/&quot;/g, '"');
    for (const [, attributes, body] of html.matchAll(/<form([^>]*)>([\s\S]*?)<\/form>/g)) {
      const attr = (text, name) => {
        const found = new RegExp(`\\b${name}="([^"]*)"`).exec(text)?.[1];
        return found === undefined ? undefined : decode(found);
      };
      const hidden = [...body.matchAll(/<input[^>]*type="hidden"[^>]*>/g)].map(([input]) => [attr(input, 'name') ?? '', attr(input, 'value') ?? '']);
      const action = new URL(attr(attributes, 'action') ?? queue[n], origin + queue[n]).pathname;
      const base = { method: attr(attributes, 'method') ?? 'get', action, hidden };
      const buttons = [...body.matchAll(/<button[^>]*>/g)].map(([b]) => b).filter((b) => !/type="(button|reset)"/.test(b));
      const named = buttons.map((b) => [attr(b, 'name'), attr(b, 'value') ?? '']).filter(([name]) => name);
      const ways = named.map(([name, value]) => ({ ...base, button: `${name}=${value}` }));
      if (named.length < buttons.length || buttons.length === 0) ways.push(base);
      for (const way of ways) if (!offered.has(formKey(way))) offered.set(formKey(way), queue[n]);
    }
    for (const [, href] of html.matchAll(/<a[^>]*\bhref="(\/staff[^"#]*)/g)) {
      const path = decode(href);
      if (/\.(pdf|csv)$/.test(path) || path.includes('lang=') || seen.has(path)) continue;
      seen.add(path);
      queue.push(path);
    }
  }
  assert.deepEqual(broken, [], `staff links that did not open, from ${start.join(', ')}`);
  assert.ok(n === queue.length, `the walk from ${start.join(', ')} stopped at ${limit} pages with ${queue.length - n} left`);
}

/// axe in English and in Welsh; `redo` brings the page back to the state being checked after
/// the switch (a one-time message does not survive the switch's reload).
async function bothLanguages(page, label, redo = async () => {}) {
  await expectAccessible(page, `${label} (en)`);
  await switchLanguage(page, 'cy');
  await redo('cy');
  await expectAccessible(page, `${label} (cy)`);
  await switchLanguage(page, 'en');
  await redo('en');
}

/// Waits for a text; when it does not come, the error says what the page showed instead.
async function expectText(page, text) {
  try {
    await page.getByText(text).first().waitFor({ timeout: 10_000 });
  } catch (e) {
    const shown = await page.locator('main').innerText().catch(() => '(no main)');
    throw new Error(`${e.message}\n${page.url()} shows:\n${shown}`);
  }
}

/// The next Saturday at least `from` days away.
function saturdayFrom(from) {
  for (let d = from; ; d++) {
    const day = new Date(`${isoDate(d)}T12:00:00Z`).getUTCDay();
    if (day === 6) return d;
  }
}

/// Holds SQLite's write lock (BEGIN IMMEDIATE) from another process until `release`.
async function holdWrites(dataDir) {
  const holder = spawn('python3', ['-c', [
    'import sqlite3, sys',
    `c = sqlite3.connect(${JSON.stringify(join(dataDir, 'heard.db'))}, isolation_level=None)`,
    "c.execute('BEGIN IMMEDIATE')",
    "print('held', flush=True)",
    'sys.stdin.read()',
    "c.execute('ROLLBACK')",
  ].join('\n')], { stdio: ['pipe', 'pipe', 'inherit'] });
  await new Promise((ok, ko) => {
    holder.stdout.once('data', ok);
    holder.once('exit', (code) => ko(new Error(`the lock holder exited with ${code}`)));
  });
  return {
    async release() {
      holder.stdin.end();
      await new Promise((r) => (holder.exitCode !== null ? r() : holder.once('exit', r)));
    },
  };
}

test('every staff form works when filled in and submitted by clicking', async () => {
  const { server, browser } = shared;
  const pages = [];

  // ── Business support: a child, a Saturday review, invitations by post and by email. ──
  const support = await staffPage(browser);
  pages.push(support);
  await signIn(support, server, 'support@dyffryn.example');
  await addChild(support, server, { name: 'Cai', born: '2014-02-03', iro: 'Iola Roberts' });
  const childPath = new URL(support.url()).pathname;

  // His details corrected.
  await support.getByRole('link', { name: 'Edit Cai' }).click();
  await support.getByLabel('Full legal name').fill('Cai Rhys Morgan');
  await support.getByRole('button', { name: 'Save' }).click();
  await expectText(support, "Cai's details were saved.");

  // A review held before Heard, and an unplanned move: both dates are kept (the forms once
  // posted names the server did not read, and every submit failed).
  await support.goto(server.url + childPath);
  await support.getByLabel('Record a review already held').fill(isoDate(-3));
  await support.getByRole('button', { name: 'Record' }).first().click();
  await expectText(support, 'A past review for Cai was recorded.');
  await support.getByLabel('Record an unplanned change of placement').fill(isoDate(-1));
  await support.getByRole('button', { name: 'Record' }).nth(1).click();
  await expectText(support, 'The change of placement for Cai was recorded.');
  const history = await support.locator('.link-list').innerText();
  assert.match(history, /Unplanned change of placement/, history);
  assert.equal((history.match(/·/g) ?? []).length >= 3, true, history);

  // The children list, searched.
  await support.goto(server.url + '/staff/children');
  await support.getByLabel(/Search/).first().fill('Cai');
  await support.getByRole('button', { name: 'Show' }).click();
  await support.waitForURL(/\/staff\/children\?.*q=Cai/);
  await support.getByRole('link', { name: /Cai/ }).first().waitFor();

  // Children imported from a file, checked first; then a month's reviews booked in one go.
  await support.goto(server.url + '/staff/children');
  await support.getByRole('link', { name: 'Import children' }).click();
  const header = 'case_reference,preferred_name,full_name,date_of_birth,language,legal_basis,looked_after_since';
  await support.getByLabel('CSV or JSON file').setInputFiles({
    name: 'export.csv', mimeType: 'text/csv', buffer: Buffer.from(`${header}\nFFORM-1,Dwynwen,Dwynwen Ellis,2015-03-03,cy,care_order,${isoDate(-10)}\n`),
  });
  await support.getByRole('button', { name: 'Check the file' }).click();
  await support.getByRole('button', { name: 'Import 1 child' }).click();
  await expectText(support, 'The file was imported. Added: 1. Updated: 0.');
  await support.goto(server.url + '/staff/children?filter=to_book&q=FFORM-1');
  await support.getByLabel('Choose Dwynwen').check();
  await support.getByRole('button', { name: 'Book the chosen reviews' }).click();
  await expectText(support, '1 review was booked. Its IRO confirms the meeting.');

  // Her contacts, on her page: a carer saved, a parent saved and removed; then her review's
  // invitations sent in one go from "to invite".
  await support.goto(server.url + '/staff/children?q=FFORM-1');
  await support.getByRole('link', { name: 'Dwynwen', exact: true }).click();
  const contacts = support.locator('section', { has: support.getByRole('heading', { name: 'Who is invited to their reviews' }) });
  for (const [slot, name] of [['carer', 'Gwenda'], ['parent1', 'Iolo']]) {
    await contacts.getByLabel('Who they are').selectOption(slot);
    await contacts.getByLabel('First name').fill(name);
    await contacts.getByLabel('Email address').fill(`${name.toLowerCase()}@example.org`);
    await contacts.getByRole('button', { name: 'Save this contact' }).click();
    await expectText(support, `${name} was saved as a contact.`);
  }
  await contacts.getByRole('button', { name: 'Remove Iolo' }).click();
  await expectText(support, 'The contact was removed.');
  await support.goto(server.url + '/staff/children?filter=to_invite&q=FFORM-1');
  await support.getByLabel('Choose Dwynwen').check();
  await support.getByRole('button', { name: 'Invite for the chosen reviews' }).click();
  await expectText(support, /Invitations for 1 review are done\. Emails sent or queued: 1\./);

  // A Saturday meeting is asked about, in each language, then confirmed.
  const saturday = isoDate(saturdayFrom(9));
  await support.goto(server.url + childPath);
  await support.getByRole('link', { name: 'Book the review' }).click();
  const askAboutSaturday = async (lang) => {
    await support.locator('#meeting_on').fill(saturday);
    await support.locator('#meeting_at').fill('10:30');
    await support.locator('form[action="/api/save_booking"] button[type=submit]').click();
    await support.locator('input[name="non_working_day"]').waitFor();
    assert.equal(await support.evaluate(() => document.documentElement.lang), lang);
  };
  await askAboutSaturday('en');
  await bothLanguages(support, 'booking form asking about a Saturday', askAboutSaturday);
  await support.getByLabel('Yes, hold the meeting on this day').check();
  await support.getByRole('button', { name: 'Book the review' }).click();
  await expectText(support, 'The review for Cai is booked.');
  const reviewPath = new URL(support.url()).pathname;

  // The booking changed.
  await support.getByRole('link', { name: 'Change date or arrangements' }).click();
  await support.getByLabel('Start time').fill('11:00');
  await support.getByRole('button', { name: 'Save changes' }).click();
  await expectText(support, /The review for Cai was saved/);

  // Cai by letter: made, a new code, posted.
  await support.goto(server.url + reviewPath);
  await support.getByLabel('How they get the invitation').selectOption('post');
  await support.getByRole('button', { name: 'Add to the invited' }).click();
  await support.getByRole('button', { name: 'Make the letter' }).click();
  await support.getByRole('heading', { level: 1, name: 'Invitation letter' }).waitFor();
  await support.getByRole('link', { name: 'Back to the review' }).click();
  await support.getByRole('button', { name: 'New code' }).click();
  await support.getByRole('heading', { level: 1, name: 'Invitation letter' }).waitFor();
  const code = (await support.locator('.letter__code').innerText()).trim();
  await support.getByRole('button', { name: 'Mark as posted' }).click();
  await expectText(support, 'The letter to Cai was marked as posted.');

  // His carer by email: the mail server is down, so the review page says so and offers a retry.
  await support.getByLabel('Who they are').selectOption('carer');
  await support.getByLabel('First name').fill('Nia');
  await support.getByLabel('How they get the invitation').selectOption('email');
  await support.getByLabel('Email address').fill('nia@example.org');
  await support.getByRole('button', { name: 'Add to the invited' }).click();
  await support.getByRole('button', { name: 'Send email' }).click();
  await expectText(support, /The mail server did not take the invitation to Nia yet/);
  await support.getByRole('button', { name: /^Try again now/ }).first().waitFor();
  await bothLanguages(support, 'review page with an undelivered invitation');
  await support.getByRole('button', { name: /^Try again now/ }).first().click();
  await expectText(support, 'Heard is trying to send it again now.');
  await support.getByRole('button', { name: 'Send a new link' }).click();
  await expectText(support, 'The mail server did not take the invitation to Nia yet.');

  // A parent added by mistake, revoked.
  await support.getByLabel('Who they are').selectOption('parent');
  await support.getByLabel('First name').fill('Gareth');
  await support.getByLabel('How they get the invitation').selectOption('post');
  await support.getByRole('button', { name: 'Add to the invited' }).click();
  const garethRow = support.getByRole('row').filter({ hasText: 'Gareth' });
  await garethRow.getByRole('button', { name: 'Revoke' }).click();
  await expectText(support, 'The invitation to Gareth was revoked. Its link and code no longer work.');

  // A second child's review, held today.
  await addChild(support, server, { name: 'Lowri', born: '2012-09-09' });
  await support.getByRole('link', { name: 'Book the review' }).click();
  await support.locator('#meeting_on').fill(isoDate(saturdayFrom(9) + 2));
  await support.locator('#meeting_at').fill('14:00');
  await support.getByRole('button', { name: 'Book the review' }).click();
  await expectText(support, 'The review for Lowri is booked.');
  await support.getByLabel('Date it was held').fill(isoDate(0));
  await support.getByRole('button', { name: 'Mark as held' }).click();
  await expectText(support, 'The review for Lowri was marked as held.');

  // Business support's own password.
  await support.goto(server.url + '/staff/account');
  await support.getByLabel('Current password').fill(DEMO_PASSWORD);
  await support.getByLabel('New password').fill('a new and long password for support');
  await support.getByRole('button', { name: 'Change password' }).click();
  await expectText(support, 'Your password was changed.');

  // ── Cai makes his secret and says he does not feel safe: the IRO's email cannot go. ──
  const child = await newPage(browser);
  pages.push(child);
  await child.goto(server.url + '/start');
  await child.locator('#code').fill(code);
  await child.getByRole('button', { name: 'Start' }).click();
  await child.waitForURL(/\/welcome$/);
  await child.locator('.language-choice').getByRole('button', { name: 'English' }).click();
  await child.goto(server.url + '/secret');
  for (const picture of ['dog', 'ball', 'moon']) await child.locator(`#pic_${picture}`).check();
  await child.getByRole('button', { name: 'Save my pictures' }).click();
  await child.waitForURL(/\/form\/screen\/1$/);
  await child.locator('.not-safe-form button').click();
  await child.waitForURL(/\/safe/);

  // ── The IRO: the alert and its undelivered email, the meeting, the secret, the pack. ──
  const iro = await staffPage(browser);
  pages.push(iro);
  await signIn(iro, server, 'iro@dyffryn.example');
  const undeliveredAlert = iro.getByRole('button', { name: /^Try again now/ }).first();
  for (let tries = 0; !(await undeliveredAlert.isVisible()) && tries < 30; tries++) {
    await new Promise((r) => setTimeout(r, 500));
    await iro.reload();
  }
  await iro.getByRole('button', { name: 'I am dealing with this' }).waitFor();
  await bothLanguages(iro, 'IRO home with an alert and an undelivered email');
  await undeliveredAlert.click();
  await expectText(iro, 'Heard is trying to send it again now.');
  await iro.getByRole('button', { name: 'I am dealing with this' }).click();
  await expectText(iro, 'Marked as being dealt with.');

  await iro.goto(server.url + reviewPath);
  await iro.getByRole('button', { name: 'Confirm date, time and how to join' }).click();
  await expectText(iro, /Confirmed\. Cai's invitees can now see/);
  await iro.getByRole('row').filter({ hasText: 'Cai' }).first().getByRole('button', { name: 'Reset their secret' }).click();
  await expectText(iro, 'Their secret was cleared. They will make a new one next time.');

  await iro.goto(`${server.url}${reviewPath}/pack`);
  await iro.getByLabel('Password for the file').fill('a file password 2026');
  await iro.getByLabel('Type the password again').fill('a file password 2026');
  const [download] = await Promise.all([
    iro.waitForEvent('download'),
    iro.getByRole('button', { name: 'Download protected PDF' }).click(),
  ]);
  assert.match(download.suggestedFilename(), /\.pdf$/);

  // The busy database: a calm "try again", in the reader's language, checked by axe.
  for (const lang of ['en', 'cy']) {
    if (lang === 'cy') {
      await iro.goto(`${server.url}${reviewPath}/pack`);
      await switchLanguage(iro, 'cy');
    }
    const lock = await holdWrites(server.dataDir);
    try {
      const response = await iro.goto(`${server.url}${reviewPath}/pack`);
      assert.equal(response.status(), 503);
      await expectAccessible(iro, `busy page (${lang})`);
    } finally {
      await lock.release();
    }
  }
  await iro.goto(`${server.url}${reviewPath}/pack`);
  await switchLanguage(iro, 'en');

  // The outcome letter: a draft, then sent (which marks the meeting held today).
  await iro.goto(`${server.url}${reviewPath}/outcome`);
  const parts = iro.locator('form[action="/api/save_outcome_letter"] textarea');
  await parts.first().fill('We talked about where you live.');
  await iro.getByRole('button', { name: 'Save draft' }).click();
  await expectText(iro, 'Draft saved. Nothing has been sent.');
  for (let i = 0; i < await parts.count(); i++) await parts.nth(i).fill('You can stay where you are.');
  await iro.locator('#held_on').fill(isoDate(0));
  await iro.getByRole('button', { name: 'Send to Cai and mark the review held' }).click();
  await expectText(iro, /Your letter is sent\./);

  // Cai's next review, booked and then cancelled.
  await support.goto(server.url + childPath);
  await support.getByRole('link', { name: 'Book the review' }).click();
  await support.locator('#meeting_on').fill(isoDate(saturdayFrom(9) + 3));
  await support.locator('#meeting_at').fill('09:30');
  await support.getByRole('button', { name: 'Book the review' }).click();
  await expectText(support, 'The review for Cai is booked.');
  await support.getByRole('button', { name: 'Cancel this review' }).click();
  await expectText(support, 'The review for Cai was cancelled. Invitation links no longer work.');

  // ── The admin: staff, settings, audit, cover, outgoing email; a post the server cannot read. ──
  const admin = await staffPage(browser);
  pages.push(admin);
  await signIn(admin, server, 'admin@dyffryn.example');
  await admin.goto(server.url + '/staff/admin/staff');
  await admin.locator('#display_name').fill('Sioned Hughes');
  await admin.locator('#email').fill('sioned@dyffryn.example');
  await admin.locator('#role').selectOption('iro');
  await admin.locator('#password').fill('a long password for sioned');
  await admin.getByRole('button', { name: 'Add member of staff' }).click();
  await expectText(admin, 'Sioned Hughes was added.');
  await admin.getByRole('button', { name: 'Disable Sioned Hughes' }).click();
  await admin.getByRole('button', { name: 'Enable Sioned Hughes' }).click();
  await admin.getByRole('button', { name: 'Disable Sioned Hughes' }).waitFor();
  // Who must use two-step sign-in: saved as it is (admins only).
  await admin.getByRole('button', { name: 'Save who must use it' }).click();
  await expectText(admin, 'Saved who must use two-step sign-in.');
  // The admin's own two-step sign-in: new recovery codes, with a code from the app.
  await admin.goto(server.url + '/staff/account');
  await admin.getByLabel('Code from your app, or a recovery code').fill(await authenticatorCode(server, 'admin@dyffryn.example'));
  await admin.getByRole('button', { name: 'Make new recovery codes' }).click();
  await expectText(admin, 'Your new recovery codes are ready. The old ones no longer work.');

  await admin.goto(server.url + '/staff/admin/settings');
  await admin.getByRole('button', { name: 'Save settings' }).click();
  await expectText(admin, 'The settings were saved.');
  // A body the server cannot read (not UTF-8): 400 and a calm page in the person's language.
  for (const lang of ['en', 'cy']) {
    if (lang === 'cy') await switchLanguage(admin, 'cy');
    await admin.route('**/api/save_settings', (route) => route.continue({ postData: Buffer.from([0x61, 0x3d, 0xff, 0xfe]) }));
    const [response] = await Promise.all([
      admin.waitForResponse((r) => r.url().endsWith('/api/save_settings')),
      admin.locator('form[action="/api/save_settings"] button[type=submit]').click(),
    ]);
    assert.equal(response.status(), 400);
    await admin.waitForLoadState();
    assert.equal(await admin.evaluate(() => document.documentElement.lang), lang);
    await expectAccessible(admin, `unreadable post (${lang})`);
    await admin.unroute('**/api/save_settings');
    await admin.goto(server.url + '/staff/admin/settings');
  }
  await switchLanguage(admin, 'en');

  // An API key made, replaced and revoked.
  await admin.goto(server.url + '/staff/admin/api-keys');
  await admin.getByLabel('Name', { exact: true }).fill('Test system');
  await admin.getByLabel(/Read reviews' exports/).check();
  await admin.getByRole('button', { name: 'Make the key' }).click();
  await expectText(admin, /Copy this key now/);
  await admin.getByRole('button', { name: 'Replace Test system' }).click();
  await expectText(admin, /Copy this key now/);
  await admin.getByRole('button', { name: 'Revoke Test system' }).click();
  await expectText(admin, 'The key was revoked. It stopped working at once.');
  // The webhook: set (its secret shown once), moved, a new secret, turned off.
  await admin.getByLabel('Address for calls').fill('https://case.example.gov.uk/hook');
  await admin.getByRole('button', { name: 'Save the address' }).click();
  await expectText(admin, 'Copy the signing secret now. It is shown only once.');
  await admin.getByLabel('Address for calls').fill('https://case.example.gov.uk/heard');
  await admin.getByRole('button', { name: 'Save the address' }).click();
  await expectText(admin, "The webhook's address was saved.");
  await admin.getByRole('button', { name: 'Make a new signing secret' }).click();
  await expectText(admin, 'Copy the signing secret now. It is shown only once.');
  await admin.getByRole('button', { name: 'Turn off the webhook' }).click();
  await expectText(admin, 'The webhook is off. Heard will not call it again.');
  // Council sign-in (the journey through a provider is council-sign-in.test.mjs): every field
  // is read, and an issuer with no OpenID configuration is said to be one.
  await admin.goto(server.url + '/staff/admin/sign-in');
  await admin.getByLabel('Issuer address').fill('http://127.0.0.1:9/no-provider');
  await admin.getByLabel('Client ID').fill('heard-forms');
  await admin.getByLabel('Client secret').fill('a-secret-typed-by-the-admin');
  await admin.getByLabel('Staff email domain').fill('dyffryn.example');
  await admin.getByRole('button', { name: 'Save council sign-in' }).click();
  await expectText(admin, 'Heard could not read an OpenID configuration at this issuer.');
  assert.equal(await admin.getByLabel('Client ID').inputValue(), 'heard-forms');
  assert.equal(await admin.getByLabel('Staff email domain').inputValue(), 'dyffryn.example');

  await admin.goto(server.url + '/staff/admin/audit');
  await admin.locator('#action').selectOption('event.recorded').catch(() => admin.locator('#action').selectOption({ index: 1 }));
  await admin.getByRole('button', { name: 'Show' }).click();
  await admin.waitForURL(/\/staff\/admin\/audit\?action=/);

  await admin.goto(server.url + '/staff/admin/cover');
  await admin.locator('#child_id').selectOption({ label: 'Cai' }).catch(() => admin.locator('#child_id').selectOption({ index: 1 }));
  await admin.locator('#staff_id').selectOption({ index: 1 });
  await admin.locator('#until').fill(isoDate(14));
  await admin.getByRole('button', { name: 'Grant cover' }).click();
  await expectText(admin, 'Cover granted. It is recorded in the audit trail.');
  await admin.getByRole('button', { name: /End this cover/ }).first().click();
  await expectText(admin, 'Cover ended.');

  await admin.goto(server.url + '/staff/admin/languages');
  await admin.getByRole('button', { name: 'Offer Romanian', exact: true }).click();
  await expectText(admin, 'Romanian is now offered to children, parents and carers.');
  await admin.getByRole('button', { name: 'Stop offering Romanian' }).click();
  await expectText(admin, 'Romanian is no longer offered. Invitations already sent in it still work.');

  await admin.goto(server.url + '/staff/admin/outbox');
  await admin.getByRole('button', { name: /^Try again now/ }).first().waitFor();
  await bothLanguages(admin, 'outgoing email with undelivered messages');
  await admin.getByRole('button', { name: /^Try again now/ }).first().click();
  await expectText(admin, 'Heard is trying to send it again now.');

  // The pages this journey changed, at 320, 360 and 390 px in both languages, with their
  // undelivered messages listed: no sideways scroll, nothing to press on top of another.
  const narrow = [];
  for (const [page, path] of [[iro, '/staff'], [admin, '/staff/admin/outbox'], [support, reviewPath]]) {
    for (const lang of ['cy', 'en']) {
      await page.context().addCookies([{ name: 'heard_lang', value: lang, url: server.url }]);
      for (const width of [320, 360, 390]) {
        await page.setViewportSize({ width, height: 800 });
        await page.goto(server.url + path);
        for (const p of await layoutProblems(page)) narrow.push(`${lang} ${width}px ${path}: ${p}`);
      }
    }
    await page.setViewportSize({ width: 1280, height: 720 });
  }
  assert.deepEqual(narrow, [], 'staff pages at narrow widths');

  // ── Every form offered on a staff page must have been submitted above. ──
  for (const [page, start] of [[support, ['/staff', reviewPath, childPath]], [iro, ['/staff', reviewPath]], [admin, ['/staff']]]) {
    await crawlForms(page, start);
  }
  const manager = await staffPage(browser);
  pages.push(manager);
  await signIn(manager, server, 'manager@dyffryn.example');
  await crawlForms(manager, ['/staff']);
  await manager.getByRole('button', { name: 'Sign out' }).click();
  await manager.waitForURL((url) => !url.pathname.startsWith('/staff'));
  // Switching the language is a form too; every staff page above used it.
  const never = [...offered].filter(([key]) => !submitted.has(key)).map(([key, path]) => `${key} (offered on ${path})`);
  assert.deepEqual(never, [], 'staff forms offered but never submitted by clicking');
  assert.ok(offered.size >= 25, `the forms were found: ${[...offered.keys()].join(', ')}`);
  // The browser logs the answers it was given on purpose (two busy, two unreadable); nothing
  // else may appear.
  const busy = (p) => /status of 503 .*\/pack\)$/.test(p);
  const unreadable = (p) => /status of 400 .*\/api\/save_settings\)$/.test(p);
  assert.equal(iro.problems.filter(busy).length, 2, iro.problems.join('\n'));
  assert.equal(admin.problems.filter(unreadable).length, 2, admin.problems.join('\n'));
  for (const page of pages) assert.deepEqual(page.problems.filter((p) => !busy(p) && !unreadable(p)), []);
});
