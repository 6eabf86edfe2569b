// The issue-3 journey: business support adds a child, books a review, emails one invitation and
// prints a letter for another; the IRO's home shows the review with its report deadline; the
// emailed link opens the entry page. axe runs on every page, in English and in Welsh.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import {
  expectAccessible, isoDate, newPage, newestOutboxMessage, signIn, switchLanguage, useServerAndBrowser,
} from './harness.mjs';

const shared = useServerAndBrowser(before, after);

test('book a review, invite by email and post, and open the link', async () => {
  const { server, browser } = shared;
  const page = await newPage(browser);
  await signIn(page, server, 'support@dyffryn.example');
  await page.getByRole('heading', { name: /^To book this month \(\d+\)$/ }).waitFor();
  await expectAccessible(page, 'business support home (en)');

  // A child who became looked after five days ago: the first review is due within 28 days.
  await page.goto(server.url + '/staff/children/new');
  await page.getByLabel('Name they like to be called').fill('Elin');
  await page.getByLabel('Full legal name').fill('Elin Haf Jenkins');
  await page.getByLabel('Date of birth').fill('2017-05-04');
  await page.getByLabel('Preferred language').selectOption('en');
  await page.getByLabel('Date they became looked after').fill(isoDate(-5));
  await page.getByLabel('Legal basis').selectOption('care_order');
  await page.getByLabel('Allocated IRO').selectOption({ label: 'Iola Roberts' });
  await page.getByRole('button', { name: 'Save' }).click();
  await page.getByText('Elin was added.').waitFor();
  assert.match(await page.locator('#next-review').locator('..').innerText(), /First review \(within 28 days\)/);
  await expectAccessible(page, 'child page (en)');

  await page.getByRole('link', { name: 'Book the review' }).click();
  await expectAccessible(page, 'booking form (en)');
  await page.getByLabel('Date of the meeting').fill(isoDate(-1));
  await page.getByLabel('Start time').fill('10:30');
  await page.getByRole('button', { name: 'Book the review' }).click();
  await page.getByRole('alert').waitFor();
  assert.match(await page.getByRole('alert').innerText(), /cannot be in the past/);
  await expectAccessible(page, 'booking form with an error (en)');
  await page.getByLabel('Date of the meeting').fill(isoDate(9));
  await page.getByRole('button', { name: 'Book the review' }).click();
  await page.getByText('The review for Elin is booked.').waitFor();
  await expectAccessible(page, 'review page (en)');

  // Elin herself, by email to her carer's address.
  await page.getByLabel('How they get the invitation').selectOption('email');
  await page.getByLabel('Email address').fill('carer@example.org');
  await page.getByRole('button', { name: 'Add to the invited' }).click();
  await page.getByText('Elin was added. Now send the invitation.').waitFor();
  await page.getByRole('button', { name: 'Send email' }).click();
  await page.getByText('The invitation to Elin was emailed.').waitFor();

  // Her father, by post.
  await page.getByLabel('Who they are').selectOption('parent');
  await page.getByLabel('First name').fill('Huw');
  await page.getByLabel('How they get the invitation').selectOption('post');
  await page.getByLabel('Postal address (optional)').fill('3 Heol y Dderwen\nDyffryn');
  await page.getByRole('button', { name: 'Add to the invited' }).click();
  await page.getByRole('button', { name: 'Make the letter' }).click();
  await page.getByRole('heading', { level: 1, name: 'Invitation letter' }).waitFor();
  const code = (await page.locator('.letter__code').innerText()).trim();
  assert.match(code, /^[A-Z0-9]{5}-[A-Z0-9]{5}$/);
  assert.equal(await page.locator('.letter__qr svg').count(), 1, 'a QR code');
  await expectAccessible(page, 'letter (en)');
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.locator('.site-header').isVisible(), false, 'the print stylesheet hides the page furniture');
  await page.emulateMedia({ media: 'screen' });
  await page.getByRole('button', { name: 'Mark as posted' }).click();
  await page.getByText('The letter to Huw was marked as posted.').waitFor();
  await switchLanguage(page, 'cy');
  await page.getByRole('heading', { level: 1, name: 'Adolygiad' }).waitFor();
  await expectAccessible(page, 'review page (cy)');
  await page.goto(server.url + '/staff');
  await expectAccessible(page, 'business support home (cy)');
  await page.getByRole('button', { name: 'Allgofnodi' }).click();

  // The IRO sees the review on their home, with its report deadline.
  const iro = await newPage(browser);
  await signIn(iro, server, 'iro@dyffryn.example');
  const row = iro.getByRole('row').filter({ has: iro.getByRole('link', { name: 'Elin', exact: true }) });
  const text = await row.innerText();
  assert.match(text, /10:30/);
  assert.match(text, /Elin \(Child\)/);
  assert.match(text, /Sent/);
  await expectAccessible(iro, 'IRO home (en)');
  // Invitees see the date, time and how to join once the IRO confirms them.
  await row.locator('a[href^="/staff/reviews/"]').first().click();
  await iro.getByRole('button', { name: 'Confirm date, time and how to join' }).click();
  await iro.getByText(/Confirmed\. Elin's invitees can now see/).waitFor();
  await expectAccessible(iro, 'review page after confirming (en)');
  await iro.goto(server.url + '/staff');
  await switchLanguage(iro, 'cy');
  await expectAccessible(iro, 'IRO home (cy)');

  // The emailed link opens the entry page; Start lets Elin in.
  const message = newestOutboxMessage(server);
  assert.equal(message.to, 'carer@example.org');
  const link = message.body.match(/http\S+\/i\/\S+/)[0];
  assert.ok(!message.body.includes('Jenkins') && !message.body.includes('Neuadd'), 'nothing personal in the email');
  const child = await newPage(browser, { viewport: { width: 320, height: 640 } });
  await child.goto(link);
  await child.getByText('Hello Elin!').waitFor();
  await expectAccessible(child, 'link landing (en)');
  await child.getByRole('button', { name: 'Start' }).click();
  // Children choose their language first; their meeting's details are on their own page.
  await child.waitForURL(/\/welcome$/);
  await child.goto(server.url + '/my-review');
  await child.getByText(/Your review meeting is on/).waitFor();
  assert.ok(await child.evaluate(() => document.documentElement.scrollWidth <= 320), 'no sideways scrolling at 320px');
  await expectAccessible(child, 'my review (en)');
  await switchLanguage(child, 'cy');
  await child.getByText(/Mae cyfarfod dy adolygiad ar/).waitFor();
  await expectAccessible(child, 'my review (cy)');

  // A code typed wrong gets a kind answer, in both languages.
  const stranger = await newPage(browser);
  await stranger.goto(server.url + '/start');
  await expectAccessible(stranger, 'start (en)');
  await stranger.getByLabel('Your code').fill('ACDEF-GHJKM');
  await stranger.getByRole('button', { name: 'Start' }).click();
  await stranger.getByText(/that code or link did not work/).waitFor();
  await expectAccessible(stranger, 'start with a wrong code (en)');
  await switchLanguage(stranger, 'cy');
  await expectAccessible(stranger, 'start (cy)');
  // The parent's letter code works.
  await stranger.getByLabel('Dy god').fill(code.toLowerCase());
  await stranger.getByRole('button', { name: 'Dechrau' }).click();
  await stranger.waitForURL(/\/my-review$/);
  await stranger.getByText(/Mae'r cyfarfod adolygu ar gyfer Elin/).waitFor();

  for (const p of [page, iro, child, stranger]) assert.deepEqual(p.problems, []);
});
