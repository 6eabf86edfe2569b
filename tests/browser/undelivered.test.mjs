// Messages the mail server did not take, where the people responsible look: the review page and
// the admin's outgoing-email page list them with "Try again now", axe-clean in both languages,
// and the button works as a person presses it.
import assert from 'node:assert/strict';
import { createServer } from 'node:net';
import { after, before, test } from 'node:test';
import { addChildAndBook, bothLanguages, isoDate, newPage, signIn, useServerAndBrowser } from './harness.mjs';

/// A mail server that is down: it answers every connection with 421 and hangs up.
const down = createServer((socket) => socket.end('421 4.3.2 Service not available\r\n'));
await new Promise((ok) => down.listen(0, '127.0.0.1', ok));
const shared = useServerAndBrowser(before, after, { env: { HEARD_SMTP_URL: `smtp://127.0.0.1:${down.address().port}`, HEARD_JOB_INTERVAL_SECONDS: '1' } });
after(() => down.close());

test('an invitation the mail server did not take is shown with "Try again now" to staff', async () => {
  const { server, browser } = shared;
  const page = await newPage(browser);
  await signIn(page, server, 'support@dyffryn.example');
  await addChildAndBook(page, server, { name: 'Tomos', born: isoDate(-10 * 365), language: 'en' });
  await page.getByLabel('Who they are').selectOption('carer');
  await page.getByLabel('First name').fill('Megan');
  await page.getByLabel('How they get the invitation').selectOption('email');
  await page.getByLabel('Email address', { exact: false }).last().fill('megan@example.org');
  await page.getByRole('button', { name: 'Add to the invited' }).click();
  await page.getByRole('button', { name: 'Send email' }).first().click();
  await page.getByText('The mail server did not take the invitation to Megan yet.').waitFor();
  await page.getByRole('heading', { name: 'Messages not delivered yet' }).waitFor();
  await bothLanguages(page, 'review page with an undelivered invitation');

  // "Try again now", pressed as a person would: tried at once (still down), and still shown.
  await page.getByRole('button', { name: /^Try again now/ }).click();
  await page.getByText('Heard is trying to send it again now.').waitFor();
  assert.ok(await page.getByRole('heading', { name: 'Messages not delivered yet' }).isVisible());

  const admin = await newPage(browser);
  await signIn(admin, server, 'admin@dyffryn.example');
  await admin.goto(server.url + '/staff/admin/outbox');
  await admin.getByText('Invitation (Megan)').waitFor();
  await bothLanguages(admin, 'outgoing email with an undelivered invitation');
  assert.deepEqual([...page.problems, ...admin.problems], []);
});
