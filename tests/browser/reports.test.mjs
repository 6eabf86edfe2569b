// The manager's reports with a year of demo history: every table and chart axe-clean in English
// and Welsh, readable at 320 px wide, switching to quarters, and a CSV download with its figures
// suppressed and nothing a spreadsheet would run. The council's threshold is set by its admin.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, test } from 'node:test';
import { expectAccessible, newPage, signIn, switchLanguage, useServerAndBrowser } from './harness.mjs';

const shared = useServerAndBrowser(before, after, { env: { HEARD_DEMO_HISTORY: '1' } });

test('the reports page, its charts and a CSV download, in English and Welsh', async () => {
  const { server, browser } = shared;
  const page = await newPage(browser);
  await signIn(page, server, 'manager@dyffryn.example');
  await page.getByRole('link', { name: 'Figures for the Corporate Parenting Board' }).waitFor();
  await expectAccessible(page, 'manager home (en)');
  await switchLanguage(page, 'cy');
  await expectAccessible(page, 'manager home (cy)');
  await switchLanguage(page, 'en');
  await page.getByRole('link', { name: 'Figures for the Corporate Parenting Board' }).click();
  await page.getByRole('heading', { level: 1, name: 'Reports' }).waitFor();
  for (const name of ['Reviews held on time', 'Views asked for and sent', 'How views were sent', 'Urgent alerts and messages from children']) {
    await page.getByRole('heading', { level: 2, name }).waitFor();
  }
  // Each chart is an image with a name and a description, and its table sits beside it.
  // (They show the figures as published: a month too small to publish is a dash, not a bar.)
  const charts = page.locator('svg[role="img"]');
  assert.equal(await charts.count(), 2);
  for (let i = 0; i < 2; i++) {
    for (const attribute of ['aria-labelledby', 'aria-describedby']) {
      const id = await charts.nth(i).getAttribute(attribute);
      assert.ok((await page.locator(`#${id}`).textContent()).length > 10, `${attribute} says something`);
    }
    const marks = (await charts.nth(i).locator('rect').count()) + (await charts.nth(i).locator('text', { hasText: '–' }).count());
    assert.ok(marks >= 12, 'a bar or a dash for every month');
  }
  assert.ok(await charts.nth(1).locator('rect').count() > 12, 'the share who sent their views is drawn month by month');
  assert.equal(await page.locator('table').count(), 6);
  await expectAccessible(page, 'reports by month (en)');
  await switchLanguage(page, 'cy');
  await page.getByRole('heading', { level: 2, name: 'Adolygiadau a gynhaliwyd ar amser' }).waitFor();
  await expectAccessible(page, 'reports by month (cy)');
  await page.getByRole('link', { name: 'Fesul chwarter (blwyddyn ariannol)' }).click();
  await page.waitForURL(/grain=quarter/);
  assert.match(await page.locator('tbody th').first().innerText(), /Ch[1-4]$/);
  await expectAccessible(page, 'reports by quarter (cy)');
  await switchLanguage(page, 'en');
  await expectAccessible(page, 'reports by quarter (en)');

  // The CSV: a download, UTF-8 with its mark, no cell that starts a formula.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Download as CSV: Reviews held on time' }).click(),
  ]);
  assert.equal(download.suggestedFilename(), 'heard-timeliness-quarter.csv');
  const text = readFileSync(await download.path(), 'utf8');
  assert.ok(text.startsWith('\ufeffPeriod,Late,On time,Total,% on time'), text.slice(0, 80));
  assert.equal(text.trim().split('\r\n').length, 5, 'a header and four quarters');
  for (const cell of text.replace('\ufeff', '').split(/[\r\n,]+/)) assert.ok(!/^[=+\-@]/.test(cell), cell);

  // At 320 px the page does not scroll sideways (wide tables scroll in their own box).
  await page.setViewportSize({ width: 320, height: 700 });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `the reports fit 320 px (${overflow}px over)`);
  assert.deepEqual(page.problems, []);

  // The admin's threshold field, with an error, in both languages.
  const admin = await newPage(browser);
  await signIn(admin, server, 'admin@dyffryn.example');
  await admin.goto(server.url + '/staff/admin/settings');
  await admin.locator('#suppress_below').fill('1');
  await admin.getByRole('button', { name: 'Save settings' }).click();
  await admin.getByRole('alert').waitFor();
  assert.match(await admin.getByRole('alert').innerText(), /Enter a whole number from 2 to 50/);
  await expectAccessible(admin, 'settings with a threshold error (en)');
  await switchLanguage(admin, 'cy');
  await expectAccessible(admin, 'settings with a threshold error (cy)');
  assert.deepEqual(admin.problems, []);
});
