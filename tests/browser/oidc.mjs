// A real OpenID provider on loopback for the council sign-in journeys: npm `oidc-provider`
// with its development sign-in pages (any login, any password). The login typed is the
// account's email. In front of it, a small switchboard lets a test hold back the token
// endpoint's answer (so an ID token expires on the way) or answer it with another client's
// token (the wrong audience), as a faulty or hostile provider might.
import { createHash, randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import { freePort } from './harness.mjs';

export const HEARD_CLIENT = { id: 'heard', secret: 'heard-test-client-secret-0123456789' };
export const OTHER_CLIENT = { id: 'another-app', secret: 'another-app-secret-0123456789abcd' };

/// Starts the provider; `redirectUri` is Heard's way back, registered for both clients.
export async function startOidcProvider({ redirectUri }) {
  const { default: Provider } = await import('oidc-provider');
  const port = await freePort();
  const issuer = `http://127.0.0.1:${port}`;
  // `emails`: a login whose token carries another address (an account renamed at the provider).
  const control = { idTokenSeconds: 3600, holdTokenMs: 0, answerToken: null, tokenCalls: 0, emails: {} };
  const client = ({ id, secret }) => ({
    client_id: id,
    client_secret: secret,
    redirect_uris: [redirectUri],
    grant_types: ['authorization_code'],
    response_types: ['code'],
  });
  const provider = new Provider(issuer, {
    clients: [client(HEARD_CLIENT), client(OTHER_CLIENT)],
    async findAccount(_ctx, id) {
      return { accountId: id, async claims() { return { sub: id, email: control.emails[id] ?? id, email_verified: true }; } };
    },
    claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: [] },
    // The address in the ID token itself, as Entra ID puts it there for the `email` scope.
    conformIdTokenClaims: false,
    ttl: {
      IdToken: () => control.idTokenSeconds,
      AccessToken: 600,
      AuthorizationCode: 60,
      Interaction: 600,
      Session: 3600,
      Grant: 3600,
    },
    cookies: { keys: ['heard-browser-test-cookie-key'] },
    pkce: { required: () => true },
    // First-party: no consent page, as a council's own sign-in for its own app.
    async loadExistingGrant(ctx) {
      const grantId = ctx.oidc.result?.consent?.grantId || ctx.oidc.session.grantIdFor(ctx.oidc.client.clientId);
      if (grantId) return ctx.oidc.provider.Grant.find(grantId);
      const grant = new ctx.oidc.provider.Grant({ clientId: ctx.oidc.client.clientId, accountId: ctx.oidc.session.accountId });
      grant.addOIDCScope('openid email profile');
      await grant.save();
      return grant;
    },
  });
  const handle = provider.callback();
  const server = createServer((req, res) => {
    if (req.url.startsWith('/token')) {
      control.tokenCalls += 1;
      if (control.answerToken) {
        const body = JSON.stringify(control.answerToken);
        control.answerToken = null;
        res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' });
        res.end(body);
        return;
      }
      if (control.holdTokenMs) {
        const hold = control.holdTokenMs;
        const end = res.end.bind(res);
        res.end = (...args) => { setTimeout(() => end(...args), hold); return res; };
      }
    }
    handle(req, res);
  });
  await new Promise((ok) => server.listen(port, '127.0.0.1', ok));
  return {
    issuer,
    control,
    redirectUri,
    reset() {
      Object.assign(control, { idTokenSeconds: 3600, holdTokenMs: 0, answerToken: null, emails: {} });
    },
    close() { server.close(); },
  };
}

/// On the provider's sign-in page: signs in as `login` (any password does).
export async function signInThere(page, provider, login) {
  await page.waitForURL((url) => url.href.startsWith(provider.issuer + '/interaction/'));
  await page.locator('input[name=login]').fill(login);
  await page.locator('input[name=password]').fill('any password at all');
  await page.getByRole('button', { name: 'Sign-in' }).click();
}

/// A real ID token the provider makes for `client` (not Heard) with `nonce`, got the way that
/// client would get it: a browser of its own signs in as `login`, and the code is exchanged.
export async function tokenForAnotherClient(browser, provider, { client, nonce, login }) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const verifier = randomBytes(32).toString('base64url');
  const challenge = createHash('sha256').update(verifier).digest('base64url');
  // The provider sends the browser to the redirect address with the code (route handlers do
  // not see redirects, so the request is watched instead).
  let code = null;
  page.on('request', (request) => {
    if (request.url().startsWith(provider.redirectUri)) code ??= new URL(request.url()).searchParams.get('code');
  });
  const query = new URLSearchParams({
    client_id: client.id,
    response_type: 'code',
    scope: 'openid email',
    redirect_uri: provider.redirectUri,
    nonce,
    state: 'another-app-state',
    code_challenge: challenge,
    code_challenge_method: 'S256',
  });
  await page.goto(`${provider.issuer}/auth?${query}`);
  await signInThere(page, provider, login);
  for (let waited = 0; !code && waited < 10_000; waited += 100) await new Promise((ok) => setTimeout(ok, 100));
  await context.close();
  if (!code) throw new Error('the other client got no code');
  const answer = await fetch(`${provider.issuer}/token`, {
    method: 'POST',
    headers: {
      authorization: 'Basic ' + Buffer.from(`${client.id}:${client.secret}`).toString('base64'),
      'content-type': 'application/x-www-form-urlencoded',
    },
    body: new URLSearchParams({ grant_type: 'authorization_code', code, redirect_uri: provider.redirectUri, code_verifier: verifier }),
  });
  if (!answer.ok) throw new Error(`token for ${client.id}: ${answer.status} ${await answer.text()}`);
  return answer.json();
}
