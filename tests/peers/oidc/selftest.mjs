// Proves server.mjs works end to end: starts it on an ephemeral 127.0.0.1 port and runs every flow the Keyway
// tests rely on, with plain HTTP and a cookie jar (no browser). `node selftest.mjs`; exits non-zero on failure.

import { spawn } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import assert from 'node:assert/strict';

const here = fileURLToPath(new URL('.', import.meta.url));
const child = spawn(process.execPath, ['server.mjs', '--port', '0', '--device-interval', '1', '--access-token-ttl', '120'], {
  cwd: here, stdio: ['ignore', 'pipe', 'inherit'],
});
const killTimer = setTimeout(() => { child.kill('SIGKILL'); process.exit(3); }, 60_000);
// Stop the server whatever happens below.
process.on('exit', () => { child.kill('SIGTERM'); });
process.on('uncaughtException', (err) => { process.stderr.write(`${err.stack || err}\n`); process.exit(1); });
process.on('unhandledRejection', (err) => { process.stderr.write(`${err?.stack || err}\n`); process.exit(1); });

const firstLine = await Promise.race([
  once(createInterface({ input: child.stdout }), 'line').then(([line]) => line),
  new Promise((_, reject) => { setTimeout(() => reject(new Error('no JSON line within 20 s')), 20_000); }),
]);
const { issuer, port } = JSON.parse(firstLine);
assert.equal(issuer, `http://127.0.0.1:${port}`);

const b64url = (buf) => Buffer.from(buf).toString('base64url');
const basic = (id, secret) => `Basic ${Buffer.from(`${encodeURIComponent(id)}:${encodeURIComponent(secret)}`).toString('base64')}`;
const decodeJwt = (jwt) => JSON.parse(Buffer.from(jwt.split('.')[1], 'base64url').toString());
const CONF = ['keyway-confidential', 'keyway-confidential-secret'];

async function http(path, { method = 'GET', form, json, headers = {}, jar } = {}) {
  const url = new URL(path, issuer);
  assert.equal(url.hostname, '127.0.0.1');
  const h = { ...headers };
  let body;
  if (form) { h['content-type'] = 'application/x-www-form-urlencoded'; body = new URLSearchParams(form).toString(); }
  if (json) { h['content-type'] = 'application/json'; body = JSON.stringify(json); }
  if (jar && jar.size) h.cookie = [...jar].map(([k, v]) => `${k}=${v}`).join('; ');
  const res = await fetch(url, { method, headers: h, body, redirect: 'manual', signal: AbortSignal.timeout(10_000) });
  if (jar) {
    for (const line of res.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const i = pair.indexOf('=');
      const v = pair.slice(i + 1);
      if (v && !/expires=Thu, 01 Jan 1970/i.test(line)) jar.set(pair.slice(0, i), v); else jar.delete(pair.slice(0, i));
    }
  }
  const text = await res.text();
  let data;
  try { data = JSON.parse(text); } catch { data = text; }
  return { status: res.status, location: res.headers.get('location'), headers: res.headers, data };
}

const step = (name) => process.stdout.write(`ok - ${name}\n`);

// Discovery and JWKS
const disco = await http('/.well-known/openid-configuration');
assert.equal(disco.status, 200);
assert.equal(disco.data.issuer, issuer);
const jwks = await http('/jwks');
assert.deepEqual(jwks.data.keys.map((k) => k.kty).sort(), ['EC', 'RSA']);
assert.ok(jwks.data.keys.every((k) => !k.d), 'JWKS must not publish private parts');
step('discovery and JWKS');

// Client credentials, client_secret_basic and client_secret_post
const ccBasic = await http('/token', { method: 'POST', headers: { authorization: basic(...CONF) }, form: { grant_type: 'client_credentials', scope: 'read:items admin' } });
assert.equal(ccBasic.status, 200, JSON.stringify(ccBasic.data));
const ccClaims = decodeJwt(ccBasic.data.access_token);
assert.equal(ccClaims.aud, 'http://127.0.0.1/api');
assert.equal(ccClaims.iss, issuer);
assert.equal(ccClaims.scope, 'read:items admin');
const ccPost = await http('/token', { method: 'POST', form: { grant_type: 'client_credentials', client_id: 'keyway-post', client_secret: 'keyway-post-secret', scope: 'read:items' } });
assert.equal(ccPost.status, 200, JSON.stringify(ccPost.data));
const ccWrong = await http('/token', { method: 'POST', headers: { authorization: basic('keyway-confidential', 'wrong') }, form: { grant_type: 'client_credentials' } });
assert.equal(ccWrong.status, 401);
assert.equal(ccWrong.data.error, 'invalid_client');
step('client_credentials (basic, post, wrong secret)');

// Authorization code + PKCE, headless: follow the redirects with a cookie jar until the loopback redirect_uri.
async function authorize(clientId, { scope, jar = new Map(), extra = {}, redirectUri = 'http://127.0.0.1/callback' } = {}) {
  const verifier = b64url(randomBytes(32));
  const challenge = b64url(createHash('sha256').update(verifier).digest());
  const state = b64url(randomBytes(16));
  const q = new URLSearchParams({
    client_id: clientId, response_type: 'code', redirect_uri: redirectUri.replace('/callback', ':53682/callback'),
    scope, state, code_challenge: challenge, code_challenge_method: 'S256', nonce: 'n-1', ...extra,
  });
  let r = await http(`/auth?${q}`, { jar });
  for (let i = 0; i < 10 && r.status >= 300 && r.status < 400; i += 1) {
    const next = new URL(r.location, issuer);
    if (next.origin !== issuer) {
      const p = next.searchParams;
      return { redirect: next, code: p.get('code'), error: p.get('error'), state: p.get('state'), verifier, sentState: state };
    }
    r = await http(next.pathname + next.search, { jar });
  }
  return { stuck: r, jar };
}

const ac = await authorize('keyway-native', { scope: 'openid email profile read:items write:items offline_access' });
assert.ok(ac.code, JSON.stringify(ac));
assert.equal(ac.state, ac.sentState);
assert.equal(ac.redirect.origin, 'http://127.0.0.1:53682');
assert.equal(ac.redirect.searchParams.get('iss'), issuer);
const tok = await http('/token', { method: 'POST', form: { grant_type: 'authorization_code', code: ac.code, client_id: 'keyway-native', redirect_uri: 'http://127.0.0.1:53682/callback', code_verifier: ac.verifier } });
assert.equal(tok.status, 200, JSON.stringify(tok.data));
assert.ok(tok.data.refresh_token && tok.data.id_token);
const at = decodeJwt(tok.data.access_token);
assert.equal(at.aud, 'http://127.0.0.1/api');
assert.equal(at.sub, 'alice');
assert.equal(at.scope, 'read:items write:items');
assert.equal(decodeJwt(tok.data.id_token).email, 'alice@keyway.test'); // the access token is not for userinfo
assert.equal(decodeJwt(tok.data.id_token).nonce, 'n-1');
step('authorization code + PKCE (native, loopback any port), JWT access token for the API');

// Missing PKCE is refused
const noPkce = await http(`/auth?${new URLSearchParams({ client_id: 'keyway-native', response_type: 'code', redirect_uri: 'http://127.0.0.1/callback', scope: 'openid' })}`);
assert.equal(noPkce.status, 303);
assert.equal(new URL(noPkce.location).searchParams.get('error'), 'invalid_request');
step('PKCE required');

// Refresh (public client: rotation)
const ref = await http('/token', { method: 'POST', form: { grant_type: 'refresh_token', refresh_token: tok.data.refresh_token, client_id: 'keyway-native' } });
assert.equal(ref.status, 200, JSON.stringify(ref.data));
assert.notEqual(ref.data.refresh_token, tok.data.refresh_token);
assert.equal(decodeJwt(ref.data.access_token).aud, 'http://127.0.0.1/api');
const reuse = await http('/token', { method: 'POST', form: { grant_type: 'refresh_token', refresh_token: tok.data.refresh_token, client_id: 'keyway-native' } });
assert.equal(reuse.data.error, 'invalid_grant');
step('refresh with rotation; reused refresh token refused');

// Introspect and revoke (refresh tokens; JWT access tokens are self-contained and cannot be introspected)
const conf = await authorize('keyway-confidential', { scope: 'openid read:items' });
const confTok = await http('/token', { method: 'POST', headers: { authorization: basic(...CONF) }, form: { grant_type: 'authorization_code', code: conf.code, redirect_uri: 'http://127.0.0.1:53682/callback', code_verifier: conf.verifier } });
assert.equal(confTok.status, 200, JSON.stringify(confTok.data));
let intro = await http('/token/introspection', { method: 'POST', headers: { authorization: basic(...CONF) }, form: { token: confTok.data.refresh_token } });
assert.equal(intro.data.active, true);
assert.equal(intro.data.sub, 'alice');
const rev = await http('/token/revocation', { method: 'POST', headers: { authorization: basic(...CONF) }, form: { token: confTok.data.refresh_token, token_type_hint: 'refresh_token' } });
assert.equal(rev.status, 200);
intro = await http('/token/introspection', { method: 'POST', headers: { authorization: basic(...CONF) }, form: { token: confTok.data.refresh_token } });
assert.equal(intro.data.active, false);
step('introspection and revocation (refresh token)');

// Userinfo with an OpenID-only grant (opaque access token)
const oidcOnly = await authorize('keyway-native', { scope: 'openid email profile' });
const oidcTok = await http('/token', { method: 'POST', form: { grant_type: 'authorization_code', code: oidcOnly.code, client_id: 'keyway-native', redirect_uri: 'http://127.0.0.1:53682/callback', code_verifier: oidcOnly.verifier } });
assert.equal(oidcTok.status, 200, JSON.stringify(oidcTok.data));
assert.equal(oidcTok.data.access_token.split('.').length, 1, 'OpenID-only access tokens are opaque');
const me = await http('/me', { headers: { authorization: `Bearer ${oidcTok.data.access_token}` } });
assert.equal(me.status, 200, JSON.stringify(me.data));
assert.equal(me.data.email, 'alice@keyway.test');
step('userinfo');

// Test control: deny consent, then no auto login (login form), then login_hint picks bob
await http('/__test/config', { method: 'POST', json: { denyConsent: true } });
const denied = await authorize('keyway-native', { scope: 'openid read:items' });
assert.equal(denied.error, 'access_denied');
await http('/__test/config', { method: 'POST', json: { denyConsent: false, autoLogin: null } });
const noLogin = await authorize('keyway-native', { scope: 'openid' });
assert.ok(noLogin.stuck && noLogin.stuck.status === 200 && /<form id="login"/.test(noLogin.stuck.data), 'login form expected');
{
  // Post the login form as a user would; the flow then completes with a code for bob.
  const action = noLogin.stuck.data.match(/<form id="login" method="post" action="([^"]+)"/)[1];
  let r = await http(action, { method: 'POST', form: { login: 'bob' }, jar: noLogin.jar });
  for (let i = 0; i < 10 && r.status >= 300 && r.status < 400 && new URL(r.location, issuer).origin === issuer; i += 1) {
    const next = new URL(r.location, issuer);
    r = await http(next.pathname + next.search, { jar: noLogin.jar });
  }
  assert.ok(new URL(r.location).searchParams.get('code'), `login form: ${r.status} ${r.location}`);
}
const bob = await authorize('keyway-native', { scope: 'openid read:items', extra: { login_hint: 'bob' } });
const bobTok = await http('/token', { method: 'POST', form: { grant_type: 'authorization_code', code: bob.code, client_id: 'keyway-native', redirect_uri: 'http://127.0.0.1:53682/callback', code_verifier: bob.verifier } });
assert.equal(decodeJwt(bobTok.data.access_token).sub, 'bob');
await http('/__test/config', { method: 'POST', json: { reset: true } });
step('test control: deny consent, login form, login_hint');

// Implicit (id_token token): tokens in the fragment
{
  const q = new URLSearchParams({ client_id: 'keyway-implicit', response_type: 'id_token token', redirect_uri: 'http://127.0.0.1/callback', scope: 'openid read:items', nonce: 'n-2', state: 's-2' });
  const jar = new Map();
  let r = await http(`/auth?${q}`, { jar });
  for (let i = 0; i < 10 && r.status >= 300 && r.status < 400 && new URL(r.location, issuer).origin === issuer; i += 1) {
    const next = new URL(r.location, issuer);
    r = await http(next.pathname + next.search, { jar });
  }
  assert.ok(r.location, `implicit: ${r.status} ${JSON.stringify(r.data)}`);
  const frag = new URLSearchParams(new URL(r.location).hash.slice(1));
  assert.ok(frag.get('access_token') && frag.get('id_token'), r.location);
  assert.equal(decodeJwt(frag.get('access_token')).aud, 'http://127.0.0.1/api');
  step('implicit id_token token');
}

// Device flow: start, poll (pending), approve headlessly, poll (tokens); then deny
async function deviceStart(clientId) {
  const d = await http('/device/auth', { method: 'POST', form: { client_id: clientId, scope: 'openid read:items offline_access' } });
  assert.equal(d.status, 200, JSON.stringify(d.data));
  assert.equal(d.data.interval, 1);
  return d.data;
}
const poll = (clientId, deviceCode) => http('/token', { method: 'POST', form: { grant_type: 'urn:ietf:params:oauth:grant-type:device_code', device_code: deviceCode, client_id: clientId } });

const dev = await deviceStart('keyway-device');
assert.equal((await poll('keyway-device', dev.device_code)).data.error, 'authorization_pending');
const approve = await http('/__test/device', { method: 'POST', json: { user_code: dev.user_code, approve: true } });
assert.equal(approve.status, 200, JSON.stringify(approve.data));
const devTok = await poll('keyway-device', dev.device_code);
assert.equal(devTok.status, 200, JSON.stringify(devTok.data));
assert.equal(decodeJwt(devTok.data.access_token).aud, 'http://127.0.0.1/api');
assert.ok(devTok.data.refresh_token);
const dev2 = await deviceStart('keyway-native');
const deny = await http('/__test/device', { method: 'POST', json: { user_code: dev2.user_code, approve: false } });
assert.equal(deny.status, 200, JSON.stringify(deny.data));
assert.equal((await poll('keyway-native', dev2.device_code)).data.error, 'access_denied');
step('device flow: pending, approve, deny');

// Short TTLs at run time
await http('/__test/config', { method: 'POST', json: { accessTokenTtl: 1, deviceCodeTtl: 1 } });
const shortTok = await http('/token', { method: 'POST', headers: { authorization: basic(...CONF) }, form: { grant_type: 'client_credentials', scope: 'read:items' } });
assert.equal(shortTok.data.expires_in, 1);
const shortDev = await deviceStart('keyway-device');
assert.equal(shortDev.expires_in, 1);
await new Promise((r) => { setTimeout(r, 2100); });
assert.equal((await poll('keyway-device', shortDev.device_code)).data.error, 'expired_token');
await http('/__test/config', { method: 'POST', json: { reset: true } });
step('short TTLs: access token expires_in, expired device code');

clearTimeout(killTimer);
process.stdout.write('selftest: all passed\n');
process.exit(0);
