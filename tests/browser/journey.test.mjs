// Foundation journey: landing → Cymraeg → staff sign-in (wrong password, then the demo IRO) →
// IRO home → sign out; every page checked with axe in the language it is shown in.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { axeViolations, DEMO_PASSWORD, expectAccessible, newPage, signIn, useServerAndBrowser, waitForHydration } from './harness.mjs';

const shared = useServerAndBrowser(before, after);

test('landing → Cymraeg → sign in as the IRO → home → sign out, axe-clean throughout', async () => {
  const page = await newPage(shared.browser);
  await page.goto(shared.server.url + '/');
  await waitForHydration(page);
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  await expectAccessible(page, 'landing (en)');

  await page.getByRole('button', { name: 'Cymraeg' }).click();
  await page.waitForFunction(() => document.documentElement.lang === 'cy');
  await assert.doesNotReject(page.getByRole('heading', { level: 1, name: 'Clywed: dy lais yn dy adolygiad' }).waitFor());
  await expectAccessible(page, 'landing (cy)');

  await page.getByRole('link', { name: 'Mewngofnodi staff' }).click();
  await page.getByRole('heading', { level: 1, name: 'Mewngofnodi staff' }).waitFor();
  await expectAccessible(page, 'sign-in (cy)');

  await page.getByLabel('Cyfeiriad e-bost').fill('iro@dyffryn.example');
  await page.getByLabel('Cyfrinair').fill('not the password');
  await page.getByRole('button', { name: 'Mewngofnodi' }).click();
  await page.getByRole('alert').waitFor();
  assert.match(await page.getByRole('alert').innerText(), /Nid oedd yr e-bost a'r cyfrinair yn cyfateb/);
  assert.equal(await page.getByLabel('Cyfeiriad e-bost').inputValue(), 'iro@dyffryn.example', 'the email typed is kept');
  await expectAccessible(page, 'sign-in error (cy)');

  await page.getByLabel('Cyfrinair').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Mewngofnodi' }).click();
  await page.getByRole('heading', { level: 2, name: 'Cyfarfodydd yn y pedair wythnos nesaf' }).waitFor();
  assert.match(await page.textContent('main'), /Iola Roberts/);
  await expectAccessible(page, 'IRO home (cy)');

  await page.getByRole('button', { name: 'English' }).click();
  await page.getByRole('heading', { level: 2, name: 'Meetings in the next four weeks' }).waitFor();
  await expectAccessible(page, 'IRO home (en)');

  await page.getByRole('button', { name: 'Sign out' }).click();
  await page.getByText('You have signed out.').waitFor();
  await expectAccessible(page, 'signed out (en)');

  const direct = await page.goto(shared.server.url + '/staff');
  assert.equal(new URL(direct.url()).pathname, '/sign-in', 'signed out: staff pages send you to sign in');
  assert.deepEqual(page.problems, [], 'no console errors or CSP violations');
});

test('every public page is axe-clean in English and Welsh, at 320 px wide', async () => {
  const page = await newPage(shared.browser, { viewport: { width: 320, height: 640 } });
  for (const lang of ['en', 'cy']) {
    await page.goto(shared.server.url + '/');
    if ((await page.getAttribute('html', 'lang')) !== lang) {
      await page.locator('.language-switch button').click();
      await page.waitForFunction((l) => document.documentElement.lang === l, lang);
    }
    for (const path of ['/', '/help-now', '/accessibility', '/credits', '/sign-in', '/no-such-page']) {
      await page.goto(shared.server.url + path);
      assert.equal(await page.getAttribute('html', 'lang'), lang, `${path} in ${lang}`);
      await expectAccessible(page, `${path} (${lang})`);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(overflow <= 0, `${path} (${lang}) scrolls sideways at 320 px by ${overflow}px`);
    }
  }
  assert.deepEqual(page.problems.filter((p) => !p.includes('404')), []);
});

test('the skip link comes first and help now is one keypress away', async () => {
  const page = await newPage(shared.browser);
  await page.goto(shared.server.url + '/');
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('href')), '#main');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('href')), '/help-now');
});

test('a staff admin page works with JavaScript off', async () => {
  const context = await shared.browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await signIn(page, shared.server, 'admin@glannau.example');
  await page.getByRole('link', { name: 'Manage staff' }).click();
  await page.getByLabel('Name').fill('Tomos Test');
  await page.getByLabel('Email address').fill('tomos@glannau.example');
  await page.getByLabel('Role').selectOption('business_support');
  await page.getByLabel('Password').fill('a long enough password');
  await page.getByRole('button', { name: 'Add member of staff' }).click();
  await page.getByText('Tomos Test was added.').waitFor();
  assert.ok(await page.getByRole('cell', { name: 'tomos@glannau.example' }).isVisible());
  await context.close();
});

test('the axe check is not vacuous: it catches a real violation', async () => {
  const page = await newPage(shared.browser);
  await page.goto(shared.server.url + '/');
  // Break the page on purpose: an image with no text alternative inside a link.
  await page.evaluate(() => {
    const link = document.createElement('a');
    link.href = '/x';
    link.append(Object.assign(document.createElement('img'), { src: '/favicon.svg' }));
    document.querySelector('main').append(link);
  });
  const ids = (await axeViolations(page)).map((v) => v.id);
  assert.ok(ids.includes('link-name') || ids.includes('image-alt'), `expected a violation, got ${ids}`);
});
