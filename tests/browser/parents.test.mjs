// The issue-5 journeys: a parent gives their views in Welsh and asks for an advocate; a carer
// gives theirs, stopping half way and finishing with JavaScript turned off; both see receipts.
// The IRO confirms the meeting first, so both see when and how to join. axe-core runs on every
// page it can (it cannot run where scripts are off).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, test } from 'node:test';
import {
  bookAndInvite, bothLanguages, expectAccessible, isoDate, newPage, signIn, switchLanguage, useServerAndBrowser,
} from './harness.mjs';

const shared = useServerAndBrowser(before, after, { smtp: true });
const screens = JSON.parse(readFileSync(new URL('../../app/forms/screens.v1.json', import.meta.url), 'utf8')).texts;

/// Business support books a review for a new child with Iola as IRO and prints letters for a
/// parent (Welsh) and a carer (English); Iola confirms the meeting. Returns the two codes.
async function inviteFamily(browser, server, child) {
  const { review, codes } = await bookAndInvite(browser, server, {
    name: child, born: isoDate(-9 * 365), language: 'cy', invitees: [['parent', 'Rhian', 'cy'], ['carer', 'Gwen', 'en']],
  });
  const iro = await newPage(browser);
  await signIn(iro, server, 'iro@dyffryn.example');
  await iro.goto(server.url + review);
  await bothLanguages(iro, 'review page before confirming');
  await iro.getByRole('button', { name: 'Confirm date, time and how to join' }).click();
  await iro.getByText(/Confirmed\./).waitFor();
  assert.deepEqual(iro.problems, []);
  await iro.context().close();
  return { ...codes, review };
}

/// Fails with the elements that stick out when the page scrolls sideways at its width.
async function fitsWidth(page, label) {
  const wide = await page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    if (document.documentElement.scrollWidth <= width) return [];
    return [...document.querySelectorAll('body *')]
      .filter((e) => e.getBoundingClientRect().right > width + 1)
      .slice(0, 8)
      .map((e) => `${e.tagName.toLowerCase()}.${e.className} right=${Math.round(e.getBoundingClientRect().right)}: ${e.textContent.slice(0, 40)}`);
  });
  assert.deepEqual(wide, [], `${label}: no sideways scrolling`);
}

async function enterCode(page, server, code) {
  await page.goto(server.url + '/start');
  await page.locator('#code').fill(code);
  await page.locator('#code').press('Enter');
  await page.waitForURL(/\/my-review$/);
}

/// Answers every question on a screen: the first answer of each choice, and a few words.
async function answerScreen(page, words) {
  const questions = page.locator('.question');
  for (let i = 0; i < await questions.count(); i++) {
    const q = questions.nth(i);
    const choice = q.locator('.choices input').first();
    if (await choice.count()) await choice.check();
    const box = q.locator('textarea');
    if (await box.count()) await box.first().fill(`${words} ${i + 1}`);
  }
}

/// Goes through the form screens to whatever follows them, checking each with axe when asked.
async function throughScreens(page, words, label) {
  let n = 0;
  while (/\/form\/screen\/\d+$/.test(page.url())) {
    n += 1;
    assert.ok(n < 20, 'the form ends');
    if (label) await expectAccessible(page, `${label} screen ${n}`);
    await answerScreen(page, words);
    const before = page.url();
    await page.locator('button[name="go"][value="next"]').click();
    await page.waitForURL((url) => url.href !== before);
  }
  return n;
}

test('a parent gives their views in Welsh and asks for an advocate', async () => {
  const { server, browser } = shared;
  const codes = await inviteFamily(browser, server, 'Osian');
  const page = await newPage(browser, { viewport: { width: 320, height: 720 } });
  await enterCode(page, server, codes.parent);
  // Their invitation is in Welsh, so Heard is too; the meeting is confirmed, so it is shown.
  await page.getByText(/Mae'r cyfarfod adolygu ar gyfer Osian/).waitFor();
  await page.getByText(screens.parent_intro_private.cy).waitFor();
  await expectAccessible(page, 'parent: my review (cy)');
  await fitsWidth(page, 'parent: my review at 320px');
  await page.getByRole('link', { name: 'Rhoi eich barn' }).click();

  await page.waitForURL(/\/secret$/);
  await page.getByRole('heading', { level: 1, name: screens.adult_secret_title.cy }).waitFor();
  assert.equal(await page.locator('#pic_cat').count(), 0, 'no picture code for adults');
  await page.locator('#phrase').fill('byr');
  await page.locator('#phrase_again').fill('byr');
  await page.getByRole('button', { name: 'Cadw fy ymadrodd' }).click();
  await page.getByRole('alert').waitFor();
  await expectAccessible(page, 'parent: make a secret with an error (cy)');
  await page.locator('#phrase').fill('afon las y bore');
  await page.locator('#phrase_again').fill('afon las y bore');
  await page.getByRole('button', { name: 'Cadw fy ymadrodd' }).click();
  await page.waitForURL(/\/form\/screen\/1$/);

  const screensDone = await throughScreens(page, 'Barn Rhian', 'parent (cy)');
  assert.equal(screensDone, 11, 'eleven screens in the parent form');
  await page.waitForURL(/\/form\/advocate$/);
  await page.getByRole('heading', { level: 1, name: screens.parent_advocacy_title.cy }).waitFor();
  await page.getByText('Family Advocacy Cymru').waitFor();
  await bothLanguages(page, 'parent: advocacy offer');
  await page.getByRole('button', { name: screens.parent_advocacy_tell_more.cy }).click();
  await page.getByText(screens.parent_advocacy_more_2.cy).waitFor();
  await bothLanguages(page, 'parent: advocacy told more');
  await page.getByRole('button', { name: screens.parent_advocacy_yes.cy }).click();
  await page.waitForURL(/\/form\/check$/);
  await page.getByRole('heading', { level: 1, name: screens.adult_check_title.cy }).waitFor();
  assert.match(await page.locator('main').innerText(), /Barn Rhian 1/);
  await bothLanguages(page, 'parent: check');
  await page.getByRole('button', { name: screens.adult_check_send.cy }).click();
  await page.waitForURL(/\/form\/done$/);
  await page.getByRole('heading', { level: 1, name: screens.adult_done_title.cy }).waitFor();
  const receipt = await page.locator('main').innerText();
  assert.match(receipt, /ADV-[A-Z0-9]{8}/, 'the advocacy reference');
  assert.match(receipt, /Barn Rhian 1/);
  await expectAccessible(page, 'parent: receipt (cy)');
  await fitsWidth(page, 'parent: receipt at 320px');
  await switchLanguage(page, 'en');
  await page.getByRole('heading', { level: 1, name: screens.adult_done_title.en }).waitFor();
  await expectAccessible(page, 'parent: receipt (en)');
  // Back on their review page, the button now shows what they sent.
  await page.goto(server.url + '/my-review');
  await page.getByRole('link', { name: 'See what you sent' }).waitFor();
  await expectAccessible(page, 'parent: my review after sending (en)');

  // The referral reaches the parents' advocacy service, naming nobody.
  const referral = await shared.smtp.waitFor((m) => m.to.includes('parents@dyffryn-advocacy.example'));
  assert.ok(!/Rhian|Osian|Barn/.test(referral.data), 'no names or words in the referral');

  // The IRO's home lists the request as a parent's.
  const iro = await newPage(browser);
  await signIn(iro, server, 'iro@dyffryn.example');
  await iro.getByText('a parent asked').waitFor();
  await expectAccessible(iro, 'IRO home with a parent advocacy request (en)');
  await switchLanguage(iro, 'cy');
  await iro.getByText('gofynnodd rhiant').waitFor();
  await expectAccessible(iro, 'IRO home with a parent advocacy request (cy)');

  // The pre-review pack: the parent's words in Welsh, who has not replied; axe in both languages.
  await iro.goto(server.url + codes.review + '/pack');
  await iro.getByRole('heading', { level: 1, name: 'Pecyn cyn yr adolygiad' }).waitFor();
  assert.match(await iro.locator('main').innerText(), /Barn Rhian 1/);
  assert.equal(await iro.locator('[lang="cy"]', { hasText: 'Barn Rhian 1' }).count() > 0, true, 'the words carry their language');
  await expectAccessible(iro, 'pre-review pack (cy)');
  await switchLanguage(iro, 'en');
  await iro.getByRole('heading', { level: 2, name: 'Not replied yet' }).waitFor();
  await iro.getByText('Gwen (Carer)').first().waitFor();
  await expectAccessible(iro, 'pre-review pack (en)');
  await iro.emulateMedia({ media: 'print' });
  assert.equal(await iro.locator('.site-header').isVisible(), false, 'the printed pack has no page furniture');
  await iro.emulateMedia({ media: 'screen' });
  for (const p of [page, iro]) assert.deepEqual(p.problems, []);
});

test('a carer stops half way, finishes with JavaScript off, and sees the receipt', async () => {
  const { server, browser } = shared;
  const codes = await inviteFamily(browser, server, 'Deio');
  const page = await newPage(browser);
  await enterCode(page, server, codes.carer);
  await page.getByText(/The review meeting for Deio is on/).waitFor();
  await expectAccessible(page, 'carer: my review (en)');
  await switchLanguage(page, 'cy');
  await expectAccessible(page, 'carer: my review (cy)');
  await switchLanguage(page, 'en');
  await page.getByRole('link', { name: 'Give your views' }).click();
  await page.waitForURL(/\/secret$/);
  await bothLanguages(page, 'carer: make a secret');
  await page.locator('#phrase').fill('kettle on at four');
  await page.locator('#phrase_again').fill('kettle on at four');
  await page.getByRole('button', { name: 'Save my phrase' }).click();
  await page.waitForURL(/\/form\/screen\/1$/);
  await bothLanguages(page, 'carer: screen 1');
  await answerScreen(page, 'Swam 25 metres');
  await page.locator('button[name="go"][value="later"]').click();
  await page.waitForURL(/\/form\/later$/);
  await bothLanguages(page, 'carer: saved for later');
  await page.getByRole('button', { name: 'Finish for now' }).click();
  await page.waitForURL(/\/start$/);
  assert.deepEqual(page.problems, []);

  // Back on an old phone with scripts off: the code, the phrase, and on from where they stopped.
  const plain = await newPage(browser, { javaScriptEnabled: false });
  await enterCode(plain, server, codes.carer);
  await plain.getByRole('link', { name: 'Carry on' }).click();
  await plain.waitForURL(/\/unlock$/);
  await plain.locator('#phrase').fill('Kettle on at FOUR');
  await plain.getByRole('button', { name: 'Let me in' }).click();
  // "Save and finish later" kept the first screen: it is where they carry on, with their words.
  await plain.waitForURL(/\/form\/screen\/1$/);
  assert.equal(await plain.locator('textarea').nth(1).inputValue(), 'Swam 25 metres 2');
  await plain.locator('button[name="go"][value="next"]').click();
  await plain.waitForURL(/\/form\/screen\/2$/);
  await throughScreens(plain, 'Gwen says');
  // No advocacy offer for carers: straight to the check.
  await plain.waitForURL(/\/form\/check$/);
  const check = await plain.locator('main').innerText();
  assert.match(check, /Swam 25 metres 2/, 'the answers from the first visit');
  assert.match(check, /Gwen says 1/);
  await plain.getByRole('button', { name: screens.adult_check_send.en }).click();
  await plain.waitForURL(/\/form\/done$/);
  await plain.getByRole('heading', { level: 1, name: screens.adult_done_title.en }).waitFor();

  // The receipt with scripts on again, checked with axe in both languages.
  const again = await newPage(browser);
  await enterCode(again, server, codes.carer);
  await again.goto(server.url + '/unlock');
  await bothLanguages(again, 'carer: welcome back');
  await again.locator('#phrase').fill('kettle on at four');
  await again.getByRole('button', { name: 'Let me in' }).click();
  await again.waitForURL(/\/form\/done$/);
  assert.match(await again.locator('main').innerText(), /Swam 25 metres 2/);
  await expectAccessible(again, 'carer: receipt (en)');
  await switchLanguage(again, 'cy');
  await again.getByRole('heading', { level: 1, name: screens.adult_done_title.cy }).waitFor();
  await expectAccessible(again, 'carer: receipt (cy)');
  assert.deepEqual(again.problems, []);
});
