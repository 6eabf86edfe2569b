// Business support imports children and their contacts from the case system's CSV, first with a
// bad row (every problem listed, nothing saved), then corrected; then books the month's reviews
// and invites everyone to them in one go from the work list, by clicks and typing alone. Every
// page axe-clean in English and Welsh.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { bothLanguages, isoDate, layoutProblems, newPage, signIn, useServerAndBrowser } from './harness.mjs';

const shared = useServerAndBrowser(before, after);

const HEADER = 'case_reference,preferred_name,full_name,date_of_birth,language,legal_basis,looked_after_since,iro_email,'
  + 'child_email,parent1_name,parent1_email,parent1_address,carer_name,carer_email';
// Looked after ten days ago: the first review is due in 18 days, so it is one to book this month.
const since = isoDate(-10);
const british = (iso) => iso.split('-').reverse().join('/');

function file(rows) {
  return { name: 'wccis-export.csv', mimeType: 'text/csv', buffer: Buffer.from('\uFEFF' + [HEADER, ...rows].join('\r\n'), 'utf8') };
}

test('business support imports a CSV with a bad row, then books and invites the month in one go', async () => {
  const { server, browser } = shared;
  const page = await newPage(browser);
  await signIn(page, server, 'support@dyffryn.example');
  await page.getByRole('link', { name: 'Children' }).first().click();
  await page.getByRole('link', { name: 'Import children' }).click();
  await page.getByRole('heading', { level: 1, name: 'Import children' }).waitFor();
  await bothLanguages(page, 'import page');

  // A bad row first: a formula for a name, a date that does not exist, an IRO nobody knows.
  await page.getByLabel('CSV or JSON file').setInputFiles(file([
    `IMP-101,Heledd,Heledd Morgan,${british('2016-04-01')},cy,care_order,${british(since)},iro@dyffryn.example,,Sian,,"1 Stryd Fawr, Llandeilo",Dai,dai@`,
    `IMP-102,=cmd|' /C calc'!A0,Iestyn Bowen,31/02/2015,en,care_order,${since},someone@elsewhere.example,,,,,,`,
  ]));
  await page.getByRole('button', { name: 'Check the file' }).click();
  await page.getByRole('heading', { level: 1, name: 'Check the import' }).waitFor();
  const problems = await page.getByRole('alert').innerText();
  assert.match(problems, /4 problems to fix/);
  assert.match(problems, /Nothing was saved/);
  const table = await page.locator('table').innerText();
  for (const words of ['spreadsheet formula', 'Enter a real date.', 'No IRO here has this email.', 'carer_email']) assert.ok(table.includes(words), `${words} in ${table}`);
  await bothLanguages(page, 'import problems');
  const problemsFit = [];
  for (const width of [320, 360, 390]) {
    await page.setViewportSize({ width, height: 800 });
    for (const p of await layoutProblems(page)) problemsFit.push(`import problems ${width}px: ${p}`);
  }
  await page.setViewportSize({ width: 1280, height: 800 });

  // Corrected, and imported.
  await page.getByRole('link', { name: 'Check a corrected file' }).click();
  await page.getByLabel('CSV or JSON file').setInputFiles(file([
    `IMP-101,Heledd,Heledd Morgan,${british('2016-04-01')},cy,care_order,${british(since)},iro@dyffryn.example,heledd.home@example.org,Sian,,"1 Stryd Fawr, Llandeilo",Dai,dai@example.org`,
    `IMP-102,Iestyn,Iestyn Bowen,28/02/2015,en,care_order,${since},,,,,,Ann,ann@example.org`,
    `IMP-103,Mabli,Mabli Rees,2012-11-30,Cymraeg,s76,${since},iro2@dyffryn.example,,,,,,`,
  ]));
  await page.getByRole('button', { name: 'Check the file' }).click();
  await page.getByText('No problems found. Children to add: 3. Children to update: 0.').waitFor();
  await bothLanguages(page, 'import preview');
  await page.getByRole('button', { name: 'Import 3 children' }).click();
  await page.getByText('The file was imported. Added: 3. Updated: 0.').waitFor();

  // The month's bookings, from the work list.
  await page.goto(server.url + '/staff/children');
  await page.getByRole('link', { name: /^To book this month \(\d+\)$/ }).click();
  await page.getByLabel('Search by name, case reference or date of birth').fill('imp-10');
  await page.getByRole('button', { name: 'Show' }).click();
  await page.waitForURL(/q=imp-10/);
  await bothLanguages(page, 'to book, with boxes to choose');
  for (const name of ['Heledd', 'Iestyn', 'Mabli']) await page.getByLabel(`Choose ${name}`).check();
  await page.getByLabel('Start time').fill('09:30');
  await page.getByRole('button', { name: 'Book the chosen reviews' }).click();
  await page.getByText('3 reviews were booked. Their IROs confirm each meeting.').waitFor();
  assert.equal(await page.locator('tbody tr').count(), 0, 'nobody left to book among them');
  await page.goto(server.url + '/staff/children?scope=all&q=imp-10&filter=nobody_invited');
  assert.equal(await page.locator('tbody tr').count(), 3, 'booked, and next to invite');

  // Everyone invited to the month's reviews at once, each their own way.
  await page.goto(server.url + '/staff/children');
  await page.getByRole('link', { name: /^To invite \(\d+\)$/ }).click();
  await page.getByLabel('Search by name, case reference or date of birth').fill('imp-10');
  await page.getByRole('button', { name: 'Show' }).click();
  await page.waitForURL(/q=imp-10/);
  await page.getByRole('row', { name: /Mabli/ }).getByText('No contacts yet').waitFor();
  await bothLanguages(page, 'to invite, with boxes to choose');
  for (const width of [320, 360, 390]) {
    await page.setViewportSize({ width, height: 800 });
    for (const p of await layoutProblems(page)) problemsFit.push(`to invite ${width}px: ${p}`);
  }
  await page.setViewportSize({ width: 1280, height: 800 });
  for (const name of ['Heledd', 'Iestyn', 'Mabli']) await page.getByLabel(`Choose ${name}`).check();
  await page.getByRole('button', { name: 'Invite for the chosen reviews' }).click();
  await page.getByText('Invitations for 2 reviews are done. Emails sent or queued: 3. Letters to print: 1. Not invited: Mabli.').waitFor();
  await page.goto(server.url + '/staff/children?q=imp-10&filter=to_post');
  assert.deepEqual(await page.locator('tbody th a').allInnerTexts(), ['Heledd'], "Sian's letter waits to be posted");
  await page.getByRole('link', { name: 'Print all waiting letters' }).click();
  await page.getByRole('heading', { level: 1, name: 'Letters to print' }).waitFor();
  assert.ok((await page.locator('article.letter').first().innerText()).includes('Sian'));
  await bothLanguages(page, 'letters to print');
  for (const width of [320, 360, 390]) {
    await page.setViewportSize({ width, height: 800 });
    for (const p of await layoutProblems(page)) problemsFit.push(`letters ${width}px: ${p}`);
  }
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.getByRole('button', { name: /^Mark (this letter|these \d+ letters) as posted$/ }).click();
  await page.getByText(/^(1 letter was|\d+ letters were) marked as posted\.$/).waitFor();
  await page.getByText('No letters are waiting to be posted.').waitFor();

  // Mabli's carer added on her page, by the form, then she is invited too.
  await page.goto(server.url + '/staff/children?q=imp-103');
  await page.getByRole('link', { name: 'Mabli', exact: true }).click();
  await page.getByRole('heading', { name: 'Who is invited to their reviews' }).waitFor();
  await bothLanguages(page, "a child's page with contacts");
  for (const width of [320, 360, 390]) {
    await page.setViewportSize({ width, height: 800 });
    for (const p of await layoutProblems(page)) problemsFit.push(`child page ${width}px: ${p}`);
  }
  await page.setViewportSize({ width: 1280, height: 800 });
  const contacts = page.locator('section', { has: page.getByRole('heading', { name: 'Who is invited to their reviews' }) });
  await contacts.getByLabel('Who they are').selectOption('carer');
  await contacts.getByLabel('First name').fill('Bethan');
  await contacts.getByLabel('Email address').fill('bethan@');
  await contacts.getByRole('button', { name: 'Save this contact' }).click();
  await page.getByText('Enter an email address like name@council.gov.uk.').first().waitFor();
  await contacts.getByLabel('Email address').fill('bethan@example.org');
  await contacts.getByRole('button', { name: 'Save this contact' }).click();
  await page.getByText('Bethan was saved as a contact.').waitFor();
  assert.ok((await contacts.locator('table').innerText()).includes('bethan@example.org'));
  await page.goto(server.url + '/staff/children?q=imp-103&filter=to_invite');
  await page.getByLabel('Choose Mabli').check();
  await page.getByRole('button', { name: 'Invite for the chosen reviews' }).click();
  await page.getByText('Invitations for 1 review are done. Emails sent or queued: 1. Letters to print: 0.').waitFor();
  assert.deepEqual(page.problems, []);
  assert.deepEqual(problemsFit, []);
});
