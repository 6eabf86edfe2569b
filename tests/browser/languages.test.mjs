// Issue 17's journeys in the languages beyond Welsh and English: an admin offers Arabic, Polish
// and Tigrinya, seeing that each is a draft; a child answers in Arabic at 320 px, right to left;
// a parent sends views in Polish; the IRO's pack shows both as written, saying which language
// each used. Arabic and Tigrinya screens fit 320-390 px, nothing overlapping. axe on every page.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, test } from 'node:test';
import {
  bookAndInvite, expectAccessible, isoDate, layoutProblems, newPage, signIn, switchLanguage, useServerAndBrowser, waitForHydration,
} from './harness.mjs';

const shared = useServerAndBrowser(before, after);
const translated = (code) =>
  JSON.parse(readFileSync(new URL(`../../app/forms/translations/${code}.json`, import.meta.url), 'utf8'))['screens.v1'];
const ar = (key) => translated('ar')[`texts/${key}`];
const pl = (key) => translated('pl')[`texts/${key}`];

/// The admin offers each language not offered yet, pressing its button as a person does.
async function offer(browser, server, names) {
  const page = await newPage(browser);
  await signIn(page, server, 'admin@dyffryn.example');
  await page.goto(server.url + '/staff/admin/languages');
  for (const name of names) {
    const button = page.getByRole('button', { name: `Offer ${name}`, exact: true });
    if (await button.count() === 0) continue;
    await button.click();
    await page.getByText(`${name} is now offered to children, parents and carers.`).waitFor();
  }
  return page;
}

async function enterCode(page, server, code, lands) {
  await page.goto(server.url + '/start');
  await page.locator('#code').fill(code);
  await page.locator('#code').press('Enter');
  await page.waitForURL(lands);
}

async function makePhrase(page, phrase) {
  const form = page.locator('form[action="/api/set_secret"]', { has: page.locator('#phrase') });
  await form.locator('#phrase').fill(phrase);
  await form.locator('#phrase_again').fill(phrase);
  await form.locator('button[type=submit]').click();
  await page.waitForURL(/\/form\/screen\/1$/);
}

/// Answers a screen (first answer of each choice; `words` in each box) and goes on.
async function answerScreen(page, words) {
  const questions = page.locator('.question');
  for (let i = 0; i < await questions.count(); i++) {
    const q = questions.nth(i);
    const choice = q.locator('.choices input').first();
    if (await choice.count()) await choice.check({ force: true });
    const box = q.locator('textarea');
    if (await box.count()) await box.first().fill(words);
  }
  const before = page.url();
  await page.locator('button[name="go"][value="next"]').click();
  await page.waitForURL((url) => url.href !== before);
}

async function fits(page, label) {
  assert.deepEqual(await layoutProblems(page), [], `${label}: nothing overlaps, no sideways scroll`);
}

test('an admin offers Arabic, Polish and Tigrinya, each shown as a draft, in English and Welsh', async () => {
  const { server, browser } = shared;
  const page = await offer(browser, server, []);
  await page.getByText('Draft: not yet checked by a qualified translator').first().waitFor();
  await expectAccessible(page, 'languages page (en)');
  await page.getByRole('button', { name: 'Offer Arabic', exact: true }).click();
  await page.getByText('Arabic is now offered to children, parents and carers.').waitFor();
  await expectAccessible(page, 'languages page with a notice (en)');
  await switchLanguage(page, 'cy');
  await page.getByRole('button', { name: 'Cynnig Pwyleg', exact: true }).click();
  await page.getByText('Mae Pwyleg yn cael ei chynnig i blant, rhieni a gofalwyr nawr.').waitFor();
  await expectAccessible(page, 'languages page (cy)');
  await switchLanguage(page, 'en');
  await page.getByRole('button', { name: 'Offer Tigrinya', exact: true }).click();
  await page.getByText('Tigrinya is now offered to children, parents and carers.').waitFor();
  for (const name of ['Arabic', 'Polish', 'Tigrinya']) await page.getByRole('button', { name: `Stop offering ${name}` }).waitFor();
  await page.getByRole('button', { name: 'Offer Pashto', exact: true }).waitFor();
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('a child answers in Arabic at 320 px, a parent sends views in Polish, and the pack shows both as written', async () => {
  const { server, browser } = shared;
  await (await offer(browser, server, ['Arabic', 'Polish'])).context().close();
  const { review, codes } = await bookAndInvite(browser, server, {
    name: 'Amal', born: isoDate(-14 * 365), language: 'ar', invitees: [['child', 'Amal', 'ar'], ['parent', 'Katarzyna', 'pl']],
  });

  // The child: Arabic from the first page, right to left, at 320 px.
  const child = await newPage(browser, { viewport: { width: 320, height: 720 } });
  await enterCode(child, server, codes.child, /\/welcome$/);
  assert.equal(await child.evaluate(() => `${document.documentElement.lang} ${document.documentElement.dir}`), 'ar rtl');
  await expectAccessible(child, 'welcome (ar)');
  await fits(child, 'welcome (ar) at 320 px');
  await child.locator('.language-choice').getByRole('button', { name: 'العربية' }).click();
  await child.waitForURL(/\/about$/);
  await child.getByRole('heading', { level: 1, name: ar('about_title') }).waitFor();
  await expectAccessible(child, 'about (ar)');
  await fits(child, 'about (ar) at 320 px');
  await child.getByRole('link', { name: ar('next') }).click();
  await child.waitForURL(/\/secret$/);
  await expectAccessible(child, 'make a secret (ar)');
  await makePhrase(child, 'نهر أزرق في الصباح');
  await waitForHydration(child);
  await expectAccessible(child, 'form screen 1 (ar)');
  await fits(child, 'form screen 1 (ar) at 320 px');
  assert.ok(await child.locator('.read-aloud[href^="/audio/ar/"]').count() > 0, 'read aloud in Arabic clips');
  const words = 'أريد أن أعيش مع أختي 👩‍👦';
  await answerScreen(child, words);
  // Back points the way an Arabic reader goes: its arrow is mirrored.
  const arrow = child.locator('.symbol--directional').first();
  assert.match(await arrow.evaluate((img) => getComputedStyle(img).transform), /^matrix\(-1, 0, 0, 1/);
  await expectAccessible(child, 'form screen 2 (ar)');
  await fits(child, 'form screen 2 (ar) at 320 px');
  await child.goto(server.url + '/form/check');
  assert.ok((await child.locator('main').innerText()).includes(words), 'the check shows the words as typed');
  await expectAccessible(child, 'check (ar)');
  await fits(child, 'check (ar) at 320 px');
  await child.getByRole('button', { name: ar('check_send') }).click();
  await child.waitForURL(/\/form\/done$/);
  await expectAccessible(child, 'receipt (ar)');
  await fits(child, 'receipt (ar) at 320 px');

  // The parent: Polish, left to right, on their own review page and form.
  const parent = await newPage(browser, { viewport: { width: 390, height: 800 } });
  await enterCode(parent, server, codes.parent, /\/my-review$/);
  assert.equal(await parent.evaluate(() => `${document.documentElement.lang} ${document.documentElement.dir}`), 'pl ltr');
  await expectAccessible(parent, 'parent: my review (pl)');
  await parent.locator('main a[href="/form"]').first().click();
  await parent.waitForURL(/\/secret$/);
  await parent.getByRole('heading', { level: 1, name: pl('adult_secret_title') }).waitFor();
  await makePhrase(parent, 'zielona rzeka o poranku');
  let screens = 0;
  while (/\/form\/screen\/\d+$/.test(parent.url())) {
    screens += 1;
    assert.ok(screens < 20, 'the form ends');
    await expectAccessible(parent, `parent screen ${screens} (pl)`);
    await answerScreen(parent, `Zdanie Katarzyny ${screens}: dużo się zmieniło`);
  }
  await parent.waitForURL(/\/form\/advocate$/);
  await expectAccessible(parent, 'parent: advocacy offer (pl)');
  await parent.getByRole('button', { name: pl('parent_advocacy_yes') }).click();
  await parent.waitForURL(/\/form\/check$/);
  await parent.getByRole('button', { name: pl('adult_check_send') }).click();
  await parent.waitForURL(/\/form\/done$/);
  await parent.getByRole('heading', { level: 1, name: pl('adult_done_title') }).waitFor();
  await expectAccessible(parent, 'parent: receipt (pl)');

  // The IRO's pack: each person's words as written, in their language and direction, and
  // which language each answered in, so an interpreter can be booked.
  const iro = await newPage(browser);
  await signIn(iro, server, 'iro@dyffryn.example');
  await iro.goto(server.url + review + '/pack');
  await iro.getByText('Answered in Arabic (العربية).').waitFor();
  await iro.getByText('Answered in Polish (Polski).').first().waitFor();
  const theirs = iro.locator('.said__words[lang="ar"][dir="auto"]', { hasText: words });
  assert.ok(await theirs.count() > 0, 'the child\'s words, marked Arabic, direction from the words');
  assert.equal(await theirs.first().evaluate((p) => getComputedStyle(p).direction), 'rtl');
  assert.ok(await iro.locator('.said__words[lang="pl"]', { hasText: 'Zdanie Katarzyny 1: dużo się zmieniło' }).count() > 0);
  await expectAccessible(iro, 'pack with Arabic and Polish (en)');
  await switchLanguage(iro, 'cy');
  await iro.getByText('Wedi ateb yn Arabeg (العربية).').waitFor();
  await expectAccessible(iro, 'pack with Arabic and Polish (cy)');
  for (const p of [child, parent, iro]) assert.deepEqual(p.problems, []);
});

test('Arabic and Tigrinya screens fit 320-390 px; Tigrinya has no wrong-language voice', async () => {
  const { server, browser } = shared;
  await (await offer(browser, server, ['Tigrinya'])).context().close();
  const problems = [];
  const visitor = await newPage(browser, { viewport: { width: 320, height: 800 } });
  // Chosen from the menu on the landing page, as a person does.
  await visitor.goto(server.url + '/');
  await visitor.locator('.language-menu summary').click();
  await visitor.getByRole('button', { name: 'ትግርኛ' }).click();
  await visitor.waitForFunction(() => document.documentElement.lang === 'ti' && document.documentElement.dir === 'ltr');
  await expectAccessible(visitor, 'landing (ti)');
  await visitor.locator('.language-menu summary').click();
  await visitor.getByRole('button', { name: 'العربية' }).click();
  await visitor.waitForFunction(() => document.documentElement.lang === 'ar' && document.documentElement.dir === 'rtl');
  await expectAccessible(visitor, 'landing (ar)');
  for (const lang of ['ar', 'ti']) {
    await visitor.context().addCookies([{ name: 'heard_lang', value: lang, url: server.url }]);
    for (const width of [320, 360, 390]) {
      await visitor.setViewportSize({ width, height: 800 });
      for (const path of ['/', '/start', '/help-now', '/accessibility']) {
        await visitor.goto(server.url + path);
        for (const p of await layoutProblems(visitor)) problems.push(`${lang} ${width}px ${path}: ${p}`);
        if (width === 320) await expectAccessible(visitor, `${path} (${lang})`);
      }
    }
  }

  // A child in Tigrinya: their screens fit, and read-aloud is the device's voice or nothing.
  const { codes } = await bookAndInvite(browser, server, {
    name: 'Selam', born: isoDate(-15 * 365), language: 'ti', invitees: [['child', 'Selam', 'ti']],
  });
  const child = await newPage(browser, { viewport: { width: 320, height: 800 } });
  await enterCode(child, server, codes.child, /\/welcome$/);
  assert.equal(await child.evaluate(() => document.documentElement.lang), 'ti');
  await child.goto(server.url + '/secret');
  await makePhrase(child, 'ሰማያዊ ሩባ ንግሆ');
  await waitForHydration(child);
  assert.equal(await child.locator('a.read-aloud').count(), 0, 'no recorded clips: espeak-ng has no Tigrinya voice');
  const deviceVoice = await child.evaluate(() => speechSynthesis.getVoices().some((v) => v.lang.toLowerCase().startsWith('ti')));
  const shown = await child.locator('button.read-aloud:visible').count();
  assert.equal(shown > 0, deviceVoice, 'a read-aloud button only where the device has a Tigrinya voice');
  for (const width of [320, 360, 390]) {
    await child.setViewportSize({ width, height: 800 });
    for (const path of ['/welcome', '/about', '/form/screen/1', '/form/screen/2', '/form/check']) {
      await child.goto(server.url + path);
      for (const p of await layoutProblems(child)) problems.push(`ti child ${width}px ${path}: ${p}`);
      if (width === 320) await expectAccessible(child, `child ${path} (ti)`);
    }
  }
  assert.deepEqual(problems, []);
  for (const p of [visitor, child]) assert.deepEqual(p.problems, []);
});

test('Polish, Romanian, Pashto, Farsi and Sorani public pages, and the Languages page, fit 320 px and pass axe', async () => {
  const { server, browser } = shared;
  const problems = [];
  const visitor = await newPage(browser, { viewport: { width: 320, height: 800 } });
  for (const [lang, dir] of [['pl', 'ltr'], ['ro', 'ltr'], ['ps', 'rtl'], ['fa', 'rtl'], ['ckb', 'rtl']]) {
    await visitor.context().addCookies([{ name: 'heard_lang', value: lang, url: server.url }]);
    for (const path of ['/', '/start', '/help-now', '/accessibility', '/credits']) {
      await visitor.goto(server.url + path);
      assert.equal(await visitor.evaluate(() => `${document.documentElement.lang} ${document.documentElement.dir}`), `${lang} ${dir}`);
      for (const p of await layoutProblems(visitor)) problems.push(`${lang} ${path}: ${p}`);
      await expectAccessible(visitor, `${path} (${lang})`);
    }
  }
  // The admin's Languages page, in both staff languages, at phone widths.
  const admin = await offer(browser, server, []);
  for (const lang of ['en', 'cy']) {
    if (await admin.evaluate(() => document.documentElement.lang) !== lang) await switchLanguage(admin, lang);
    for (const width of [320, 360, 390]) {
      await admin.setViewportSize({ width, height: 800 });
      await admin.goto(server.url + '/staff/admin/languages');
      for (const p of await layoutProblems(admin)) problems.push(`languages page (${lang}) ${width}px: ${p}`);
      if (width === 320) await expectAccessible(admin, `languages page (${lang}) at 320 px`);
    }
  }
  assert.deepEqual(problems, []);
  for (const p of [visitor, admin]) assert.deepEqual(p.problems, []);
});
