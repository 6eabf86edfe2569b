// Benchmark, not a test: requests per second for the pages anyone may open and a child's form
// screen, each as a share of the ceiling: a plain axum handler (`heard-ceiling`) answering with
// the same bytes, measured in the same run on the same machine. Each page is fetched as a
// browser does (brotli accepted; the child's screen with their session), the bytes kept for the
// ceiling, then `wrk` loads the page and then the ceiling for the same time with the same
// connections.
// Usage, after `cargo leptos build --release` and
// `cargo build --release -p server --bin heard-ceiling` (needs `wrk`: apt-get install wrk):
//   node tests/browser/bench-pages.mjs [seconds per run, default 10] [connections, default 64]
// With HEARD_DATABASE_URL=postgres://... in the environment it runs on PostgreSQL.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, rmSync, existsSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, startServer } from './harness.mjs';
import { invitedChildren } from './bench-children.mjs';

const seconds = Number(process.argv[2] ?? 10);
const connections = Number(process.argv[3] ?? 64);
const ceilingBin = join(import.meta.dirname, '..', '..', 'target', 'release', 'heard-ceiling');
if (!existsSync(ceilingBin)) throw new Error('build the ceiling first: cargo build --release -p server --bin heard-ceiling');
if (spawnSync('wrk', ['--version']).error) throw new Error('wrk is needed: apt-get install wrk');

/// One GET as a browser sends it; the body as it came over the wire (still compressed).
function fetchRaw(url, headers) {
  return new Promise((resolve, reject) => {
    request(url, { headers }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) }));
    }).on('error', reject).end();
  });
}

/// `wrk` against `url` with `headers`: requests per second, latency percentiles, and how many
/// answers were not 2xx/3xx or failed.
function load(url, headers) {
  const args = ['-t1', `-c${connections}`, `-d${seconds}s`, '--latency'];
  for (const [k, v] of Object.entries(headers)) args.push('-H', `${k}: ${v}`);
  const run = spawnSync('wrk', [...args, url], { encoding: 'utf8' });
  const out = run.stdout;
  const rate = Number(/Requests\/sec:\s+([\d.]+)/.exec(out)?.[1]);
  const pct = (p) => [...out.matchAll(/^\s+(\d+)%\s+([\d.]+\w+)/gm)].find((m) => m[1] === p)?.[2];
  const bad = Number(/Non-2xx or 3xx responses: (\d+)/.exec(out)?.[1] ?? 0);
  const errors = /Socket errors: (.*)/.exec(out)?.[1] ?? 'none';
  if (!rate) throw new Error(`wrk said: ${out}${run.stderr}`);
  return { rate, p50: pct('50'), p99: pct('99'), bad, errors };
}

async function startCeiling(bodyFile, contentType, encoding) {
  const port = await freePort();
  const args = [String(port), bodyFile, contentType, ...(encoding ? [encoding] : [])];
  const child = spawn(ceilingBin, args, { stdio: ['ignore', 'ignore', 'inherit'] });
  const url = `http://127.0.0.1:${port}/`;
  for (let i = 0; i < 100; i++) {
    try { if ((await fetch(url)).ok) return { url, stop: () => child.kill('SIGTERM') }; } catch { /* not up yet */ }
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('heard-ceiling did not start');
}

const server = await startServer({ HEARD_TRUST_PROXY: '1' });
const dir = mkdtempSync(join(tmpdir(), 'heard-bench-'));
try {
  const [child] = await invitedChildren(server, 1);
  const browser = { 'accept-encoding': 'br, gzip', accept: 'text/html', 'x-forwarded-for': '203.0.113.9' };
  const pages = [
    ['public landing page (/)', '/', browser],
    ['/start', '/start', browser],
    ['/help-now', '/help-now', browser],
    ["a child's form screen", '/form/screen/1', { ...browser, 'x-forwarded-for': child.address, cookie: child.cookie() }],
  ];
  console.log(`${seconds} s per run, ${connections} connections, wrk with one thread; ${process.env.HEARD_DATABASE_URL ? 'PostgreSQL' : 'SQLite'}`);
  console.log('| page | sent | Heard req/s (p50, p99) | ceiling req/s | ratio |');
  console.log('|---|---|---|---|---|');
  for (const [label, path, headers] of pages) {
    const first = await fetchRaw(server.url + path, headers);
    if (first.status !== 200) throw new Error(`${path} answered ${first.status}`);
    const file = join(dir, 'body');
    writeFileSync(file, first.body);
    const heard = load(server.url + path, headers);
    const ceiling = await startCeiling(file, first.headers['content-type'], first.headers['content-encoding']);
    let top;
    try { top = load(ceiling.url, headers); } finally { ceiling.stop(); }
    const problems = heard.bad || heard.errors !== 'none' ? ` (not 2xx: ${heard.bad}; socket errors: ${heard.errors})` : '';
    console.log(`| ${label} | ${(first.body.length / 1024).toFixed(1)} KB ${first.headers['content-encoding'] ?? ''} | ${heard.rate.toFixed(0)} (${heard.p50}, ${heard.p99})${problems} | ${top.rate.toFixed(0)} | ${(heard.rate / top.rate).toFixed(3)} |`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
  await server.stop();
}
