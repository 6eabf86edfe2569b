// Benchmark, not a test: saving as children type (the form keeper's POST /api/autosave), each
// save one screen's answers with words that change every time.
// - Open loop: N children (default 200), each saving every 2 s, each save sent at its time
//   whether or not the last one was answered; latency is counted from when it was due, so a
//   slow server cannot hide its queue.
// - Closed loop (saturation): the same children saving again as soon as answered, sent by wrk
//   (needs `wrk`: apt-get install wrk).
// Prints saves per second, latency percentiles and how saves were answered.
// Usage (after a release build): node tests/browser/bench-autosave.mjs [children, default 200] [seconds, default 30]
// With HEARD_DATABASE_URL=postgres://... in the environment it runs on PostgreSQL.
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer } from './harness.mjs';
import { invitedChildren } from './bench-children.mjs';

const count = Number(process.argv[2] ?? 200);
const seconds = Number(process.argv[3] ?? 30);
const here = dirname(fileURLToPath(import.meta.url));
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

function save(server, child, n) {
  return fetch(server.url + '/api/autosave', {
    method: 'POST',
    headers: {
      origin: server.url, cookie: child.cookie(), 'x-forwarded-for': child.address,
      'content-type': 'application/x-www-form-urlencoded', accept: 'application/json',
    },
    body: new URLSearchParams({ step: '1', 'a[feel_now]': n % 2 ? 'happy' : 'okay', 'a[feel_now:words]': `I like drawing and football ${n}` }).toString(),
  }).then(async (res) => { await res.arrayBuffer(); return res.status; }, () => 'failed');
}

function summary(label, times, statuses, elapsed) {
  times.sort((a, b) => a - b);
  const at = (p) => times[Math.min(times.length - 1, Math.floor(times.length * p))]?.toFixed(1);
  const tally = {};
  for (const s of statuses) tally[s] = (tally[s] ?? 0) + 1;
  if (statuses.some((s) => s !== 200)) console.log('  (not every save was kept: see "answered")');
  console.log(`${label}: ${times.length} saves in ${elapsed.toFixed(1)} s = ${(times.length / elapsed).toFixed(0)} saves/s; ` +
    `p50 ${at(0.5)} ms, p95 ${at(0.95)} ms, p99 ${at(0.99)} ms, max ${times.at(-1)?.toFixed(1)} ms; answered ${JSON.stringify(tally)}`);
}

const server = await startServer({ HEARD_TRUST_PROXY: '1' });
try {
  const made = performance.now();
  const children = await invitedChildren(server, count);
  console.log(`${count} children ready in ${((performance.now() - made) / 1000).toFixed(0)} s; ${process.env.HEARD_DATABASE_URL ? 'PostgreSQL' : 'SQLite'}`);
  // Warm up: every child saves once.
  await Promise.all(children.map((c, i) => save(server, c, i)));

  {
    const times = [];
    const statuses = [];
    const start = performance.now();
    const end = start + seconds * 1000;
    await Promise.all(children.map(async (child, i) => {
      // Spread over the first 2 s, then every 2 s on the dot.
      for (let due = start + (i * 2000) / count, n = 0; due < end; due += 2000, n++) {
        await sleep(Math.max(0, due - performance.now()));
        save(server, child, n).then((status) => { times.push(performance.now() - due); statuses.push(status); });
      }
    }));
    await sleep(2000);
    summary(`open loop, ${count} children every 2 s (${(count / 2).toFixed(0)} saves/s offered)`, times, statuses, seconds);
  }

  {
    // Saturation: wrk (bench-autosave.lua), as many connections as children, each sending the
    // next save as soon as one is answered, the saves taken from the children in turn (so a
    // child may have two in flight). Node would take one of the two cores for itself here.
    const list = join(server.dataDir, 'bench-children.tsv');
    writeFileSync(list, children.map((c) => `${c.cookie()}\t${c.address}`).join('\n') + '\n');
    const run = spawnSync('wrk', ['-t1', `-c${count}`, `-d${seconds}s`, '--timeout', '10s', '-s', join(here, 'bench-autosave.lua'),
      server.url, '--', list, server.url], { encoding: 'utf8' });
    const line = /^wrk-summary (\d+) (\d+) ([\d.]+) ([\d.]+) ([\d.]+) ([\d.]+) (.*)$/m.exec(run.stdout);
    if (!line) throw new Error(`wrk failed: ${run.error ?? ''}${run.stdout ?? ''}${run.stderr ?? ''}`);
    const [, saves, micros, p50, p95, p99, max, answered] = line;
    const elapsed = Number(micros) / 1e6;
    console.log(`closed loop, ${count} at once (saturation, wrk): ${saves} saves in ${elapsed.toFixed(1)} s = ${(Number(saves) / elapsed).toFixed(0)} saves/s; ` +
      `p50 ${p50} ms, p95 ${p95} ms, p99 ${p99} ms, max ${max} ms; answered ${answered}`);
    if (/Non-2xx|Socket errors/.test(run.stdout)) console.log(run.stdout.split('\n').filter((l) => /Non-2xx|Socket errors/.test(l)).join('\n'));
  }
} finally {
  await server.stop();
}
