// Every screen a child, parent or carer sees, at 320, 360 and 390 px, in Welsh and English: no
// sideways scroll, and no two things to press on top of each other (a child could press the
// wrong one). Welsh words are longer, so the Welsh picture secret is the hardest case.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { bookAndInvite, isoDate, launchBrowser, newPage, startServer } from './harness.mjs';

let server;
let browser;
before(async () => {
  server = await startServer();
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await server?.stop();
});

const WIDTHS = [320, 360, 390];
const BEFORE_SECRET = ['/', '/start', '/help-now', '/welcome', '/about', '/secret', '/my-review'];
const AFTER_SECRET = ['/form/screen/1', '/form/screen/2', '/form/screen/3', '/form/advocate', '/form/check', '/message', '/safe', '/form/later'];

/// What is wrong with the page as laid out now: sideways scroll, and pairs of visible controls
/// whose boxes overlap (a control and its own label, or one inside another, are one thing).
async function layoutProblems(page) {
  return page.evaluate(() => {
    const problems = [];
    const width = document.documentElement.clientWidth;
    if (document.documentElement.scrollWidth > width + 1) problems.push(`scrolls sideways: ${document.documentElement.scrollWidth} > ${width}`);
    const controls = [...document.querySelectorAll('a[href], button, select, textarea, label[for], input:not([type=hidden])')].filter((el) => {
      const style = getComputedStyle(el);
      const box = el.getBoundingClientRect();
      return style.visibility !== 'hidden' && style.display !== 'none' && Number(style.opacity) > 0 && box.width > 0 && box.height > 0
        && !el.closest('[hidden]');
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

async function check(page, paths, who) {
  const problems = [];
  for (const lang of ['cy', 'en']) {
    await page.context().addCookies([{ name: 'heard_lang', value: lang, url: server.url }]);
    for (const width of WIDTHS) {
      await page.setViewportSize({ width, height: 800 });
      for (const path of paths) {
        await page.goto(server.url + path);
        for (const p of await layoutProblems(page)) problems.push(`${who} ${lang} ${width}px ${new URL(page.url()).pathname}: ${p}`);
      }
    }
  }
  return problems;
}

test('child, parent and carer screens fit 320-390 px in both languages, nothing overlapping', async () => {
  const { codes } = await bookAndInvite(browser, server, {
    name: 'Gwenllian', born: isoDate(-7 * 365), language: 'cy',
    invitees: [['child', 'Gwenllian', 'cy'], ['parent', 'Rhiannon', 'cy'], ['carer', 'Bethan', 'en']],
  });
  const problems = [];
  for (const [audience, who] of [['child', 'child'], ['parent', 'parent'], ['carer', 'carer']]) {
    const page = await newPage(browser);
    await page.goto(server.url + '/start');
    await page.locator('#code').fill(codes[audience]);
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => !url.pathname.startsWith('/start'));
    problems.push(...await check(page, BEFORE_SECRET, who));
    // Make the secret (pictures for the under-8, a phrase for the adults) and look at the form.
    await page.goto(server.url + '/secret');
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
    await page.goto(server.url + '/form/check');
    await page.locator('form[action="/api/check_answers"] button[name="send"]').click();
    await page.waitForURL(/\/form\/done$/);
    problems.push(...await check(page, ['/form/done'], who));
    await page.context().close();
  }
  assert.deepEqual(problems, []);
});
