// Benchmark, not a test: the server's memory under bursts of argon2 checks (19 MiB each),
// sampled from /proc every 20 ms. Two kinds of burst, each twice:
// - sign-ins with unknown emails, each from its own address;
// - unlocks: 100 parents' and carers' invitations, each opened again by code and then unlocked five times at once
//   with its phrase (five is as many tries as an invitation gets before it locks, so this is
//   the most checks a burst of unlocks can start).
// Prints the resident memory before, at each peak and after, and how the requests were answered.
// Usage (after a release build): node tests/browser/bench-burst.mjs [sign-ins per burst, default 500]
import { readFileSync } from 'node:fs';
import { DEMO_PASSWORD, isoDate, startServer } from './harness.mjs';
import { client } from './bench-children.mjs';

const count = Number(process.argv[2] ?? 500);
const INVITATIONS = 100;
const TRIES = 5;
const rssMb = (pid) => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))[1]) / 1024;
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function burst(label, server, sample, requests) {
  const started = Date.now();
  const statuses = await Promise.all(requests.map((r) => r().then((res) => res.status, () => 'failed')));
  const tally = {};
  for (const s of statuses) tally[s] = (tally[s] ?? 0) + 1;
  console.log(`${label}: ${requests.length} in ${Date.now() - started} ms: ${JSON.stringify(tally)}; peak so far ${sample.peak.toFixed(0)} MB`);
  await sleep(5000);
}

// Behind the one trusted proxy, each request may come from its own address, so the
// per-address limits do not stop a burst before it reaches the argon2 check.
const server = await startServer({ HEARD_TRUST_PROXY: '1' });
try {
  // The invitations for the unlock bursts, made as business support would.
  const staff = client(server, '192.0.2.1');
  await staff.post('/api/sign_in', { email: 'support@dyffryn.example', password: DEMO_PASSWORD });
  const child = await staff.post('/api/save_child', {
    preferred_name: 'Bench', full_name: 'Bench Burst', date_of_birth: '2015-01-01', preferred_language: 'en',
    communication_needs: '', looked_after_since: isoDate(-5), legal_basis: 'care_order', placement_type: '', iro_staff_id: '',
  });
  const childId = child.headers.get('location').split('/').pop();
  const day = isoDate(20);
  const review = await staff.post('/api/save_booking', {
    child_id: childId, meeting_on: day, meeting_at: '10:30', arrangement: 'in_person',
    arrangement_details: 'Room 1', delay_reason: '', non_working_day: day,
  });
  const reviewPath = review.headers.get('location');
  const reviewId = reviewPath.split('/').pop();
  const codes = [];
  for (let i = 0; i < INVITATIONS; i++) {
    await staff.post('/api/add_invitee', {
      review_id: reviewId, audience: i % 2 ? 'carer' : 'parent', first_name: `Person${i}`, language: 'en', delivery: 'post', email: '', postal_address: '',
    });
    const page = await (await staff.get(reviewPath)).text();
    const ids = [...page.matchAll(/name="invitation_id" value="(\d+)"/g)].map((m) => Number(m[1]));
    const invitation = Math.max(...ids);
    await staff.post('/api/invitation_action', { invitation_id: invitation, action: 'letter' });
    const letter = await (await staff.get(`/staff/invitations/${invitation}/letter`)).text();
    codes.push(/letter__code">([A-Z0-9-]{11})/.exec(letter)[1]);
  }
  // Each person makes their phrase, then comes back by code five times (five sessions, from five
  // addresses): each of those sessions is locked until the phrase is given again.
  const phrase = 'a quiet green valley';
  const locked = [];
  for (const [i, code] of codes.entries()) {
    const first = client(server, `198.51.100.${i}`);
    const came = await first.post('/api/enter_code', { code });
    const made = await first.post('/api/set_secret', { kind: 'phrase', 'a[phrase]': phrase, 'a[phrase_again]': phrase });
    if ((made.headers.get('location') ?? '').startsWith('/secret')) {
      throw new Error(`person ${i}: the code led to ${came.headers.get('location')} and the secret was not made`);
    }
    for (let t = 0; t < TRIES; t++) {
      const again = client(server, `10.9.${i}.${t}`);
      const entered = await again.post('/api/enter_code', { code });
      const landed = entered.headers.get('location') ?? '';
      if (entered.status !== 303 || landed.startsWith('/start')) throw new Error(`code ${i} was answered ${entered.status} ${landed}`);
      locked.push(again);
    }
  }

  await sleep(3000);
  const before = rssMb(server.pid);
  const sample = { peak: before };
  const sampler = setInterval(() => { sample.peak = Math.max(sample.peak, rssMb(server.pid)); }, 20);
  for (const wave of [1, 2]) {
    await burst(`sign-in burst ${wave}`, server, sample, Array.from({ length: count }, (_, i) => () =>
      fetch(`${server.url}/api/sign_in`, {
        method: 'POST',
        redirect: 'manual',
        headers: {
          origin: server.url,
          'content-type': 'application/x-www-form-urlencoded',
          'x-forwarded-for': `10.${wave}.${i >> 8}.${i & 255}`,
        },
        body: `email=nobody${wave}-${i}%40nowhere.example&password=not-the-password`,
      })));
  }
  for (const wave of [1, 2]) {
    // The right phrase: every try is counted, checked and then cleared, so none is refused
    // for too many tries and each one is a full argon2 check.
    await burst(`unlock burst ${wave}`, server, sample, locked.map((visitor) => () => visitor.post('/api/unlock', { 'a[phrase]': phrase })));
  }
  clearInterval(sampler);
  console.log(`resident memory: before ${before.toFixed(0)} MB, peak ${sample.peak.toFixed(0)} MB, 5 s after the last burst ${rssMb(server.pid).toFixed(0)} MB`);
  // Busy answers must not have used anyone's tries: each person can still get in, calmly.
  let open = 0;
  for (const [i, code] of codes.entries()) {
    const later = client(server, `10.20.${i}.1`);
    await later.post('/api/enter_code', { code });
    const unlocked = await later.post('/api/unlock', { 'a[phrase]': phrase });
    if (unlocked.headers.get('location') === '/form') open++;
  }
  console.log(`afterwards, one at a time: ${open} of ${codes.length} people unlocked their form with their phrase`);
  if (open < codes.length) {
    console.error('some people were locked out by the bursts: busy answers used their tries');
    process.exitCode = 1;
  }
} finally {
  await server.stop();
}
