// The pages issue 3 added that the booking journey does not reach, each checked with axe in
// English and in Welsh: council settings (with an error), the development outbox, changing a
// booking, the booking form and letter in Welsh, and the link landing in Welsh.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import {
  authenticatorCode, DEMO_PASSWORD, expectAccessible, isoDate, layoutProblems, newPage, newestOutboxMessage, setUpTwoStep, signIn, switchLanguage,
  useServerAndBrowser,
} from './harness.mjs';

const shared = useServerAndBrowser(before, after);

async function bothLanguages(page, label) {
  await expectAccessible(page, `${label} (en)`);
  await switchLanguage(page, 'cy');
  await expectAccessible(page, `${label} (cy)`);
  await switchLanguage(page, 'en');
}

test('settings and outbox pages are accessible in both languages', async () => {
  const { server, browser } = shared;
  const admin = await newPage(browser);
  await signIn(admin, server, 'admin@dyffryn.example');
  await admin.goto(server.url + '/staff/admin/settings');
  await bothLanguages(admin, 'council settings');
  await admin.locator('#duty_phone').fill('ring the office');
  await admin.getByRole('button', { name: 'Save settings' }).click();
  await admin.getByRole('alert').waitFor();
  assert.match(await admin.getByRole('alert').innerText(), /Enter a phone number using digits/);
  await bothLanguages(admin, 'council settings with an error');
  await admin.goto(server.url + '/staff/admin/outbox');
  await bothLanguages(admin, 'outbox (empty)');
  // The audit trail: every event of the authority, filtered by kind and day; nothing can change it.
  await admin.goto(server.url + '/staff/admin/audit');
  await admin.getByRole('table').waitFor();
  await bothLanguages(admin, 'audit trail');
  const kind = await admin.locator('#action option').nth(1).getAttribute('value');
  await admin.locator('#action').selectOption(kind);
  await admin.locator('#from').fill(isoDate(0));
  await admin.getByRole('button', { name: 'Show' }).click();
  await admin.waitForURL(/\/staff\/admin\/audit\?action=/);
  const shown = await admin.locator('tbody code').allInnerTexts();
  assert.ok(shown.length > 0 && shown.every((a) => a === kind), `only ${kind} is listed`);
  await bothLanguages(admin, 'audit trail, filtered');
  // Cover between IROs: a missing choice is explained; a fortnight's cover is listed, then ended.
  await admin.goto(server.url + '/staff/admin/cover');
  await bothLanguages(admin, 'IRO cover');
  await admin.getByRole('button', { name: 'Grant cover' }).click();
  await admin.getByRole('alert').waitFor();
  await bothLanguages(admin, 'IRO cover with an error');
  await admin.locator('#child_id').selectOption({ index: 1 });
  await admin.locator('#staff_id').selectOption({ index: 1 });
  await admin.locator('#until').fill(isoDate(14));
  await admin.getByRole('button', { name: 'Grant cover' }).click();
  await admin.getByText('Cover granted.').waitFor();
  await bothLanguages(admin, 'IRO cover in place');
  await admin.getByRole('button', { name: 'End this cover' }).click();
  await admin.getByText('Cover ended.').waitFor();
  assert.deepEqual(admin.problems, []);
});

test('an admin makes an API key, sees it once, and revokes it', async () => {
  const { server, browser } = shared;
  const admin = await newPage(browser);
  await signIn(admin, server, 'admin@dyffryn.example');
  await admin.getByRole('link', { name: 'API keys' }).click();
  await admin.getByRole('heading', { level: 1, name: 'API keys' }).waitFor();
  await bothLanguages(admin, 'API keys (none)');
  await admin.getByRole('button', { name: 'Make the key' }).click();
  await admin.getByRole('alert').waitFor();
  assert.match(await admin.getByRole('alert').innerText(), /Give the key a name\.[\s\S]*Choose what the key may do\./);
  await bothLanguages(admin, 'API keys with errors');
  await admin.getByLabel('Name', { exact: true }).fill('Mosaic, live');
  await admin.getByLabel(/Read reviews' exports/).check();
  await admin.getByRole('button', { name: 'Make the key' }).click();
  const key = (await admin.locator('.notice code').innerText()).trim();
  assert.match(key, /^heard_[A-Za-z0-9_-]{43}$/);
  await bothLanguages(admin, 'API keys with a new key');
  const fit = [];
  for (const width of [320, 360, 390]) {
    await admin.setViewportSize({ width, height: 800 });
    for (const p of await layoutProblems(admin)) fit.push(`API keys ${width}px: ${p}`);
  }
  await admin.setViewportSize({ width: 1280, height: 800 });
  assert.deepEqual(fit, []);
  const call = () => fetch(server.url + '/api/v1/reviews/999999/export', { headers: { authorization: `Bearer ${key}` } });
  const answer = await call();
  assert.equal(answer.status, 404, 'the key works: that review is simply not there');
  assert.equal((await answer.json()).error, 'not_found');
  await admin.reload();
  assert.equal(await admin.locator('.notice code').count(), 0, 'shown once');
  await admin.getByRole('button', { name: 'Revoke Mosaic, live' }).click();
  await admin.getByText('The key was revoked. It stopped working at once.').waitFor();
  assert.equal((await call()).status, 401, 'a revoked key stops');
  const openapi = await (await fetch(server.url + '/api/v1/openapi.json')).json();
  assert.equal(openapi.openapi, '3.1.0');

  // The webhook: an address that is not HTTPS is explained; a good one gets its secret, once.
  await admin.getByLabel('Address for calls').fill('http://case.example.gov.uk/hook');
  await admin.getByRole('button', { name: 'Save the address' }).click();
  await admin.getByRole('alert').waitFor();
  assert.match(await admin.getByRole('alert').innerText(), /Enter an address that starts with https:\/\//);
  assert.equal(await admin.getByLabel('Address for calls').inputValue(), 'http://case.example.gov.uk/hook', 'what was typed is kept');
  await bothLanguages(admin, 'API keys, webhook address refused');
  await admin.getByLabel('Address for calls').fill('https://case.example.gov.uk/heard/hook');
  await admin.getByRole('button', { name: 'Save the address' }).click();
  await admin.getByText('Copy the signing secret now. It is shown only once.').waitFor();
  const secret = await admin.locator('.notice code').innerText();
  assert.match(secret, /^whsec_[A-Za-z0-9_-]{43}$/);
  await expectAccessible(admin, 'API keys, webhook secret shown (en)');
  for (const width of [320, 360, 390]) {
    await admin.setViewportSize({ width, height: 800 });
    assert.deepEqual(await layoutProblems(admin), [], `webhook at ${width}px`);
  }
  await admin.setViewportSize({ width: 1280, height: 800 });
  await admin.getByRole('button', { name: 'Make a new signing secret' }).click();
  await admin.getByText('Copy the signing secret now. It is shown only once.').waitFor();
  assert.notEqual(await admin.locator('.notice code').innerText(), secret, 'a new secret');
  await admin.getByRole('button', { name: 'Turn off the webhook' }).click();
  await admin.getByText("The webhook is off. Heard will not call it again.").waitFor();
  await bothLanguages(admin, 'API keys, webhook off');
  assert.deepEqual(admin.problems, []);
});

test('booking changes, the Welsh letter and the Welsh link landing are accessible', async () => {
  const { server, browser } = shared;
  const page = await newPage(browser);
  await signIn(page, server, 'support@dyffryn.example');
  await page.goto(server.url + '/staff/children/new');
  await page.getByLabel('Name they like to be called').fill('Owain');
  await page.getByLabel('Full legal name').fill('Owain Llyr Parry');
  await page.getByLabel('Date of birth').fill('2012-06-01');
  await page.getByLabel('Date they became looked after').fill(isoDate(-3));
  await page.getByLabel('Legal basis').selectOption('care_order');
  await page.getByRole('button', { name: 'Save' }).click();
  await page.getByText('Owain was added.').waitFor();
  await page.getByRole('link', { name: 'Book the review' }).click();
  await switchLanguage(page, 'cy');
  await expectAccessible(page, 'booking form (cy)');
  await switchLanguage(page, 'en');
  await page.getByLabel('Date of the meeting').fill(isoDate(8));
  await page.getByLabel('Start time').fill('13:00');
  await page.getByRole('button', { name: 'Book the review' }).click();
  await page.getByText('The review for Owain is booked.').waitFor();

  // Owain prefers Welsh: his email and letter are in Welsh.
  await page.getByLabel('How they get the invitation').selectOption('email');
  await page.getByLabel('Email address').fill('gofalwr@example.org');
  await page.getByRole('button', { name: 'Add to the invited' }).click();
  await page.getByRole('button', { name: 'Send email' }).click();
  await page.getByText('The invitation to Owain was emailed.').waitFor();
  await page.getByLabel('Who they are').selectOption('carer');
  await page.getByLabel('First name').fill('Menna');
  await page.getByLabel('How they get the invitation').selectOption('post');
  await page.getByRole('button', { name: 'Add to the invited' }).click();
  await page.getByRole('button', { name: 'Make the letter' }).click();
  await page.getByRole('heading', { level: 1, name: 'Invitation letter' }).waitFor();
  await bothLanguages(page, 'letter in Welsh');

  await page.getByRole('link', { name: 'Back to the review' }).click();
  await page.getByRole('link', { name: 'Change date or arrangements' }).click();
  await bothLanguages(page, 'change booking');
  await page.getByLabel('Start time').fill('14:30');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await page.getByText(/The review for Owain was saved/).waitFor();

  const message = newestOutboxMessage(shared.server);
  const link = message.body.match(/http\S+\/i\/\S+/)[0];
  const visitor = await newPage(browser, { locale: 'cy-GB', extraHTTPHeaders: { 'Accept-Language': 'cy' } });
  await visitor.goto(link);
  await visitor.getByText('Helo Owain!').waitFor();
  await expectAccessible(visitor, 'link landing (cy)');
  await visitor.goto(server.url + '/i/not-a-real-link');
  await visitor.getByText(/Sori, wnaeth y cod/).waitFor();
  // This visitor's browser asks for Welsh, so the page starts in Welsh.
  await expectAccessible(visitor, 'link that does not work (cy)');
  await switchLanguage(visitor, 'en');
  await visitor.getByText(/that code or link did not work/).waitFor();
  await expectAccessible(visitor, 'link that does not work (en)');
  for (const p of [page, visitor]) assert.deepEqual(p.problems, []);
});

/// axe in both languages, and nothing overlapping or scrolling sideways at this width.
async function checked(page, label) {
  await bothLanguages(page, label);
  assert.deepEqual(await layoutProblems(page), [], `${label}: layout at ${page.viewportSize().width} px`);
}

test('an admin turns on two-step sign-in at first sign-in, then signs in with a code (320 px)', async () => {
  const { server, browser } = shared;
  const email = 'admin@glannau.example';
  const page = await newPage(browser, { viewport: { width: 320, height: 800 } });
  await page.goto(server.url + '/sign-in');
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Password').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL(/\/sign-in\/set-up$/);
  assert.ok(await page.getByRole('img', { name: 'QR code to add Heard to your authenticator app' }).isVisible());
  await checked(page, 'two-step set-up');

  // A wrong code is explained beside the field; nothing is turned on.
  await page.getByLabel('Code', { exact: true }).fill('000000');
  await page.getByRole('button', { name: 'Turn on two-step sign-in' }).click();
  await page.getByRole('alert').waitFor();
  assert.match(await page.getByRole('alert').innerText(), /That code did not work/);
  await checked(page, 'two-step set-up with a wrong code');

  // The right code: on, and ten recovery codes shown once.
  const codes = await setUpTwoStep(page, server, email);
  assert.equal(codes.length, 10);
  assert.ok(codes.every((c) => /^[a-z2-9]{5}-[a-z2-9]{5}$/.test(c)), codes.join(' '));
  await expectAccessible(page, 'recovery codes (en)');
  assert.deepEqual(await layoutProblems(page), []);
  await page.getByRole('link', { name: 'I have kept them safe' }).click();
  await page.waitForURL(/\/staff$/);

  // From the account page, in Welsh: new recovery codes, with a code from the app.
  await switchLanguage(page, 'cy');
  await page.goto(server.url + '/staff/account');
  assert.match(await page.textContent('main'), /Mae mewngofnodi dau gam ymlaen/);
  await page.getByLabel("Cod o'ch ap, neu god adfer").fill(await authenticatorCode(server, email));
  await page.getByRole('button', { name: 'Gwneud codau adfer newydd' }).click();
  await page.waitForURL(/\/staff\/account\/recovery-codes$/);
  const fresh = await page.locator('.recovery-codes code').allTextContents();
  assert.equal(fresh.length, 10);
  assert.ok(!fresh.includes(codes[0]), 'new codes replace the old');
  await expectAccessible(page, 'recovery codes (cy)');
  await switchLanguage(page, 'en');
  await page.goto(server.url + '/staff/account');
  await checked(page, 'account with two-step sign-in on');
  assert.equal(await page.getByRole('button', { name: 'Turn off two-step sign-in' }).count(), 0, 'admins may not turn it off');

  // Next sign-in: the code step, a wrong code explained, then in with the app's code.
  await page.getByRole('button', { name: 'Sign out' }).click();
  await page.goto(server.url + '/sign-in');
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Password').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL(/\/sign-in\/code$/);
  await checked(page, 'two-step code');
  await page.getByLabel('Code', { exact: true }).fill('123456');
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByRole('alert').waitFor();
  await checked(page, 'two-step code, wrong');
  await page.getByLabel('Code', { exact: true }).fill(await authenticatorCode(server, email));
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.waitForURL(/\/staff$/);

  // The staff page: who has it, the reset, and the council's rule.
  await page.getByRole('link', { name: 'Manage staff' }).click();
  await page.getByRole('checkbox', { name: 'Everyone must use two-step sign-in' }).check();
  await page.getByRole('button', { name: 'Save who must use it' }).click();
  await page.getByText('Saved who must use two-step sign-in.').waitFor();
  assert.ok(await page.getByRole('checkbox', { name: 'Everyone must use two-step sign-in' }).isChecked());
  await checked(page, 'staff with the two-step rule');
  assert.deepEqual(page.problems, []);
});
