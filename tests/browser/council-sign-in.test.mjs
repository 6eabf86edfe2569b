// Council sign-in through a real OpenID provider on loopback (npm oidc-provider): an admin sets
// it up, an IRO signs in through it, and each way it must refuse is tried as it would happen:
// a token made for another app (wrong audience), a token that expired on the way, a disabled
// account, an address with no account, another council's member, a way back used twice, and
// someone who gives up at the provider, another account carrying a member's address. An admin imports staff, who then sign in this way.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { bothLanguages, expectAccessible, layoutProblems, newPage, signIn, useServerAndBrowser } from './harness.mjs';
import { HEARD_CLIENT, OTHER_CLIENT, signInThere, startOidcProvider, tokenForAnotherClient } from './oidc.mjs';

const shared = useServerAndBrowser(before, after);
let provider;
before(async () => {
  // node runs the file's `before` hooks together: the provider needs Heard's address first.
  for (let waited = 0; !shared.server && waited < 60_000; waited += 50) await new Promise((ok) => setTimeout(ok, 50));
  provider = await startOidcProvider({ redirectUri: `${shared.server.url}/api/sign_in/council/back` });
});
after(() => provider?.close());

const RETURN = '/api/sign_in/council/back';

/// What went wrong on Heard's own pages (the provider's development pages fetch web fonts).
function heardProblems(page) {
  return page.problems.filter((p) => !p.includes(provider.issuer) && !p.includes('fonts.g'));
}

/// On Heard's sign-in page: asks for council sign-in for `email`. Returns the nonce Heard sent
/// the provider, and every way back the browser was sent on.
async function startCouncilSignIn(page, email) {
  const seen = { nonce: null, returns: [] };
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.href.startsWith(provider.issuer + '/auth')) seen.nonce = url.searchParams.get('nonce');
    if (url.pathname === RETURN) seen.returns.push(url.href);
  });
  await page.goto(shared.server.url + '/sign-in');
  await page.getByLabel('Your council email').fill(email);
  await page.getByRole('button', { name: "Continue to your council's sign-in" }).click();
  return seen;
}

/// Back on Heard's sign-in page with `message`, and not signed in.
async function refusedWith(page, message) {
  try {
    await page.waitForURL(/\/sign-in$/, { timeout: 15_000 });
    await page.getByText(message).first().waitFor({ timeout: 5_000 });
  } catch (error) {
    const text = await page.locator('body').innerText().catch(() => '');
    throw new Error(`expected "${message}" at /sign-in; at ${page.url()}:\n${text.slice(0, 600)}\n${error.message}`);
  }
  await page.goto(shared.server.url + '/staff');
  await page.waitForURL(/\/sign-in$/);
}

/// Signed in and at the staff home, or the page says why not.
async function signedIn(page) {
  try {
    await page.waitForURL(/\/staff$/, { timeout: 15_000 });
  } catch (error) {
    const text = await page.locator('body').innerText().catch(() => '');
    throw new Error(`expected the staff home; at ${page.url()}:\n${text.slice(0, 800)}\n${error.message}`);
  }
  await page.getByRole('heading', { level: 1 }).waitFor();
}

test('an admin sets up council sign-in, and an IRO signs in through the loopback provider (320 px)', async () => {
  const { server, browser } = shared;
  const admin = await newPage(browser, { viewport: { width: 320, height: 800 } });
  await signIn(admin, server, 'admin@dyffryn.example');
  await admin.getByRole('link', { name: 'Council sign-in' }).click();
  await admin.waitForURL(/\/staff\/admin\/sign-in$/);
  assert.match(await admin.locator('main').innerText(), /Council sign-in is off/);
  assert.ok((await admin.locator('code').innerText()).endsWith(RETURN), 'the address to register is shown');
  await bothLanguages(admin, 'council sign-in settings');
  assert.deepEqual(await layoutProblems(admin), [], 'settings at 320 px');

  // Nothing typed: every field says what it needs, in both languages.
  await admin.getByRole('button', { name: 'Save council sign-in' }).click();
  await admin.getByRole('alert').waitFor();
  const errors = await admin.getByRole('alert').innerText();
  for (const expected of ["Enter the issuer's address", 'Enter the client ID', 'Enter the client secret', 'Enter a domain like']) {
    assert.ok(errors.includes(expected), `${expected} in ${errors}`);
  }
  await bothLanguages(admin, 'council sign-in settings with errors');
  assert.deepEqual(await layoutProblems(admin), [], 'errors at 320 px');

  // An issuer with no OpenID configuration is found now, not at someone's first sign-in.
  await admin.getByLabel('Issuer address').fill('http://127.0.0.1:9/nothing-here');
  await admin.getByLabel('Client ID').fill(HEARD_CLIENT.id);
  await admin.getByLabel('Client secret').fill(HEARD_CLIENT.secret);
  await admin.getByLabel('Staff email domain').fill('dyffryn.example');
  await admin.getByRole('button', { name: 'Save council sign-in' }).click();
  await admin.getByText('Heard could not read an OpenID configuration at this issuer.').first().waitFor();
  assert.equal(await admin.getByLabel('Client ID').inputValue(), HEARD_CLIENT.id, 'what was typed is kept');

  await admin.getByLabel('Issuer address').fill(provider.issuer);
  await admin.getByLabel('Client secret').fill(HEARD_CLIENT.secret);
  await admin.getByRole('button', { name: 'Save council sign-in' }).click();
  await admin.getByText('Council sign-in is saved. Staff at dyffryn.example can use it now.').waitFor();
  assert.equal(await admin.getByLabel('Client secret').inputValue(), '', 'the secret is never shown again');
  await bothLanguages(admin, 'council sign-in on');

  // The IRO: the page that hands them on, then the provider, then their home.
  const iro = await newPage(browser, { viewport: { width: 320, height: 800 } });
  await iro.goto(server.url + '/sign-in');
  await bothLanguages(iro, 'sign-in with council sign-in');
  assert.deepEqual(await layoutProblems(iro), [], 'sign-in at 320 px');
  // Held here (a 204 does not navigate) to look at the page that hands the browser on; then
  // let go, and the page moves on by itself.
  let holding = true;
  await iro.route(provider.issuer + '/auth**', (route) => (holding ? route.fulfill({ status: 204 }) : route.continue()));
  const seen = await startCouncilSignIn(iro, 'IRO@dyffryn.example');
  await iro.waitForURL(/\/sign-in\/council$/);
  const onward = iro.getByRole('link', { name: /^Continue to Dyffryn County Council/ });
  const href = await onward.getAttribute('href');
  assert.ok(href.startsWith(provider.issuer + '/auth?'), href);
  assert.equal(await iro.locator('meta[http-equiv=refresh]').getAttribute('content'), `0;url=${href}`);
  await bothLanguages(iro, 'on the way to the council');
  assert.deepEqual(await layoutProblems(iro), [], 'on the way at 320 px');
  holding = false;
  // Loaded again, the page goes on to the provider by itself.
  await iro.reload({ waitUntil: 'commit' });
  await signInThere(iro, provider, 'iro@dyffryn.example');
  await signedIn(iro);
  assert.match(await iro.locator('header').innerText(), /Sign out/);
  assert.equal(seen.returns.length, 1);

  // The way back works once: used again, on this browser or another, it signs nobody in.
  await iro.getByRole('button', { name: 'Sign out' }).click();
  await iro.waitForURL(/\/sign-in$/);
  await iro.goto(seen.returns[0]);
  await refusedWith(iro, 'That sign-in has expired or was used already.');
  const stranger = await newPage(browser);
  await stranger.goto(seen.returns[0]);
  await refusedWith(stranger, 'That sign-in has expired or was used already.');
  assert.deepEqual(heardProblems(iro), []);

  // Staff in from the council's directory (a bad row first), then the new IRO signs in through
  // the council: they have no Heard password at all.
  const staffFile = (rows) => ({ name: 'staff.csv', mimeType: 'text/csv', buffer: Buffer.from(['email,name,role,active', ...rows].join('\r\n')) });
  await admin.goto(server.url + '/staff/admin/import');
  await admin.getByLabel('CSV or JSON file').setInputFiles(staffFile(['new.iro@dyffryn.example,Rhian Evans,iro,yes', 'iro@glannau.example,Someone Else,iro,']));
  await admin.getByRole('button', { name: 'Check the file' }).click();
  await admin.getByRole('heading', { level: 1, name: 'Check the import' }).waitFor();
  assert.match(await admin.locator('table').innerText(), /Someone already uses that email address/);
  await bothLanguages(admin, 'staff import with a problem');
  await admin.getByRole('link', { name: 'Check a corrected file' }).click();
  await admin.getByLabel('CSV or JSON file').setInputFiles(staffFile(['new.iro@dyffryn.example,Rhian Evans,iro,yes']));
  await admin.getByRole('button', { name: 'Check the file' }).click();
  await admin.getByText('Staff to add: 1. Staff to update: 0.').waitFor();
  await bothLanguages(admin, 'staff import, clean');
  assert.deepEqual(await layoutProblems(admin), [], 'staff import at 320 px');
  await admin.getByRole('button', { name: 'Import 1 member of staff' }).click();
  await admin.getByText('The staff file was imported. Added: 1. Updated: 0.').waitFor();
  const newcomer = await newPage(browser);
  await startCouncilSignIn(newcomer, 'new.iro@dyffryn.example');
  await signInThere(newcomer, provider, 'new.iro@dyffryn.example');
  await signedIn(newcomer);
  assert.match(await newcomer.locator('header').innerText(), /Sign out/);
  assert.deepEqual(admin.problems, []);
});

test('council sign-in refuses what it must, and says why in words a person can act on', async () => {
  const { server, browser } = shared;
  const fresh = () => newPage(browser);

  // An address at a domain no council signs in.
  let page = await fresh();
  await startCouncilSignIn(page, 'someone@elsewhere.example');
  await page.getByText('Your council has not set up council sign-in for this address.').first().waitFor();
  await bothLanguages(page, 'sign-in with a council sign-in error');

  // A token the provider made for another app, handed to Heard as if for it: wrong audience.
  page = await fresh();
  const seen = await startCouncilSignIn(page, 'iro@dyffryn.example');
  await page.waitForURL((url) => url.href.startsWith(provider.issuer));
  const other = await tokenForAnotherClient(browser, provider, { client: OTHER_CLIENT, nonce: seen.nonce, login: 'iro@dyffryn.example' });
  provider.control.answerToken = { access_token: other.access_token, token_type: 'Bearer', expires_in: 600, id_token: other.id_token };
  await signInThere(page, provider, 'iro@dyffryn.example');
  await refusedWith(page, "Heard could not check your council's answer");
  assert.equal(provider.control.answerToken, null, "Heard was given the other app's token");

  // A token that expires (one second) before it reaches Heard (held seven).
  provider.control.idTokenSeconds = 1;
  provider.control.holdTokenMs = 7000;
  page = await fresh();
  await startCouncilSignIn(page, 'iro@dyffryn.example');
  await signInThere(page, provider, 'iro@dyffryn.example');
  await refusedWith(page, "Heard could not check your council's answer");
  provider.reset();

  // Someone the council knows but Heard does not, and a member of another council.
  for (const login of ['nobody@dyffryn.example', 'iro@glannau.example']) {
    page = await fresh();
    await startCouncilSignIn(page, 'iro@dyffryn.example');
    await signInThere(page, provider, login);
    await refusedWith(page, 'There is no Heard account for the address your council gave.');
  }

  // An account at the provider renamed to the IRO's address: the IRO is bound to the subject
  // they first signed in with, so another subject carrying their address is refused.
  provider.control.emails['impostor@dyffryn.example'] = 'iro@dyffryn.example';
  page = await fresh();
  await startCouncilSignIn(page, 'iro@dyffryn.example');
  await signInThere(page, provider, 'impostor@dyffryn.example');
  await refusedWith(page, "Heard could not check your council's answer");
  provider.reset();

  // A disabled account.
  const admin = await fresh();
  await signIn(admin, server, 'admin@dyffryn.example');
  await admin.goto(server.url + '/staff/admin/staff');
  await admin.locator('tr', { hasText: 'support@dyffryn.example' }).getByRole('button', { name: /^Disable/ }).click();
  await admin.getByText('can no longer sign in.').waitFor();
  page = await fresh();
  await startCouncilSignIn(page, 'support@dyffryn.example');
  await signInThere(page, provider, 'support@dyffryn.example');
  await refusedWith(page, 'Your Heard account is turned off.');
  await admin.goto(server.url + '/staff/admin/staff');
  await admin.locator('tr', { hasText: 'support@dyffryn.example' }).getByRole('button', { name: /^Enable/ }).click();
  await admin.getByText('can sign in again.').waitFor();

  // Someone who gives up at the provider.
  page = await fresh();
  await startCouncilSignIn(page, 'iro@dyffryn.example');
  await page.waitForURL((url) => url.href.startsWith(provider.issuer + '/interaction/'));
  await page.getByRole('link', { name: '[ Cancel ]' }).click();
  await refusedWith(page, 'You did not finish signing in with your council.');

  // Each refusal is in the audit trail, with its reason and never the address.
  await admin.goto(server.url + '/staff/admin/audit?action=staff.council_sign_in_refused');
  await admin.getByRole('table').waitFor();
  const trail = await admin.locator('tbody').innerText();
  for (const reason of ['audience', 'expired', 'subject', 'no_account', 'domain', 'disabled', 'not_signed_in_there']) {
    assert.ok(trail.includes(reason), `${reason} in the trail:\n${trail}`);
  }
  assert.ok(!trail.includes('nobody@dyffryn.example'), 'no address in the trail');
  await expectAccessible(admin, 'audit trail of refusals');
  assert.deepEqual(heardProblems(page), []);
});
