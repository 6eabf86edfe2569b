// For the benchmarks: a browser-like HTTP client, and children invited by letter who have come in
// with their code and made their picture secret, each ready to fill in their form.
import { DEMO_PASSWORD, isoDate } from './harness.mjs';

/// A browser-like client: a cookie jar, the site's own Origin, and a forwarded address (the
/// server must trust one proxy: HEARD_TRUST_PROXY=1).
export function client(server, address) {
  const jar = new Map();
  const headers = () => ({
    origin: server.url,
    'x-forwarded-for': address,
    cookie: [...jar].map(([k, v]) => `${k}=${v}`).join('; '),
  });
  const keep = (response) => {
    for (const c of response.headers.getSetCookie()) {
      const [pair] = c.split(';');
      const at = pair.indexOf('=');
      jar.set(pair.slice(0, at), pair.slice(at + 1));
    }
    return response;
  };
  /// A POST of `body` (with its content type, or FormData's own), not following redirects.
  const send = async (path, body, type) => keep(await fetch(server.url + path, {
    method: 'POST',
    redirect: 'manual',
    headers: { ...headers(), ...(type ? { 'content-type': type } : {}) },
    body,
  }));
  return {
    address,
    cookie: () => headers().cookie,
    send,
    post: (path, fields) => send(path, new URLSearchParams(fields).toString(), 'application/x-www-form-urlencoded'),
    async get(path) {
      return keep(await fetch(server.url + path, { headers: { ...headers(), accept: 'text/html' }, redirect: 'manual' }));
    },
  };
}

/// `count` children aged 10, each with their own review and letter, business support making
/// them as a person would; then each child comes in by code from their own address and makes
/// their picture secret. Returns their clients, each on the first screen of their form.
export async function invitedChildren(server, count) {
  const staff = client(server, '192.0.2.1');
  await staff.post('/api/sign_in', { email: 'support@dyffryn.example', password: DEMO_PASSWORD });
  const children = [];
  for (let i = 0; i < count; i++) {
    const child = await staff.post('/api/save_child', {
      preferred_name: `Bench${i}`, full_name: `Bench${i} Prawf`, date_of_birth: isoDate(-10 * 365 - i), preferred_language: 'en',
      communication_needs: '', looked_after_since: isoDate(-5), legal_basis: 'care_order', placement_type: '', iro_staff_id: '',
    });
    const childId = (child.headers.get('location') ?? '').split('/').pop();
    const day = isoDate(8 + (i % 6));
    const review = await staff.post('/api/save_booking', {
      child_id: childId, meeting_on: day, meeting_at: '10:30', arrangement: 'in_person',
      arrangement_details: 'Room 1', delay_reason: '', non_working_day: day,
    });
    const reviewPath = review.headers.get('location') ?? '';
    if (!/^\/staff\/reviews\/\d+$/.test(reviewPath)) throw new Error(`child ${i}: booking answered ${review.status} ${reviewPath}`);
    await staff.post('/api/add_invitee', {
      review_id: reviewPath.split('/').pop(), audience: 'child', first_name: `Bench${i}`, language: 'en', delivery: 'post', email: '', postal_address: '',
    });
    const page = await (await staff.get(reviewPath)).text();
    const invitation = Math.max(...[...page.matchAll(/name="invitation_id" value="(\d+)"/g)].map((m) => Number(m[1])));
    await staff.post('/api/invitation_action', { invitation_id: invitation, action: 'letter' });
    const letter = await (await staff.get(`/staff/invitations/${invitation}/letter`)).text();
    const code = /letter__code">([A-Z0-9-]{11})/.exec(letter)?.[1];
    if (!code) throw new Error(`child ${i}: no letter code`);
    const visitor = client(server, `198.51.${100 + (i >> 8)}.${i & 255}`);
    await visitor.post('/api/enter_code', { code });
    const made = await visitor.post('/api/set_secret', { kind: 'pictures', 'a[pic_cat]': 'on', 'a[pic_sun]': 'on', 'a[pic_tree]': 'on' });
    const screen = await visitor.get('/form/screen/1');
    if (screen.status !== 200) throw new Error(`child ${i}: secret answered ${made.headers.get('location')}, screen 1 ${screen.status}`);
    children.push(visitor);
  }
  return children;
}
