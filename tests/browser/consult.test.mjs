// The issue-4 journeys: a child's consultation. An under-8 form by keyboard alone in Welsh with a
// picture code; a 13+ form with a private answer, an advocate asked for and the connection lost
// mid-form; the same form with JavaScript off; and "I don't feel safe" reaching the IRO's home
// and a real SMTP server. axe-core runs on every page.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, test } from 'node:test';
import {
  expectAccessible, inviteChild, isoDate, newPage, signIn, switchLanguage, useServerAndBrowser, waitForHydration,
} from './harness.mjs';

const shared = useServerAndBrowser(before, after, { smtp: true });
const screens = JSON.parse(readFileSync(new URL('../../app/forms/screens.v1.json', import.meta.url), 'utf8')).texts;

/// Focuses an element and presses a key: the journey never uses the mouse.
async function press(locator, key = 'Enter') {
  await locator.focus();
  await locator.page().keyboard.press(key);
}

async function enterCode(page, server, code, lands = /\/welcome$/) {
  await page.goto(server.url + '/start');
  await page.locator('#code').focus();
  await page.keyboard.type(code);
  await page.keyboard.press('Enter');
  await page.waitForURL(lands);
}

/// Answers every question on the screen with its first answer, by keyboard, and goes on.
async function answerScreen(page, label) {
  await expectAccessible(page, label);
  const questions = page.locator('.question');
  for (let i = 0; i < await questions.count(); i++) {
    const q = questions.nth(i);
    const choice = q.locator('.choices input').first();
    if (await choice.count()) {
      await press(choice, 'Space');
      assert.ok(await choice.isChecked(), `${label}: the first answer is chosen by keyboard`);
    } else {
      await q.locator('textarea').first().focus();
      await page.keyboard.type('Dim byd');
    }
  }
  await press(page.locator('button[name="go"][value="next"]'));
}

test('an under-8 form in Welsh, by keyboard alone, with a picture code', async () => {
  const { server, browser } = shared;
  const code = await inviteChild(browser, server, { name: 'Gwen', born: isoDate(-6 * 365), language: 'cy' });
  const page = await newPage(browser, { viewport: { width: 320, height: 700 } });
  await enterCode(page, server, code.toLowerCase().replace('-', ''));
  await expectAccessible(page, 'welcome');
  await press(page.locator('.language-choice').getByRole('button', { name: 'Cymraeg' }));
  await page.waitForURL(/\/about$/);
  await page.getByRole('heading', { level: 1, name: screens.about_title.cy }).waitFor();
  await expectAccessible(page, 'about (cy)');
  assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= 320), 'no sideways scrolling at 320px');
  await press(page.getByRole('link', { name: screens.next.cy }));
  await page.waitForURL(/\/secret$/);
  await expectAccessible(page, 'make a secret (cy)');
  // Two pictures are not enough; three are.
  for (const p of ['cat', 'sun']) await press(page.locator(`#pic_${p}`), 'Space');
  await press(page.getByRole('button', { name: 'Cadw fy lluniau' }));
  await page.getByRole('alert').waitFor();
  await expectAccessible(page, 'make a secret with an error (cy)');
  for (const p of ['cat', 'sun', 'tree']) await press(page.locator(`#pic_${p}`), 'Space');
  await press(page.getByRole('button', { name: 'Cadw fy lluniau' }));
  await page.waitForURL(/\/form\/screen\/1$/);

  // One question a screen: answer each by keyboard until the advocacy offer.
  let screen = 0;
  while (/\/form\/screen\/\d+$/.test(page.url())) {
    screen += 1;
    assert.ok(screen < 40, 'the form ends');
    const before = page.url();
    await answerScreen(page, `form screen ${screen} (cy)`);
    await page.waitForURL((url) => url.href !== before);
  }
  assert.ok(screen >= 10, `an under-8 form has one question a screen (${screen} screens)`);
  await page.waitForURL(/\/form\/advocate$/);
  await expectAccessible(page, 'advocacy offer (cy)');
  await press(page.getByRole('button', { name: screens.advocacy_no.cy }));
  await page.waitForURL(/\/form\/check$/);
  await expectAccessible(page, 'check (cy)');
  await press(page.getByRole('button', { name: screens.check_send.cy }));
  await page.waitForURL(/\/form\/done$/);
  await page.getByRole('heading', { level: 1, name: screens.done_title.cy }).waitFor();
  await expectAccessible(page, 'receipt (cy)');
  assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= 320), 'the receipt fits 320px');
  await switchLanguage(page, 'en');
  await page.getByRole('heading', { level: 1, name: screens.done_title.en }).waitFor();
  await expectAccessible(page, 'receipt (en)');
  assert.deepEqual(page.problems, []);
});

test('a 13+ form: a private answer, an advocate, and the connection lost mid-form', async () => {
  const { server, browser } = shared;
  const code = await inviteChild(browser, server, { name: 'Rhys', born: isoDate(-15 * 365), language: 'en' });
  const page = await newPage(browser);
  await enterCode(page, server, code);
  await page.locator('.language-choice').getByRole('button', { name: 'English' }).click();
  await page.waitForURL(/\/about$/);
  await expectAccessible(page, 'about (en)');
  await page.getByRole('link', { name: 'Next' }).click();
  await page.waitForURL(/\/secret$/);
  await expectAccessible(page, 'make a secret (en)');
  await page.locator('#phrase').fill('purple dragons dance');
  await page.locator('#phrase_again').fill('purple dragons dance');
  await page.getByRole('button', { name: 'Save my phrase' }).click();
  await page.waitForURL(/\/form\/screen\/1$/);
  await waitForHydration(page);
  await expectAccessible(page, 'form screen 1 (en)');
  // The form keeper marks the form: the reports will not count these views as sent without a script.
  await page.waitForFunction(() => document.querySelector('#consult-form-scripted')?.value === '1');
  // Read-aloud buttons carry their visible word in their name and play a real clip.
  const listen = page.locator('.question .read-aloud').first();
  assert.match(await listen.getAttribute('aria-label'), /^Listen: /);
  const clip = await page.request.get(server.url + (await listen.getAttribute('href')));
  assert.equal(clip.status(), 200);
  assert.equal(clip.headers()['content-type'], 'audio/mpeg');
  // Without a script the button is a link to the clip: opened on its own, the browser's player
  // loads it under the file's own policy.
  const alone = await page.context().newPage();
  const blocked = [];
  alone.on('console', (msg) => { if (msg.type() === 'error') blocked.push(msg.text()); });
  await alone.goto(server.url + (await listen.getAttribute('href')));
  await alone.waitForFunction(() => (document.querySelector('video, audio')?.readyState ?? 0) > 0, null, { timeout: 10_000 });
  assert.deepEqual(blocked, [], 'nothing blocked when a clip is opened on its own');
  await alone.close();

  const first = page.locator('textarea').first();
  await page.locator('.question .choices input').first().check();
  await first.fill('Things are better since I moved.');
  await page.locator('.autosave-status', { hasText: 'Saved' }).waitFor();

  // The connection drops: what is typed is kept on the device and sent when it comes back.
  await page.context().setOffline(true);
  const second = page.locator('textarea').nth(1);
  await second.fill('Typed on the bus with no signal.');
  await page.locator('.autosave-status--offline').waitFor();
  await page.context().setOffline(false);
  await page.locator('.autosave-status:not(.autosave-status--offline)', { hasText: 'Saved' }).waitFor();
  await page.reload();
  assert.equal(await page.locator('textarea').first().inputValue(), 'Things are better since I moved.');
  assert.equal(await page.locator('textarea').nth(1).inputValue(), 'Typed on the bus with no signal.');

  // The rest, quickly, to the advocacy offer: "yes please".
  while (/\/form\/screen\/\d+$/.test(page.url())) {
    const before = page.url();
    await page.locator('button[name="go"][value="next"]').click();
    await page.waitForURL((url) => url.href !== before);
  }
  await page.getByRole('button', { name: screens.advocacy_yes.en }).click();
  await page.waitForURL(/\/form\/check$/);
  await page.getByText('We will ask an advocate to contact you.').first().waitFor();
  // Private by default: the answer is in the "just for your IRO" list.
  const privateList = page.locator('section', { has: page.locator('#private-heading') });
  assert.match(await privateList.innerText(), /Things are better since I moved\./);
  await expectAccessible(page, 'check (en)');
  await page.getByRole('button', { name: screens.check_send.en }).click();
  await page.waitForURL(/\/form\/done$/);
  await page.getByText(/Your request number is ADV-/).waitFor();
  await expectAccessible(page, 'receipt (en)');
  // The saves that failed while offline are the only errors, and they were expected.
  assert.deepEqual(page.problems.filter((p) => !p.includes('ERR_INTERNET_DISCONNECTED')), []);
});

test('the same form with JavaScript turned off', async () => {
  const { server, browser } = shared;
  const code = await inviteChild(browser, server, { name: 'Alaw', born: isoDate(-14 * 365), language: 'en' });
  const page = await newPage(browser, { javaScriptEnabled: false });
  await enterCode(page, server, code);
  await page.locator('.language-choice').getByRole('button', { name: 'English' }).click();
  await page.getByRole('link', { name: 'Next' }).click();
  await page.locator('#phrase').fill('quiet harbour lights');
  await page.locator('#phrase_again').fill('quiet harbour lights');
  await page.getByRole('button', { name: 'Save my phrase' }).click();
  await page.waitForURL(/\/form\/screen\/1$/);
  assert.equal(await page.locator('#consult-form-scripted').inputValue(), '', 'no script ran: the flag stays empty');
  await page.locator('.question .choices input').first().check();
  await page.locator('textarea').first().fill('Written with no script at all.');
  while (/\/form\/screen\/\d+$/.test(page.url())) {
    const before = page.url();
    await page.locator('button[name="go"][value="next"]').click();
    await page.waitForURL((url) => url.href !== before);
  }
  await page.getByRole('button', { name: screens.advocacy_no.en }).click();
  await page.waitForURL(/\/form\/check$/);
  assert.match(await page.locator('main').innerText(), /Written with no script at all\./);
  await page.getByRole('button', { name: screens.check_send.en }).click();
  await page.waitForURL(/\/form\/done$/);
  await page.getByRole('heading', { level: 1, name: screens.done_title.en }).waitFor();
  assert.match(await page.locator('main').innerText(), /Written with no script at all\./);
  // axe-core cannot run where scripts are off; the same pages are checked in the journeys above.
});

test('"I don\'t feel safe" reaches the IRO at once, and an email leaves Heard', async () => {
  const { server, browser, smtp } = shared;
  const code = await inviteChild(browser, server, { name: 'Dewi', born: isoDate(-10 * 365), language: 'en' });
  const page = await newPage(browser);
  await enterCode(page, server, code);
  await page.locator('.language-choice').getByRole('button', { name: 'English' }).click();
  await page.getByRole('button', { name: screens.not_safe_button.en }).click();
  await page.waitForURL(/\/safe\?back=/);
  await page.getByRole('heading', { level: 1, name: screens.safe_title.en }).waitFor();
  assert.equal(await page.locator('a[href="tel:999"]').count() > 0, true, 'help now, at once');
  await page.getByText(screens.safe_told.en).waitFor();
  await expectAccessible(page, 'not safe (en)');
  await switchLanguage(page, 'cy');
  await page.getByRole('heading', { level: 1, name: screens.safe_title.cy }).waitFor();
  await expectAccessible(page, 'not safe (cy)');

  const message = await smtp.waitFor((m) => m.to.includes('iro@dyffryn.example'));
  assert.ok(!message.data.includes('Dewi') && !message.data.includes('Prawf'), 'the email names nobody');
  await smtp.waitFor((m) => m.to.includes('duty@dyffryn.example'));

  const iro = await newPage(browser);
  await signIn(iro, server, 'iro@dyffryn.example');
  const alerts = iro.locator('section.alerts');
  await alerts.getByRole('link', { name: 'Dewi' }).waitFor();
  const home = await iro.locator('main').innerText();
  assert.ok(home.indexOf('Urgent') >= 0 && home.indexOf('Urgent') < home.indexOf('Dewi'), 'the alert comes before the list of children');
  await expectAccessible(iro, 'IRO home with an alert (en)');
  await switchLanguage(iro, 'cy');
  await expectAccessible(iro, 'IRO home with an alert (cy)');
  await iro.getByRole('button', { name: 'Rydw i\'n delio â hyn' }).click();
  await iro.waitForURL(/\/staff$/);
  assert.equal(await iro.locator('section.alerts').count(), 0);
  assert.deepEqual(page.problems, []);
  assert.deepEqual(iro.problems, []);
});

test('the other child screens and the IRO\'s message page are axe-clean in English and Welsh', async () => {
  const { server, browser } = shared;
  const code = await inviteChild(browser, server, { name: 'Ffion', born: isoDate(-10 * 365), language: 'en' });
  const page = await newPage(browser);
  /// axe in English, then in Welsh, then back to English.
  const bothLanguages = async (label) => {
    await expectAccessible(page, `${label} (en)`);
    await switchLanguage(page, 'cy');
    await expectAccessible(page, `${label} (cy)`);
    await switchLanguage(page, 'en');
  };
  await enterCode(page, server, code);
  await bothLanguages('welcome');
  await page.locator('.language-choice').getByRole('button', { name: 'English' }).click();
  await page.goto(server.url + '/secret');
  for (const p of ['dog', 'ball', 'moon']) await page.locator(`#pic_${p}`).check();
  await page.getByRole('button', { name: 'Save my pictures' }).click();
  await page.waitForURL(/\/form\/screen\/1$/);
  await page.getByRole('button', { name: screens.finish_later.en }).click();
  await page.waitForURL(/\/form\/later$/);
  await bothLanguages('saved for later');
  await page.goto(server.url + '/form/advocate?more=1');
  await page.getByText(screens.advocacy_more_1.en).waitFor();
  await bothLanguages('advocacy, told more');

  // Tell my IRO: a kind must be chosen; then it is sent.
  await page.goto(server.url + '/message');
  await bothLanguages('tell my IRO');
  await page.getByRole('button', { name: screens.message_send.en }).click();
  await page.getByRole('alert').waitFor();
  await expectAccessible(page, 'tell my IRO with an error (en)');
  await page.getByLabel(screens.message_good.en, { exact: true }).check();
  await page.getByLabel(screens.message_words.en, { exact: true }).fill('I won a prize at school.');
  await page.getByRole('button', { name: screens.message_send.en }).click();
  await page.getByText('Your message has gone to your IRO.').first().waitFor();
  await bothLanguages('tell my IRO, sent');

  // Coming back with the code alone asks for the secret; a wrong one is explained.
  const again = await newPage(browser);
  // Coming back, the welcome screen sends them straight to give their secret.
  await enterCode(again, server, code, /\/unlock$/);
  await again.goto(server.url + '/form');
  await again.waitForURL(/\/unlock$/);
  await expectAccessible(again, 'welcome back (en)');
  for (const p of ['cat', 'sun', 'tree']) await again.locator(`#pic_${p}`).check();
  await again.getByRole('button', { name: 'Let me in' }).click();
  await again.getByRole('alert').waitFor();
  await expectAccessible(again, 'welcome back, wrong pictures (en)');
  await switchLanguage(again, 'cy');
  await expectAccessible(again, 'welcome back (cy)');

  // The IRO reads the message; the child then sees it was read.
  const iro = await newPage(browser);
  await signIn(iro, server, 'iro@dyffryn.example');
  await iro.getByRole('heading', { name: 'Messages from children' }).waitFor();
  await expectAccessible(iro, 'IRO home listing a message (en)');
  await switchLanguage(iro, 'cy');
  await expectAccessible(iro, 'IRO home listing a message (cy)');
  await switchLanguage(iro, 'en');
  await iro.getByRole('link', { name: 'Read the message' }).first().click();
  await iro.getByText('I won a prize at school.').waitFor();
  await expectAccessible(iro, 'message for the IRO (en)');
  await switchLanguage(iro, 'cy');
  await expectAccessible(iro, 'message for the IRO (cy)');
  await page.goto(server.url + '/message');
  await page.getByText(screens.message_read.en).waitFor();
  for (const p of [page, again, iro]) assert.deepEqual(p.problems, []);
});
