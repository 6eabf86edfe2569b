// Benchmark, not a test: the weight of a child's first form screen on a first visit (empty
// cache), as Chromium counts it (compressed bodies plus headers), and of the symbols and
// read-aloud clips that screen uses. Run after a release build and .ci/compress-site:
//   node tests/browser/bench-child-form.mjs [under8|8to12|13plus]
import { inviteChild, isoDate, launchBrowser, startServer, waitForHydration } from './harness.mjs';

const ages = { under8: 6, '8to12': 10, '13plus': 15 };
const band = process.argv[2] ?? 'under8';
const server = await startServer();
const browser = await launchBrowser();
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
try {
  const code = await inviteChild(browser, server, { name: 'Bench', born: isoDate(-ages[band] * 365), language: 'en' });
  const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
  const page = await context.newPage();
  await page.goto(server.url + '/start');
  await page.locator('#code').fill(code);
  await page.getByRole('button', { name: 'Start' }).click();
  await page.waitForURL(/\/welcome$/);
  await page.locator('.language-choice').getByRole('button', { name: 'English' }).click();
  await page.goto(server.url + '/secret');
  for (const p of ['cat', 'sun', 'tree']) await page.locator(`#pic_${p}`).check();
  await page.getByRole('button', { name: 'Save my pictures' }).click();
  await page.waitForURL(/\/form\/screen\/1$/);

  // The measured visit: everything fetched again, nothing from cache.
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  const seen = new Map();
  cdp.on('Network.responseReceived', (e) => seen.set(e.requestId, { type: e.type, url: e.response.url }));
  const totals = {};
  let symbols = 0;
  let symbolCount = 0;
  cdp.on('Network.loadingFinished', (e) => {
    const r = seen.get(e.requestId) ?? { type: 'Other', url: '' };
    totals[r.type] = (totals[r.type] ?? 0) + e.encodedDataLength;
    if (r.url.includes('/symbols/')) { symbols += e.encodedDataLength; symbolCount += 1; }
  });
  await page.reload({ waitUntil: 'networkidle' });
  await waitForHydration(page);
  await page.waitForTimeout(300);
  const all = Object.values(totals).reduce((a, b) => a + b, 0);
  console.log(`first form screen (${band}): ${kb(all)} on the wire, first load`);
  for (const [type, bytes] of Object.entries(totals)) console.log(`  ${type.padEnd(12)} ${kb(bytes)}`);
  console.log(`  of which ${symbolCount} symbols: ${kb(symbols)}`);
  console.log(`  without symbols (HTML, CSS, JS, WASM): ${kb(all - symbols)}`);
  // Clips load only when a read-aloud button is pressed: their total if every one is played.
  const clips = [...new Set(await page.locator('a.read-aloud').evaluateAll((links) => links.map((a) => a.getAttribute('href'))))];
  let clipBytes = 0;
  for (const href of clips) clipBytes += (await (await fetch(server.url + href)).arrayBuffer()).byteLength;
  console.log(`  read-aloud: ${clips.length} clips on the screen, ${kb(clipBytes)} if every one is played (MP3, not compressed further)`);
  await context.close();
} finally {
  await browser.close();
  await server.stop();
}
