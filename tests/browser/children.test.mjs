// Business support adds a child (first with mistakes), then finds them in the list; every page
// is checked with axe in English and in Welsh.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { DEMO_PASSWORD, expectAccessible, newPage, useServerAndBrowser } from './harness.mjs';

const shared = useServerAndBrowser(before, after);

test('business support adds a child, fixing mistakes, in both languages', async () => {
  const page = await newPage(shared.browser);
  await page.goto(shared.server.url + '/sign-in');
  await page.getByLabel('Email address').fill('support@dyffryn.example');
  await page.getByLabel('Password').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('link', { name: 'Children' }).click();
  await page.getByRole('heading', { level: 1, name: 'Children' }).waitFor();
  await expectAccessible(page, 'children list (en)');

  await page.getByRole('link', { name: 'Add a child' }).click();
  await expectAccessible(page, 'add child (en)');
  await page.getByLabel('Name they like to be called').fill('Elis');
  await page.getByRole('button', { name: 'Save' }).click();
  await page.getByRole('alert').waitFor();
  assert.match(await page.getByRole('alert').innerText(), /Enter a real date/);
  assert.equal(await page.getByLabel('Name they like to be called').inputValue(), 'Elis', 'typed values are kept');
  await expectAccessible(page, 'add child with errors (en)');

  await page.getByLabel('Full legal name').fill('Elis ap Dafydd');
  await page.getByLabel('Date of birth').fill('2018-02-03');
  await page.getByLabel('Date they became looked after').fill('2026-11-01');
  await page.getByLabel('Legal basis').selectOption('interim_care_order');
  await page.getByLabel('Allocated IRO').selectOption({ label: 'Iola Roberts' });
  await page.getByRole('button', { name: 'Save' }).click();
  await page.getByText('Elis was added.').waitFor();
  await expectAccessible(page, 'child saved (en)');

  await page.locator('.language-switch button').click();
  await page.waitForFunction(() => document.documentElement.lang === 'cy');
  await page.getByRole('heading', { level: 1, name: 'Plentyn' }).waitFor();
  await expectAccessible(page, 'child details (cy)');

  await page.goto(shared.server.url + '/staff/children?q=elis');
  await page.getByRole('link', { name: 'Elis' }).waitFor();
  assert.ok(await page.getByRole('cell', { name: 'Iola Roberts' }).isVisible());
  await expectAccessible(page, 'children search (cy)');
  assert.deepEqual(page.problems, []);
});
