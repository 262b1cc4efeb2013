// OpenID Provider for Keyway's integration tests, built on oidc-provider and bound to 127.0.0.1 only.
//
//   node server.mjs --port 0 [--resource URL] [--jwks FILE] [--access-token-ttl S] [--device-code-ttl S]
//                   [--refresh-token-ttl S] [--id-token-ttl S] [--device-interval S]
//                   [--access-token-format jwt|opaque] [--access-token-alg RS256|ES256]
//
// Prints one JSON line on stdout once listening: {"issuer": "http://127.0.0.1:PORT", "port": PORT}.
// Everything else goes to stderr. Login and consent are answered by this script (no browser needed); tests steer
// them through the /__test/ routes. See ../README.md for clients, accounts and secrets.

import { generateKeyPairSync, randomBytes, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { parseArgs } from 'node:util';

import Provider, { errors } from 'oidc-provider';

const HOST = '127.0.0.1';

const { values: args } = parseArgs({
  options: {
    port: { type: 'string', default: '0' },
    resource: { type: 'string', default: 'http://127.0.0.1/api' },
    jwks: { type: 'string' },
    'access-token-ttl': { type: 'string', default: '3600' },
    'device-code-ttl': { type: 'string', default: '600' },
    'refresh-token-ttl': { type: 'string', default: String(14 * 24 * 3600) },
    'id-token-ttl': { type: 'string', default: '3600' },
    'device-interval': { type: 'string' },
    'access-token-format': { type: 'string', default: 'jwt' },
    'access-token-alg': { type: 'string', default: 'RS256' },
  },
  strict: true,
});

function positiveInt(name, text) {
  const n = Number(text);
  if (!Number.isInteger(n) || n <= 0) {
    throw new Error(`--${name} must be a positive integer, got ${JSON.stringify(text)}`);
  }
  return n;
}

const port = Number(args.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  throw new Error(`--port must be 0..65535, got ${JSON.stringify(args.port)}`);
}
if (!['jwt', 'opaque'].includes(args['access-token-format'])) {
  throw new Error('--access-token-format must be jwt or opaque');
}
if (!['RS256', 'ES256'].includes(args['access-token-alg'])) {
  throw new Error('--access-token-alg must be RS256 or ES256');
}

// Everything a test may change at run time through POST /__test/config.
const settings = {
  autoLogin: 'alice', // account to log in as when the request names none; null shows a login form instead
  denyConsent: false, // answer the consent prompt with access_denied
  accessTokenTtl: positiveInt('access-token-ttl', args['access-token-ttl']),
  deviceCodeTtl: positiveInt('device-code-ttl', args['device-code-ttl']),
  refreshTokenTtl: positiveInt('refresh-token-ttl', args['refresh-token-ttl']),
  idTokenTtl: positiveInt('id-token-ttl', args['id-token-ttl']),
  deviceInterval: args['device-interval'] === undefined ? null : positiveInt('device-interval', args['device-interval']),
};
const defaultSettings = { ...settings };

const API_SCOPES = ['read:items', 'write:items', 'admin'];
const RESOURCE = args.resource;

const ACCOUNTS = {
  alice: {
    sub: 'alice', email: 'alice@keyway.test', email_verified: true, name: 'Alice Example', preferred_username: 'alice',
  },
  bob: {
    sub: 'bob', email: 'bob@keyway.test', email_verified: false, name: 'Bob Example', preferred_username: 'bob',
  },
};

function signingKeys() {
  if (args.jwks) {
    const parsed = JSON.parse(readFileSync(args.jwks, 'utf8'));
    if (!Array.isArray(parsed.keys) || parsed.keys.length === 0) {
      throw new Error(`${args.jwks}: expected {"keys": [private JWKs]}`);
    }
    return parsed.keys;
  }
  const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ format: 'jwk' });
  const ec = generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey.export({ format: 'jwk' });
  return [
    { ...rsa, kid: `rsa-${randomUUID().slice(0, 8)}`, alg: 'RS256', use: 'sig' },
    { ...ec, kid: `ec-${randomUUID().slice(0, 8)}`, alg: 'ES256', use: 'sig' },
  ];
}

const loopbackRedirects = ['http://127.0.0.1/callback', 'http://localhost/callback'];
const loopbackLogout = ['http://127.0.0.1/logged-out', 'http://localhost/logged-out'];
const DEVICE_GRANT = 'urn:ietf:params:oauth:grant-type:device_code';

const clients = [
  {
    client_id: 'keyway-native',
    client_name: 'Keyway (public, native)',
    application_type: 'native',
    token_endpoint_auth_method: 'none',
    redirect_uris: loopbackRedirects,
    post_logout_redirect_uris: loopbackLogout,
    grant_types: ['authorization_code', 'refresh_token', DEVICE_GRANT],
    response_types: ['code'],
  },
  {
    client_id: 'keyway-confidential',
    client_name: 'Keyway (confidential, basic)',
    client_secret: process.env.OIDC_CONFIDENTIAL_SECRET || 'keyway-confidential-secret',
    application_type: 'native',
    token_endpoint_auth_method: 'client_secret_basic',
    redirect_uris: loopbackRedirects,
    post_logout_redirect_uris: loopbackLogout,
    grant_types: ['authorization_code', 'refresh_token', 'client_credentials'],
    response_types: ['code'],
  },
  {
    client_id: 'keyway-post',
    client_name: 'Keyway (confidential, post)',
    client_secret: process.env.OIDC_POST_SECRET || 'keyway-post-secret',
    token_endpoint_auth_method: 'client_secret_post',
    redirect_uris: [],
    grant_types: ['client_credentials'],
    response_types: [],
  },
  {
    client_id: 'keyway-device',
    client_name: 'Keyway (public, device)',
    application_type: 'native',
    token_endpoint_auth_method: 'none',
    redirect_uris: [],
    grant_types: [DEVICE_GRANT, 'refresh_token'],
    response_types: [],
  },
  {
    // Implicit as far as OpenID Connect allows it: oidc-provider has no plain response_type=token. Registered
    // as native because web clients may use implicit only with https redirect URIs.
    client_id: 'keyway-implicit',
    client_name: 'Keyway (implicit, id_token token)',
    application_type: 'native',
    token_endpoint_auth_method: 'none',
    redirect_uris: ['http://127.0.0.1/callback', 'http://localhost/callback'],
    grant_types: ['implicit'],
    response_types: ['id_token token'],
  },
];

function html(title, body) {
  const esc = (s) => String(s).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(title)}</title></head>`
    + `<body><h1>${esc(title)}</h1>${body}</body></html>`;
}
const escapeHtml = (s) => String(s).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

const keys = signingKeys();
const keyAlgs = new Set(keys.map((k) => k.alg || (k.kty === 'RSA' ? 'RS256' : 'ES256')));
if (!keyAlgs.has(args['access-token-alg'])) {
  throw new Error(`--access-token-alg ${args['access-token-alg']} has no signing key (keys offer ${[...keyAlgs].join(', ')})`);
}
if (!keyAlgs.has('RS256')) {
  // ID tokens default to RS256; with a key set that has no RSA key, sign them with what there is.
  for (const client of clients) client.id_token_signed_response_alg = [...keyAlgs][0];
}

const configuration = {
  clients,
  jwks: { keys },
  cookies: { keys: [randomBytes(32).toString('base64url')] },
  scopes: ['openid', 'offline_access', 'email', 'profile'],
  claims: {
    openid: ['sub'],
    email: ['email', 'email_verified'],
    profile: ['name', 'preferred_username'],
  },
  responseTypes: ['code', 'id_token', 'id_token token', 'none'],
  pkce: { required: () => true },
  async findAccount(_ctx, sub) {
    const account = ACCOUNTS[sub];
    if (!account) return undefined;
    return { accountId: sub, async claims() { return { ...account }; } };
  },
  issueRefreshToken: async (_ctx, client) => client.grantTypeAllowed('refresh_token'),
  ttl: {
    AccessToken: (_ctx, token) => token.resourceServer?.accessTokenTTL || settings.accessTokenTtl,
    ClientCredentials: (_ctx, token) => token.resourceServer?.accessTokenTTL || settings.accessTokenTtl,
    DeviceCode: () => settings.deviceCodeTtl,
    RefreshToken: () => settings.refreshTokenTtl,
    IdToken: () => settings.idTokenTtl,
    AuthorizationCode: () => 60,
    Interaction: () => 600,
    Session: () => 3600,
    Grant: () => 3600,
  },
  features: {
    devInteractions: { enabled: false },
    clientCredentials: { enabled: true },
    introspection: {
      enabled: true,
      // Confidential clients may introspect any token, public ones only their own (the library's default).
      allowedPolicy: async (ctx, client, token) => !(client.clientAuthMethod === 'none' && token.clientId !== ctx.oidc.client.clientId),
    },
    revocation: {
      enabled: true,
      allowedPolicy: async (_ctx, client, token) => token.clientId === client.clientId,
    },
    userinfo: { enabled: true },
    rpInitiatedLogout: {
      enabled: true,
      logoutSource: async (ctx, form) => {
        ctx.body = html('Sign out?', `${form}<button type="submit" form="op.logoutForm" name="logout" value="yes">Sign out</button>`
          + '<button type="submit" form="op.logoutForm">Stay signed in</button>');
      },
      postLogoutSuccessSource: async (ctx) => { ctx.body = html('Signed out', '<p>You are signed out.</p>'); },
    },
    deviceFlow: {
      enabled: true,
      charset: 'base-20',
      mask: '****-****',
      userCodeInputSource: async (ctx, form, _out, err) => {
        const message = err ? `<p class="error">${escapeHtml(err.name || 'error')}: ${escapeHtml(err.message || '')}</p>` : '';
        ctx.body = html('Enter the code shown on your device', `${message}${form}<button type="submit" form="op.deviceInputForm">Continue</button>`);
      },
      userCodeConfirmSource: async (ctx, form, client, _deviceInfo, userCode) => {
        ctx.body = html('Confirm device', `<p>${escapeHtml(client.clientName || client.clientId)} shows <code>${escapeHtml(userCode)}</code></p>${form}`
          + '<button type="submit" form="op.deviceConfirmForm">Continue</button>'
          + '<button type="submit" form="op.deviceConfirmForm" name="abort" value="yes">Abort</button>');
      },
      successSource: async (ctx) => { ctx.body = html('Device signed in', '<p id="device-success">You can close this page.</p>'); },
    },
    resourceIndicators: {
      enabled: true,
      // Without a resource parameter, authorization and client-credentials requests are for the test API.
      defaultResource: async (_ctx, _client, oneOf) => oneOf || RESOURCE,
      // At the token endpoint: a code or refresh token that carries API scopes yields a JWT for the API; one with
      // only OpenID scopes yields an opaque token for the userinfo endpoint.
      useGrantedResource: async (_ctx, model) => [...(model.scopes || [])].some((s) => API_SCOPES.includes(s)),
      getResourceServerInfo: async (_ctx, resourceIndicator) => {
        if (resourceIndicator !== RESOURCE) {
          throw new errors.InvalidTarget(`unknown resource; this provider serves ${RESOURCE}`);
        }
        return {
          scope: API_SCOPES.join(' '),
          audience: RESOURCE,
          accessTokenTTL: settings.accessTokenTtl,
          accessTokenFormat: args['access-token-format'],
          jwt: { sign: { alg: args['access-token-alg'] } },
        };
      },
    },
  },
  renderError: async (ctx, out) => {
    ctx.type = 'html';
    ctx.body = html('Error', Object.entries(out).map(([k, v]) => `<p><b>${escapeHtml(k)}</b>: ${escapeHtml(v)}</p>`).join(''));
  },
};

// ---------------------------------------------------------------------------------------------------------------
// HTTP plumbing shared by the interaction and test-control routes.

const MAX_BODY = 64 * 1024;

function readBody(req) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    let size = 0;
    const timer = setTimeout(() => reject(new Error('request body timeout')), 10_000);
    req.on('data', (chunk) => {
      size += chunk.length;
      if (size > MAX_BODY) {
        clearTimeout(timer);
        reject(new Error('request body too large'));
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => { clearTimeout(timer); resolve(Buffer.concat(chunks).toString('utf8')); });
    req.on('error', (e) => { clearTimeout(timer); reject(e); });
  });
}

async function readParams(req) {
  const text = await readBody(req);
  const type = (req.headers['content-type'] || '').split(';')[0].trim();
  if (!text) return {};
  if (type === 'application/json') return JSON.parse(text);
  return Object.fromEntries(new URLSearchParams(text));
}

function sendJson(res, status, value) {
  const body = JSON.stringify(value);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), 'cache-control': 'no-store' });
  res.end(body);
}

function sendHtml(res, status, body) {
  res.writeHead(status, { 'content-type': 'text/html; charset=utf-8', 'content-length': Buffer.byteLength(body), 'cache-control': 'no-store' });
  res.end(body);
}

function cookieValue(req, name) {
  for (const part of (req.headers.cookie || '').split(';')) {
    const [k, ...v] = part.trim().split('=');
    if (k === name) return decodeURIComponent(v.join('='));
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------------------------
// Headless login and consent.

let provider;

// Who to log in as: ?login=NAME, then the keyway_test_login cookie, then a known login_hint, then settings.autoLogin.
function chooseAccount(url, req, details) {
  const candidates = [url.searchParams.get('login'), cookieValue(req, 'keyway_test_login'), details.params.login_hint];
  for (const name of candidates) {
    if (name && ACCOUNTS[name]) return name;
  }
  return settings.autoLogin && ACCOUNTS[settings.autoLogin] ? settings.autoLogin : null;
}

async function finishConsent(req, res, details, deny) {
  if (deny) {
    await provider.interactionFinished(req, res, {
      error: 'access_denied', error_description: 'End-User denied consent (test control)',
    }, { mergeWithLastSubmission: false });
    return;
  }
  const { prompt: { details: missing }, params, session } = details;
  let { grantId } = details;
  const grant = grantId
    ? await provider.Grant.find(grantId)
    : new provider.Grant({ accountId: session.accountId, clientId: params.client_id });
  if (missing.missingOIDCScope) grant.addOIDCScope(missing.missingOIDCScope.join(' '));
  if (missing.missingOIDCClaims) grant.addOIDCClaims(missing.missingOIDCClaims);
  if (missing.missingResourceScopes) {
    for (const [indicator, scopes] of Object.entries(missing.missingResourceScopes)) {
      grant.addResourceScope(indicator, scopes.join(' '));
    }
  }
  grantId = await grant.save();
  await provider.interactionFinished(req, res, { consent: { grantId } }, { mergeWithLastSubmission: true });
}

async function handleInteraction(req, res, url, uid, action) {
  const details = await provider.interactionDetails(req, res);
  if (details.uid !== uid) {
    sendJson(res, 400, { error: 'invalid_request', error_description: 'interaction cookie does not match the URL' });
    return;
  }
  const promptName = details.prompt.name;

  if (action === 'abort') {
    await provider.interactionFinished(req, res, {
      error: 'access_denied', error_description: 'End-User aborted interaction',
    }, { mergeWithLastSubmission: false });
    return;
  }

  if (promptName === 'login') {
    let account = null;
    if (action === 'login') {
      const form = await readParams(req);
      account = ACCOUNTS[form.login] ? form.login : null;
      if (!account) {
        sendHtml(res, 401, loginForm(uid, 'Unknown account'));
        return;
      }
    } else {
      account = chooseAccount(url, req, details);
    }
    if (!account) {
      // No automatic login: show a form a test may post, or leave alone to make the flow time out.
      sendHtml(res, 200, loginForm(uid, ''));
      return;
    }
    await provider.interactionFinished(req, res, { login: { accountId: account } }, { mergeWithLastSubmission: false });
    return;
  }

  if (promptName === 'consent') {
    const deny = settings.denyConsent || url.searchParams.get('deny') === '1';
    await finishConsent(req, res, details, deny);
    return;
  }

  sendJson(res, 400, { error: 'invalid_request', error_description: `unsupported prompt ${promptName}` });
}

function loginForm(uid, message) {
  const names = Object.keys(ACCOUNTS).join(', ');
  return html('Sign in', `${message ? `<p class="error">${escapeHtml(message)}</p>` : ''}`
    + `<form id="login" method="post" action="/interaction/${escapeHtml(uid)}/login">`
    + `<input name="login" placeholder="${escapeHtml(names)}"><button type="submit">Sign in</button></form>`
    + `<form id="abort" method="post" action="/interaction/${escapeHtml(uid)}/abort"><button type="submit">Cancel</button></form>`);
}

// ---------------------------------------------------------------------------------------------------------------
// Test control: /__test/config and /__test/device.

const SETTABLE = {
  autoLogin: (v) => v === null || (typeof v === 'string' && ACCOUNTS[v] !== undefined),
  denyConsent: (v) => typeof v === 'boolean',
  accessTokenTtl: (v) => Number.isInteger(v) && v > 0,
  deviceCodeTtl: (v) => Number.isInteger(v) && v > 0,
  refreshTokenTtl: (v) => Number.isInteger(v) && v > 0,
  idTokenTtl: (v) => Number.isInteger(v) && v > 0,
  deviceInterval: (v) => v === null || (Number.isInteger(v) && v > 0),
};

async function handleConfig(req, res) {
  if (req.method === 'POST') {
    const body = await readParams(req);
    if (body.reset === true) Object.assign(settings, defaultSettings);
    for (const [key, value] of Object.entries(body)) {
      if (key === 'reset') continue;
      if (!SETTABLE[key]) {
        sendJson(res, 400, { error: `unknown setting ${key}` });
        return;
      }
      if (!SETTABLE[key](value)) {
        sendJson(res, 400, { error: `bad value for ${key}` });
        return;
      }
    }
    for (const [key, value] of Object.entries(body)) {
      if (key !== 'reset') settings[key] = value;
    }
  }
  sendJson(res, 200, settings);
}

// A tiny cookie jar for driving our own pages; every cookie goes to every path of this origin.
class CookieJar {
  #cookies = new Map();

  store(response) {
    for (const line of response.headers.getSetCookie()) {
      const [pair, ...attrs] = line.split(';');
      const eq = pair.indexOf('=');
      const name = pair.slice(0, eq).trim();
      const value = pair.slice(eq + 1).trim();
      const expired = attrs.some((a) => {
        const [k, v] = a.trim().split('=');
        if (k.toLowerCase() === 'max-age') return Number(v) <= 0;
        if (k.toLowerCase() === 'expires') return Date.parse(v) < Date.now();
        return false;
      });
      if (expired || value === '') this.#cookies.delete(name);
      else this.#cookies.set(name, value);
    }
  }

  header() {
    return [...this.#cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }
}

function hiddenField(page, name) {
  const m = page.match(new RegExp(`name="${name}" value="([^"]*)"`));
  return m ? m[1] : undefined;
}

// Drives the real device verification pages as a user agent would: enter the code, confirm (or abort), log in as
// `account`, consent (or deny). Returns what the end page said.
async function approveDevice({ userCode, approve, account, denyConsent }) {
  const origin = provider.issuer;
  const jar = new CookieJar();
  const deadline = Date.now() + 15_000;
  const request = async (path, form) => {
    if (Date.now() > deadline) throw new Error('device approval took too long');
    const response = await fetch(new URL(path, origin), {
      method: form ? 'POST' : 'GET',
      redirect: 'manual',
      headers: {
        cookie: jar.header(),
        ...(form ? { 'content-type': 'application/x-www-form-urlencoded' } : {}),
      },
      body: form ? new URLSearchParams(form).toString() : undefined,
      signal: AbortSignal.timeout(5_000),
    });
    jar.store(response);
    return { status: response.status, location: response.headers.get('location'), text: await response.text() };
  };

  const start = await request('/device');
  const xsrf = hiddenField(start.text, 'xsrf');
  if (!xsrf) throw new Error('device input page had no xsrf field');

  const confirmPage = await request('/device', { xsrf, user_code: userCode });
  const confirmXsrf = hiddenField(confirmPage.text, 'xsrf');
  if (!confirmXsrf) {
    return { ok: false, status: confirmPage.status, page: confirmPage.text };
  }
  if (!approve) {
    const aborted = await request('/device', { xsrf: confirmXsrf, user_code: userCode, abort: 'yes' });
    return { ok: true, denied: true, status: aborted.status };
  }

  let step = await request('/device', { xsrf: confirmXsrf, user_code: userCode, confirm: 'yes' });
  for (let hops = 0; hops < 10 && step.status >= 300 && step.status < 400 && step.location; hops += 1) {
    const next = new URL(step.location, origin);
    if (next.origin !== origin) throw new Error(`device flow redirected off this provider: ${next.origin}`);
    if (next.pathname.startsWith('/interaction/')) {
      next.searchParams.set('login', account);
      if (denyConsent) next.searchParams.set('deny', '1');
    }
    step = await request(next.pathname + next.search);
  }
  const success = step.status === 200 && step.text.includes('id="device-success"');
  return { ok: success, status: step.status, page: success ? undefined : step.text };
}

async function handleDevice(req, res) {
  if (req.method !== 'POST') {
    sendJson(res, 405, { error: 'POST {user_code, approve, account?, denyConsent?}' });
    return;
  }
  const body = await readParams(req);
  const userCode = body.user_code;
  if (typeof userCode !== 'string' || !userCode) {
    sendJson(res, 400, { error: 'user_code missing' });
    return;
  }
  const account = body.account || settings.autoLogin || 'alice';
  if (!ACCOUNTS[account]) {
    sendJson(res, 400, { error: `unknown account ${account}` });
    return;
  }
  const result = await approveDevice({
    userCode, approve: body.approve !== false, account, denyConsent: body.denyConsent === true,
  });
  sendJson(res, result.ok ? 200 : 409, result);
}

// ---------------------------------------------------------------------------------------------------------------

const server = createServer();
server.requestTimeout = 30_000;
server.headersTimeout = 10_000;

server.listen(port, HOST, () => {
  const actualPort = server.address().port;
  const issuer = `http://${HOST}:${actualPort}`;
  provider = new Provider(issuer, configuration);
  provider.on('server_error', (_ctx, err) => { process.stderr.write(`server_error: ${err?.stack || err}\n`); });

  // RFC 8628's interval is optional and oidc-provider leaves it out; tests ask for a short one to poll fast.
  provider.use(async (ctx, next) => {
    await next();
    if (ctx.oidc?.route === 'device_authorization' && ctx.status === 200 && settings.deviceInterval !== null
        && ctx.body && typeof ctx.body === 'object') {
      ctx.body.interval = settings.deviceInterval;
    }
  });

  const oidcCallback = provider.callback();
  server.on('request', async (req, res) => {
    const url = new URL(req.url, issuer);
    try {
      const m = url.pathname.match(/^\/interaction\/([A-Za-z0-9_-]+)(?:\/(login|abort))?$/);
      if (m) {
        if ((m[2] && req.method !== 'POST') || (!m[2] && req.method !== 'GET')) {
          sendJson(res, 405, { error: 'method not allowed' });
          return;
        }
        await handleInteraction(req, res, url, m[1], m[2]);
        return;
      }
      if (url.pathname === '/__test/config') {
        await handleConfig(req, res);
        return;
      }
      if (url.pathname === '/__test/device') {
        await handleDevice(req, res);
        return;
      }
      oidcCallback(req, res);
    } catch (err) {
      process.stderr.write(`${req.method} ${url.pathname}: ${err?.stack || err}\n`);
      if (!res.headersSent) {
        const status = err?.statusCode && err.statusCode < 500 ? err.statusCode : 500;
        sendJson(res, status, { error: err?.error || 'server_error', error_description: err?.error_description || String(err?.message || err) });
      } else {
        res.end();
      }
    }
  });

  process.stdout.write(`${JSON.stringify({ issuer, port: actualPort })}\n`);
});

server.on('error', (err) => {
  process.stderr.write(`cannot listen on ${HOST}:${port}: ${err.message}\n`);
  process.exit(1);
});

for (const signal of ['SIGTERM', 'SIGINT']) {
  process.on(signal, () => {
    server.close();
    server.closeAllConnections();
    process.exit(0);
  });
}
