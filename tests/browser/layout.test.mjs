// Every screen a child, parent or carer sees, at 320, 360 and 390 px, in Welsh and English: no
// sideways scroll, and no two things to press on top of each other (a child could press the
// wrong one). Welsh words are longer, so the Welsh picture secret is the hardest case.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { bookAndInvite, isoDate, layoutProblems, newPage, useServerAndBrowser } from './harness.mjs';

const shared = useServerAndBrowser(before, after);

const WIDTHS = [320, 360, 390];
const BEFORE_SECRET = ['/', '/start', '/help-now', '/welcome', '/about', '/secret', '/my-review'];
const AFTER_SECRET = ['/form/screen/1', '/form/screen/2', '/form/screen/3', '/form/advocate', '/form/check', '/message', '/safe', '/form/later'];

async function check(page, paths, who) {
  const problems = [];
  for (const lang of ['cy', 'en']) {
    await page.context().addCookies([{ name: 'heard_lang', value: lang, url: shared.server.url }]);
    for (const width of WIDTHS) {
      await page.setViewportSize({ width, height: 800 });
      for (const path of paths) {
        await page.goto(shared.server.url + path);
        for (const p of await layoutProblems(page)) problems.push(`${who} ${lang} ${width}px ${new URL(page.url()).pathname}: ${p}`);
      }
    }
  }
  return problems;
}

test('child, parent and carer screens fit 320-390 px in both languages, nothing overlapping', async () => {
  const { codes } = await bookAndInvite(shared.browser, shared.server, {
    name: 'Gwenllian', born: isoDate(-7 * 365), language: 'cy',
    invitees: [['child', 'Gwenllian', 'cy'], ['parent', 'Rhiannon', 'cy'], ['carer', 'Bethan', 'en']],
  });
  const problems = [];
  for (const [audience, who] of [['child', 'child'], ['parent', 'parent'], ['carer', 'carer']]) {
    const page = await newPage(shared.browser);
    await page.goto(shared.server.url + '/start');
    await page.locator('#code').fill(codes[audience]);
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => !url.pathname.startsWith('/start'));
    problems.push(...await check(page, BEFORE_SECRET, who));
    // Make the secret (pictures for the under-8, a phrase for the adults) and look at the form.
    await page.goto(shared.server.url + '/secret');
    if (audience === 'child') {
      for (const pic of ['pic_cat', 'pic_sun', 'pic_tree']) await page.locator(`#${pic}`).check({ force: true });
    } else {
      await page.locator('#phrase').fill('a long enough phrase');
      await page.locator('#phrase_again').fill('a long enough phrase');
    }
    const secretForm = page.locator('form[action="/api/set_secret"]', { has: page.locator(audience === 'child' ? '#pic_cat' : '#phrase') });
    await secretForm.locator('button[type=submit]').click();
    await page.waitForURL(/\/form/);
    problems.push(...await check(page, AFTER_SECRET, who));
    // Send, and look at the receipt with its room to add more.
    await page.goto(shared.server.url + '/form/check');
    await page.locator('form[action="/api/check_answers"] button[name="send"]').click();
    await page.waitForURL(/\/form\/done$/);
    problems.push(...await check(page, ['/form/done'], who));
    await page.context().close();
  }
  assert.deepEqual(problems, []);
});
