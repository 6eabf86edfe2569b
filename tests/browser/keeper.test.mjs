// The form keeper under ordinary faults: the server restarts while a child types (their words
// go as soon as it is back, without typing again, and the status never says "no connection"
// while the device is online); a save the server refuses says what to change; and pressing
// Next offline says why beside the button.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { inviteChild, isoDate, newPage, startServer, useServerAndBrowser, waitForHydration } from './harness.mjs';

const shared = useServerAndBrowser(before, after);

async function childOnFirstScreen(name) {
  const code = await inviteChild(shared.browser, shared.server, { name, born: isoDate(-15 * 365), language: 'en' });
  const page = await newPage(shared.browser, { viewport: { width: 360, height: 740 } });
  await page.goto(shared.server.url + '/start');
  await page.locator('#code').fill(code);
  await page.keyboard.press('Enter');
  await page.waitForURL(/\/welcome$/);
  await page.locator('.language-choice').getByRole('button', { name: 'English' }).click();
  await page.goto(shared.server.url + '/secret');
  await page.locator('#phrase').fill('purple dragons dance');
  await page.locator('#phrase_again').fill('purple dragons dance');
  await page.getByRole('button', { name: 'Save my phrase' }).click();
  await page.waitForURL(/\/form\/screen\/1$/);
  await waitForHydration(page);
  return page;
}

test('words typed while the server restarts are saved when it is back, without typing again', async () => {
  const page = await childOnFirstScreen('Ffion');
  const status = page.locator('.autosave-status');
  const box = page.locator('textarea').first();
  await box.fill('Before the restart.');
  await status.filter({ hasText: 'Saved' }).waitFor();

  await shared.server.kill();
  await box.fill('Typed while the server was away.');
  // Online all along: not "No connection", but "not saved yet", and the words are kept.
  await status.filter({ hasText: 'Not saved yet' }).waitFor();
  assert.doesNotMatch(await status.innerText(), /No connection/);

  shared.server = await startServer({}, { port: shared.server.port, dataDir: shared.server.dataDir });
  // Nobody types: the keeper tries again by itself.
  await status.filter({ hasText: /^Saved$/ }).waitFor({ timeout: 45_000 });
  await page.reload();
  assert.equal(await page.locator('textarea').first().inputValue(), 'Typed while the server was away.');
  const draft = await page.evaluate(() => Object.keys(localStorage).length);
  assert.equal(draft, 0, 'no copy left on the device once the server has the words');
});

test('a save the server refuses says what to change; Next offline says why beside the button', async () => {
  const page = await childOnFirstScreen('Gruff');
  const status = page.locator('.autosave-status');
  await page.locator('textarea').first().fill('x'.repeat(8001));
  await status.filter({ hasText: /8000/ }).waitFor();
  assert.doesNotMatch(await status.innerText(), /No connection/);

  await page.locator('textarea').first().fill('Short again.');
  await status.filter({ hasText: /^Saved$/ }).waitFor();
  await page.context().setOffline(true);
  const next = page.locator('button[name="go"][value="next"]');
  await next.click();
  await status.filter({ hasText: 'No connection' }).waitFor();
  const [said, button] = [await status.boundingBox(), await next.boundingBox()];
  assert.ok(Math.abs(button.y - (said.y + said.height)) < 120, `the message is beside the button: ${JSON.stringify({ said, button })}`);
  await page.context().setOffline(false);
});
