// Work lists at a council's scale (the demo with a year of history: over 300 children in
// Dyffryn). An IRO works from their home and the list by clicks and typing alone: their own
// children or everyone's, a filter, the next page, a search by case reference or date of birth.
// Business support goes from a job on their home to the whole list, and changes the order.
// Every page is axe-clean in English and Welsh and fits 320, 360 and 390 px with nothing
// overlapping.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { bothLanguages, layoutProblems, newPage, signIn, useServerAndBrowser } from './harness.mjs';

const shared = useServerAndBrowser(before, after, { env: { HEARD_DEMO_HISTORY: '1' } });

/// Layout problems at each phone width, in both languages, on the page as it is now.
async function fits(page, label) {
  const problems = [];
  for (const lang of ['en', 'cy']) {
    await page.context().addCookies([{ name: 'heard_lang', value: lang, url: shared.server.url }]);
    for (const width of [320, 360, 390]) {
      await page.setViewportSize({ width, height: 800 });
      await page.reload();
      for (const p of await layoutProblems(page)) problems.push(`${label} ${lang} ${width}px: ${p}`);
    }
  }
  await page.context().addCookies([{ name: 'heard_lang', value: 'en', url: shared.server.url }]);
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.reload();
  return problems;
}

test('an IRO works from their worklist', async () => {
  const { server, browser } = shared;
  const page = await newPage(browser);
  await signIn(page, server, 'iro@dyffryn.example');
  await page.getByRole('heading', { level: 2, name: 'Meetings in the next four weeks' }).waitFor();
  await page.getByRole('heading', { level: 2, name: 'Overdue or not booked' }).waitFor();
  await bothLanguages(page, 'IRO home');
  const problems = await fits(page, 'IRO home');

  // From the home to all their children: their own list comes first.
  await page.getByRole('link', { name: /^All my children \(\d+\)$/ }).click();
  await page.getByRole('heading', { level: 1, name: 'Children' }).waitFor();
  const mine = page.getByRole('link', { name: /^My children \(\d+\)$/ });
  assert.equal(await mine.getAttribute('aria-current'), 'true');

  // Everyone's children, then only the overdue ones, then the next page of them.
  await page.getByRole('link', { name: /^Everyone's children \(\d+\)$/ }).click();
  await page.waitForURL(/scope=all/);
  const everyone = Number((await page.getByRole('link', { name: /^Everyone's children/ }).innerText()).match(/\((\d+)\)/)[1]);
  assert.ok(everyone > 300, `the demo council has over 300 children, got ${everyone}`);
  assert.equal(await page.locator('tbody tr').count(), 50, 'fifty a page');
  const overdue = page.getByRole('link', { name: /^Overdue \(\d+\)$/ });
  const overdueCount = Number((await overdue.innerText()).match(/\((\d+)\)/)[1]);
  await overdue.click();
  await page.waitForURL(/filter=overdue/);
  assert.equal(await page.getByRole('link', { name: /^Overdue \(\d+\)$/ }).getAttribute('aria-current'), 'true');
  assert.match(await page.getByRole('status').innerText(), new RegExp(`of ${overdueCount}\\.`));
  await bothLanguages(page, 'work list, overdue');
  problems.push(...(await fits(page, 'work list')));

  // The whole list, and its next page.
  await page.getByRole('link', { name: /^All children \(\d+\)$/ }).click();
  await page.waitForURL(/filter=all/);
  await page.getByRole('link', { name: 'Next page' }).click();
  await page.waitForURL(/page=2/);
  await page.getByText(/^Page 2 of \d+$/).waitFor();
  assert.match(await page.getByRole('status').innerText(), /^Showing 51 to 100 of \d+\.$/);
  assert.equal(await page.locator('tbody tr').count(), 50);
  await page.getByRole('link', { name: 'Previous page' }).click();
  await page.waitForURL((url) => !url.search.includes('page=2'));

  // A search by a case reference, typed in lower case, on the whole list.
  const reference = (await page.locator('tbody th .hint').first().innerText()).split(' · ').find((part) => /\d/.test(part) && part.includes('-'));
  assert.ok(reference, 'the first child has a case reference');
  await page.getByLabel('Search by name, case reference or date of birth').fill(reference.toLowerCase());
  await page.getByRole('button', { name: 'Show' }).click();
  await page.waitForURL(/q=/);
  assert.equal(await page.locator('tbody tr').count(), 1);
  assert.match(await page.locator('tbody th').innerText(), new RegExp(reference));

  // The child found opens from the list.
  await page.locator('tbody th a').first().click();
  await page.getByRole('heading', { level: 1, name: 'Child' }).waitFor();
  assert.deepEqual(page.problems, []);
  assert.deepEqual(problems, []);
});

test('business support goes from a job on their home to the whole list', async () => {
  const { server, browser } = shared;
  const page = await newPage(browser);
  await signIn(page, server, 'support@dyffryn.example');
  for (const name of [/^To book this month \(\d+\)$/, /^To invite \(\d+\)$/, /^Letters to post \(\d+\)$/, /^Replies to chase \(\d+\)$/]) {
    await page.getByRole('heading', { level: 2, name }).waitFor();
  }
  await bothLanguages(page, 'business support home');
  const problems = await fits(page, 'business support home');

  const toBook = Number((await page.getByRole('heading', { level: 2, name: /^To book this month/ }).innerText()).match(/\((\d+)\)/)[1]);
  assert.ok(toBook > 10, `the demo has more than ten reviews to book this month, got ${toBook}`);
  await page.getByRole('link', { name: `See all ${toBook} in the list` }).click();
  await page.waitForURL(/filter=to_book/);
  assert.equal(await page.getByRole('link', { name: `To book this month (${toBook})` }).getAttribute('aria-current'), 'true');

  // Ordered by name instead, with the chosen order kept in the box.
  await page.getByLabel('Order').selectOption({ label: 'By name' });
  await page.getByRole('button', { name: 'Show' }).click();
  await page.waitForURL(/sort=name/);
  const names = await page.locator('tbody th a').allInnerTexts();
  const sorted = [...names].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' }));
  assert.deepEqual(names, sorted, 'by name');
  assert.equal(await page.getByLabel('Order').inputValue(), 'name');
  await bothLanguages(page, 'work list, to book, by name');
  assert.deepEqual(page.problems, []);
  assert.deepEqual(problems, []);
});
