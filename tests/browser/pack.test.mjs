// The issue-6 journey end to end: a child, a parent and a carer send their views (the child also
// says they do not feel safe); the IRO opens the pack and sees the alert first, prints it,
// downloads the protected PDF (opened here with pdf.js and the password, which finds the child's
// words), writes the outcome letter; the child comes back with their code and secret and reads
// it; the admin's audit trail shows each step. axe-core checks every new page in both languages.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, test } from 'node:test';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import {
  bookAndInvite, bothLanguages, expectAccessible, isoDate, newPage, signIn, switchLanguage, useServerAndBrowser,
} from './harness.mjs';

const shared = useServerAndBrowser(before, after);
const screens = JSON.parse(readFileSync(new URL('../../app/forms/screens.v1.json', import.meta.url), 'utf8')).texts;

const CHILD_WORDS = 'I want to stay at Nana Pat house';
const PASSWORD = 'heron lantern meadow';
const LETTER = {
  talked: 'We talked about school and about Nana Pat.',
  decided: 'You will stay with Nana Pat. You will see Mum every Saturday.',
  next_steps: 'Your social worker will visit next month.',
  who_to_ask: 'Ask Nia, your advocate. Or ring me.',
};

/// Every page's text of a protected PDF, opened as a PDF reader would, with its password.
async function pdfText(bytes, password) {
  const document = await getDocument({ data: new Uint8Array(bytes), password, isEvalSupported: false }).promise;
  const pages = [];
  for (let n = 1; n <= document.numPages; n++) {
    const content = await (await document.getPage(n)).getTextContent();
    pages.push(content.items.map((item) => item.str).join(' '));
  }
  await document.destroy();
  return pages.join('\n');
}

async function enterCode(page, server, code, lands) {
  await page.goto(server.url + '/start');
  await page.locator('#code').fill(code);
  await page.locator('#code').press('Enter');
  await page.waitForURL(lands);
}

/// Through every form screen: the first answer of each choice, and words in each box.
async function throughScreens(page, words) {
  for (let n = 1; /\/form\/screen\/\d+$/.test(page.url()); n++) {
    assert.ok(n < 30, 'the form ends');
    const questions = page.locator('.question');
    for (let i = 0; i < await questions.count(); i++) {
      const choice = questions.nth(i).locator('.choices input').first();
      if (await choice.count()) await choice.check();
      const box = questions.nth(i).locator('textarea');
      if (await box.count()) await box.first().fill(`${words} ${n}.${i + 1}`);
    }
    const before = page.url();
    await page.locator('button[name="go"][value="next"]').click();
    await page.waitForURL((url) => url.href !== before);
  }
}

/// A parent or carer makes a phrase, answers the first screen and sends from the check.
async function adultSends(browser, server, code, phrase, words) {
  const page = await newPage(browser);
  await enterCode(page, server, code, /\/my-review$/);
  await page.getByRole('link', { name: 'Give your views' }).click();
  await page.waitForURL(/\/secret$/);
  await page.locator('#phrase').fill(phrase);
  await page.locator('#phrase_again').fill(phrase);
  await page.getByRole('button', { name: 'Save my phrase' }).click();
  await page.waitForURL(/\/form\/screen\/1$/);
  await page.locator('textarea').first().fill(words);
  await page.locator('button[name="go"][value="next"]').click();
  await page.waitForURL(/\/form\/screen\/2$/);
  await page.goto(server.url + '/form/check');
  await page.getByRole('button', { name: screens.adult_check_send.en }).click();
  await page.waitForURL(/\/form\/done$/);
  assert.deepEqual(page.problems, []);
  await page.context().close();
}

test('views → the pack (alert first, print, protected PDF) → the outcome letter → the child reads it → the audit trail', async () => {
  const { server, browser } = shared;
  // Tomos (15) with Iola as IRO, his review today, letters for him, a parent and a carer.
  const { review, codes } = await bookAndInvite(browser, server, {
    name: 'Tomos', born: isoDate(-15 * 365), language: 'en', meetingIn: 0,
    invitees: [['child', 'Tomos', 'en'], ['parent', 'Sara', 'en'], ['carer', 'Pat', 'en']],
  });

  // Tomos answers everything, says he does not feel safe, and sends.
  const child = await newPage(browser);
  await enterCode(child, server, codes.child, /\/welcome$/);
  await child.locator('.language-choice').getByRole('button', { name: 'English' }).click();
  await child.getByRole('link', { name: 'Next' }).click();
  await child.locator('#phrase').fill('purple dragons dance');
  await child.locator('#phrase_again').fill('purple dragons dance');
  await child.getByRole('button', { name: 'Save my phrase' }).click();
  await child.waitForURL(/\/form\/screen\/1$/);
  await child.locator('textarea').first().fill(CHILD_WORDS);
  await child.getByRole('button', { name: screens.not_safe_button.en }).click();
  await child.waitForURL(/\/safe/);
  await child.goto(server.url + '/form/screen/1');
  await child.locator('button[name="go"][value="next"]').click();
  await child.waitForURL(/\/form\/screen\/2$/);
  await throughScreens(child, 'Tomos says');
  await child.getByRole('button', { name: screens.advocacy_no.en }).click();
  await child.waitForURL(/\/form\/check$/);
  await child.getByRole('button', { name: screens.check_send.en }).click();
  await child.waitForURL(/\/form\/done$/);
  await child.context().close();
  await adultSends(browser, server, codes.parent, 'river song morning', 'Sara thinks it is going well');
  await adultSends(browser, server, codes.carer, 'kettle on at four', 'Pat says Tomos swims now');

  // The IRO opens the pack: the alert before everything else; axe in both languages.
  const iro = await newPage(browser);
  await signIn(iro, server, 'iro@dyffryn.example');
  await iro.goto(server.url + review);
  await iro.getByRole('link', { name: 'Open the pre-review pack' }).click();
  await iro.getByRole('heading', { level: 1, name: 'Pre-review pack' }).waitFor();
  const headings = await iro.locator('main h2').allInnerTexts();
  assert.match(headings[0], /Urgent: Tomos said they do not feel safe/, `the alert comes first: ${headings}`);
  const text = await iro.locator('main').innerText();
  for (const words of [CHILD_WORDS, 'Sara thinks it is going well', 'Pat says Tomos swims now']) {
    assert.ok(text.includes(words), `the pack shows ${words}`);
  }
  await bothLanguages(iro, 'pre-review pack');

  // Print: the page furniture and the download form go; the words stay.
  await iro.emulateMedia({ media: 'print' });
  assert.equal(await iro.locator('.pack-copies').isVisible(), false);
  assert.equal(await iro.locator('.site-header').isVisible(), false);
  assert.ok(await iro.getByText(CHILD_WORDS).first().isVisible());
  await iro.emulateMedia({ media: 'screen' });

  // The protected PDF: a short password is explained; then the file, opened with its password.
  await iro.getByRole('link', { name: 'Print, or download a protected copy' }).click();
  await iro.locator('#password').fill('short');
  await iro.locator('#password_again').fill('short');
  await iro.getByRole('button', { name: 'Download protected PDF' }).click();
  await iro.getByRole('alert').waitFor();
  assert.match(await iro.getByRole('alert').innerText(), /12 characters or more/);
  await bothLanguages(iro, 'pre-review pack with a password error');
  await iro.locator('#password').fill(PASSWORD);
  await iro.locator('#password_again').fill(PASSWORD);
  const [download] = await Promise.all([
    iro.waitForEvent('download'),
    iro.getByRole('button', { name: 'Download protected PDF' }).click(),
  ]);
  assert.match(download.suggestedFilename(), /^pre-review-pack-\d+\.pdf$/);
  const bytes = readFileSync(await download.path());
  await assert.rejects(pdfText(bytes, 'not the password'), /password/i, 'the wrong password opens nothing');
  const pdf = await pdfText(bytes, PASSWORD);
  assert.ok(pdf.includes(CHILD_WORDS), `the PDF holds the child's words: ${pdf.slice(0, 400)}`);
  assert.ok(pdf.indexOf('Urgent') < pdf.indexOf(CHILD_WORDS), 'the alert first in the PDF too');

  // The outcome letter: a missing part is named; then sent, and the review is held.
  await iro.goto(server.url + review);
  await iro.getByRole('link', { name: 'Write to Tomos about the meeting' }).waitFor();
  await bothLanguages(iro, 'review page offering the outcome letter');
  await iro.getByRole('link', { name: 'Write to Tomos about the meeting' }).click();
  await iro.getByRole('heading', { level: 1, name: 'Letter to the child after the review' }).waitFor();
  await bothLanguages(iro, 'outcome letter form');
  for (const [field, words] of Object.entries(LETTER)) {
    if (field !== 'decided') await iro.locator(`#${field}`).fill(words);
  }
  await iro.getByRole('button', { name: 'Send to Tomos and mark the review held' }).click();
  await iro.getByRole('alert').waitFor();
  assert.match(await iro.getByRole('alert').innerText(), /Write what you decided/);
  assert.equal(await iro.locator('#talked').inputValue(), LETTER.talked, 'nothing written is lost');
  await bothLanguages(iro, 'outcome letter with an error');
  await iro.locator('#decided').fill(LETTER.decided);
  await iro.getByRole('button', { name: 'Send to Tomos and mark the review held' }).click();
  await iro.getByText(/Your letter is sent\./).waitFor();
  await iro.getByText('Tomos has not opened it yet.').waitFor();
  await bothLanguages(iro, 'outcome letter sent');
  assert.deepEqual(iro.problems, []);

  // Tomos comes back with his code: his secret first, then the letter.
  const reader = await newPage(browser, { viewport: { width: 320, height: 720 } });
  await enterCode(reader, server, codes.child, /\/unlock$/);
  await reader.locator('#phrase').fill('purple dragons dance');
  await reader.getByRole('button', { name: 'Let me in' }).click();
  await reader.waitForURL(/\/letter$/);
  await reader.getByRole('heading', { level: 1, name: screens.letter_title.en }).waitFor();
  const letter = await reader.locator('main').innerText();
  for (const words of Object.values(LETTER)) assert.ok(letter.includes(words), `Tomos reads ${words}`);
  for (const key of ['letter_talked', 'letter_decided', 'letter_next', 'letter_ask']) {
    const part = reader.locator('.letter-part', { has: reader.getByRole('heading', { name: screens[key].en }) });
    assert.equal(await part.locator(`img[src="/symbols/${screens[key].symbol}.svg"]`).count(), 1, `${key} has its symbol`);
    assert.equal(await part.locator('a.read-aloud').count(), 1, `${key}: its heading can be heard`);
    const speak = part.locator('button.read-aloud');
    assert.equal(await speak.getAttribute('aria-label'), `${screens.letter_listen_words.en}: ${screens[key].en}`, `${key}: the IRO's words too`);
  }
  const overflow = await reader.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `the letter fits 320 px (${overflow}px over)`);
  await bothLanguages(reader, 'the child reads the letter');
  assert.deepEqual(reader.problems, []);

  await iro.reload();
  await iro.getByText(/Tomos read it on/).waitFor();

  // The audit trail names each step.
  const admin = await newPage(browser);
  await signIn(admin, server, 'admin@dyffryn.example');
  await admin.goto(server.url + '/staff/admin/audit');
  const trail = await admin.locator('tbody').innerText();
  for (const action of ['alert.raised', 'consultation.submitted', 'pack.viewed', 'pack.downloaded', 'outcome.sent', 'review.held', 'outcome.read']) {
    assert.ok(trail.includes(action), `the trail shows ${action}`);
  }
  assert.ok(!trail.includes(CHILD_WORDS) && !trail.includes(LETTER.decided), 'and never anyone\'s words');
  await bothLanguages(admin, 'audit trail after the journey');
  assert.deepEqual(admin.problems, []);
});
