// Benchmark, not a test: bytes on the wire for a first visit (empty cache) to each page given,
// as Chromium counts them (encodedDataLength: compressed bodies plus headers), by resource type.
// Usage (after a release build and .ci/compress-site): node tests/browser/bench-weight.mjs [/path ...]
import { launchBrowser, startServer, waitForHydration } from './harness.mjs';

const paths = process.argv.slice(2);
if (paths.length === 0) paths.push('/', '/sign-in');
const server = await startServer();
const browser = await launchBrowser();
try {
  for (const path of paths) {
    const context = await browser.newContext();
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    const types = new Map();
    const urls = new Map();
    cdp.on('Network.responseReceived', (e) => { types.set(e.requestId, e.type); urls.set(e.requestId, e.response.url); });
    const totals = {};
    const files = [];
    cdp.on('Network.loadingFinished', (e) => {
      const type = types.get(e.requestId) ?? 'Other';
      totals[type] = (totals[type] ?? 0) + e.encodedDataLength;
      files.push([new URL(urls.get(e.requestId) ?? 'http://x/?').pathname, e.encodedDataLength]);
    });
    await page.goto(server.url + path, { waitUntil: 'networkidle' });
    await waitForHydration(page);
    await page.waitForTimeout(300);
    const all = Object.values(totals).reduce((a, b) => a + b, 0);
    console.log(`\n${path}: ${(all / 1024).toFixed(1)} KB on the wire, first load`);
    for (const [type, bytes] of Object.entries(totals)) console.log(`  ${type.padEnd(12)} ${(bytes / 1024).toFixed(1)} KB`);
    for (const [file, bytes] of files) console.log(`    ${file.padEnd(32)} ${(bytes / 1024).toFixed(1)} KB`);
    await context.close();
  }
} finally {
  await browser.close();
  await server.stop();
}
