// Benchmark, not a test: the server's memory under a burst of sign-ins from many addresses
// (each one an argon2 check of 19 MiB), sampled from /proc every 20 ms. Prints the resident
// memory before, at the peak and after the burst, and how the requests were answered.
// Usage (after a release build): node tests/browser/bench-burst.mjs [requests per burst, default 500]
import { readFileSync } from 'node:fs';
import { startServer } from './harness.mjs';

const count = Number(process.argv[2] ?? 500);
const rssMb = (pid) => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))[1]) / 1024;
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

// Each request comes from its own address (through the one trusted proxy), so the per-address
// limit does not stop the burst before it reaches the password check.
const server = await startServer({ HEARD_TRUST_PROXY: '1' });
try {
  await sleep(2000);
  const before = rssMb(server.pid);
  let peak = before;
  const sampler = setInterval(() => { peak = Math.max(peak, rssMb(server.pid)); }, 20);
  for (const wave of [1, 2]) {
    const started = Date.now();
    const statuses = await Promise.all(Array.from({ length: count }, (_, i) =>
      fetch(`${server.url}/api/sign_in`, {
        method: 'POST',
        redirect: 'manual',
        headers: {
          origin: server.url,
          'content-type': 'application/x-www-form-urlencoded',
          'x-forwarded-for': `10.${wave}.${i >> 8}.${i & 255}`,
        },
        body: `email=nobody${wave}-${i}%40nowhere.example&password=not-the-password`,
      }).then((r) => r.status, () => 'failed')));
    const tally = {};
    for (const s of statuses) tally[s] = (tally[s] ?? 0) + 1;
    console.log(`burst ${wave}: ${count} sign-ins in ${Date.now() - started} ms: ${JSON.stringify(tally)}; peak so far ${peak.toFixed(0)} MB`);
    await sleep(5000);
  }
  clearInterval(sampler);
  console.log(`resident memory: before ${before.toFixed(0)} MB, peak ${peak.toFixed(0)} MB, 10 s after ${rssMb(server.pid).toFixed(0)} MB`);
} finally {
  await server.stop();
}
