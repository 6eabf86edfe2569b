// Benchmark, not a test: importing a council's children from one CSV file. Makes N invented
// children (default 10,000), uploads the file as the import page does, then times the three
// steps a person waits for: the check (upload and store), the preview (every row checked) and
// the import itself (checked again, written in one transaction); then imports the same file
// again (every child updated, none added). Then business support's lists over that many
// children: each page fetched 50 times, with its median and 95th-percentile time and its size
// as sent (brotli). Prints the times and the server's peak memory.
// Usage (after a release build): node tests/browser/bench-import.mjs [rows, default 10000]
// With HEARD_DATABASE_URL=postgres://... in the environment it runs on PostgreSQL.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { request } from 'node:http';
import { DEMO_PASSWORD, startServer, totpCode } from './harness.mjs';
import { client } from './bench-children.mjs';

const rows = Number(process.argv[2] ?? 10_000);
const rssMb = (pid) => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))[1]) / 1024;

const NAMES = ['Alaw', 'Bedwyr', 'Cadi', 'Dafydd', 'Efa', 'Gethin', 'Heledd', 'Iestyn', 'Lowri', 'Mabli', 'Nia', 'Osian'];
const SURNAMES = ['Jones', 'Williams', 'Davies', 'Evans', 'Thomas', 'Roberts', 'Hughes', 'Lewis'];

function csv(count) {
  const lines = ['case_reference,preferred_name,full_name,date_of_birth,language,legal_basis,looked_after_since,iro_email,placement_type'];
  for (let n = 0; n < count; n++) {
    const name = NAMES[n % NAMES.length];
    const day = String(1 + (n % 28)).padStart(2, '0');
    const month = String(1 + (n % 12)).padStart(2, '0');
    lines.push([
      `BENCH-${String(n).padStart(6, '0')}`, name, `${name} ${SURNAMES[n % SURNAMES.length]}`, `${day}/${month}/${2008 + (n % 10)}`,
      n % 3 === 0 ? 'cy' : 'en', 'care_order', `2024-${month}-${day}`, n % 2 === 0 ? 'iro@dyffryn.example' : 'iro2@dyffryn.example', 'Foster care',
    ].join(','));
  }
  return '\uFEFF' + lines.join('\r\n') + '\r\n';
}

const server = await startServer();
let web = client(server, '192.0.2.1');
const post = (path, body, type) => web.send(path, body, type);
// Pages as a browser asks for them (the client's own GET asks for HTML and follows no redirect).
const get = (path) => web.get(path);

let peak = rssMb(server.pid);
const sampler = setInterval(() => { peak = Math.max(peak, rssMb(server.pid)); }, 20);
const timed = async (what, step) => {
  const start = performance.now();
  const result = await step();
  const seconds = (performance.now() - start) / 1000;
  console.log(`${what.padEnd(34)} ${seconds.toFixed(2).padStart(7)} s`);
  return result;
};

try {
  const signIn = await post('/api/sign_in', new URLSearchParams({ email: 'admin@dyffryn.example', password: DEMO_PASSWORD }).toString(),
    'application/x-www-form-urlencoded');
  // Admins set up two-step sign-in at their first sign-in: the key shown, then its code.
  assert.equal(signIn.headers.get('location'), '/sign-in/set-up');
  const key = /id="two-step-secret"[^>]*>([^<]+)</.exec(await (await get('/sign-in/set-up')).text())[1].replace(/\s/g, '');
  const code = totpCode(key, Math.floor(Date.now() / 30_000));
  const confirmed = await post('/api/sign_in/confirm_two_step', new URLSearchParams({ code, at_sign_in: 'true' }).toString(),
    'application/x-www-form-urlencoded');
  assert.equal(confirmed.headers.get('location'), '/staff/account/recovery-codes');
  const text = csv(rows);
  console.log(`${rows} rows, ${(Buffer.byteLength(text) / 1024 / 1024).toFixed(1)} MB; server memory at start ${rssMb(server.pid).toFixed(0)} MB`);
  for (const round of ['first import (all added)', 'same file again (all updated)']) {
    console.log(round);
    const form = new FormData();
    form.append('file', new Blob([text], { type: 'text/csv' }), 'bench.csv');
    const checked = await timed('  upload and keep', () => post('/staff/admin/import/check', form));
    const preview = checked.headers.get('location');
    assert.match(preview ?? '', /^\/staff\/admin\/import\/\d+$/, `upload answered ${checked.status}`);
    const page = await timed('  preview (every row checked)', async () => (await get(preview)).text());
    assert.match(page, /No problems found/);
    const id = preview.split('/').pop();
    const applied = await timed('  import (checked again, written)', () =>
      post('/api/apply_import', new URLSearchParams({ id }).toString(), 'application/x-www-form-urlencoded'));
    assert.equal(applied.status, 303);
    const done = await (await get(preview)).text();
    assert.match(done, /The file was imported/);
  }
  // Business support's lists over the imported children.
  web = client(server, '192.0.2.1');
  const support = await post('/api/sign_in', new URLSearchParams({ email: 'support@dyffryn.example', password: DEMO_PASSWORD }).toString(),
    'application/x-www-form-urlencoded');
  assert.equal(support.headers.get('location'), '/staff');
  const sent = (path) => new Promise((ok, fail) => {
    const started = performance.now();
    const req = request(server.url + path, { headers: { cookie: web.cookie(), 'accept-encoding': 'br', accept: 'text/html' } }, (res) => {
      let bytes = 0;
      res.on('data', (chunk) => { bytes += chunk.length; });
      res.on('end', () => ok({ ms: performance.now() - started, bytes, status: res.statusCode }));
    });
    req.on('error', fail);
    req.end();
  });
  const sample = await (await get('/staff/children?filter=all')).text();
  assert.match(sample, /Showing 1 to 50 of \d+\./, 'the list shows its first page');
  console.log(`the work list's first page is ${(Buffer.byteLength(sample) / 1024).toFixed(1)} KB before compression`);
  console.log('business support\'s lists (50 fetches each)');
  for (const path of ['/staff', '/staff/children?filter=all', '/staff/children?filter=to_book&sort=name&page=3', '/staff/children?q=bench-004242']) {
    const times = [];
    let size = 0;
    for (let i = 0; i < 50; i++) {
      const { ms, bytes, status } = await sent(path);
      assert.equal(status, 200, path);
      times.push(ms);
      size = bytes;
    }
    times.sort((a, b) => a - b);
    const at = (q) => times[Math.min(times.length - 1, Math.floor(q * times.length))].toFixed(0);
    console.log(`  ${path.padEnd(50)} median ${at(0.5).padStart(4)} ms  p95 ${at(0.95).padStart(4)} ms  ${(size / 1024).toFixed(1)} KB sent`);
  }
  console.log(`peak server memory ${peak.toFixed(0)} MB`);
} finally {
  clearInterval(sampler);
  await server.stop();
}
