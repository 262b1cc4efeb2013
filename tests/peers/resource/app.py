"""Resource server for Keyway's integration tests: one endpoint per security scheme kind, built with FastAPI's own
fastapi.security classes, bound to 127.0.0.1 only.

    /usr/bin/python3 app.py --port 0 --issuer http://127.0.0.1:OP_PORT [--other-origin URL] [--audience URI]

Prints one JSON line on stdout once listening: {"port": N, "origin": "http://127.0.0.1:N"}. Test credentials are
fixed and listed in ../README.md. Run it with Debian's /usr/bin/python3 (python3-fastapi 0.92, python3-uvicorn,
python3-jwt, python3-passlib, python3-multipart).
"""

from __future__ import annotations

import argparse
import base64
import hashlib
import hmac
import json
import re
import secrets
import socket
import sys
import threading
import time
import urllib.parse
import urllib.request
from collections import OrderedDict
from typing import Any, Dict, List, Optional

import jwt
import uvicorn
from fastapi import Body, Depends, FastAPI, Form, Path, Query, Request, Security
from fastapi.exceptions import RequestValidationError
from fastapi.openapi.models import OAuthFlowAuthorizationCode, OAuthFlowClientCredentials, OAuthFlows
from fastapi.openapi.utils import get_openapi
from fastapi.responses import JSONResponse, RedirectResponse
from fastapi.security import (
    APIKeyCookie,
    APIKeyHeader,
    APIKeyQuery,
    HTTPAuthorizationCredentials,
    HTTPBasic,
    HTTPBasicCredentials,
    HTTPBearer,
    HTTPDigest,
    OAuth2,
    OAuth2PasswordBearer,
    OAuth2PasswordRequestForm,
    OpenIdConnect,
    SecurityScopes,
)
from passlib.context import CryptContext

HOST = "127.0.0.1"
REALM = "keyway-tests"
API_SCOPES = {
    "read:items": "Read items",
    "write:items": "Create items",
    "admin": "Administer the API",
}

# Test credentials (also in ../README.md). Nothing here is secret: these exist only for local tests.
API_KEY_HEADER_VALUE = "keyway-header-key"
API_KEY_QUERY_VALUE = "keyway-query-key"
API_KEY_COOKIE_VALUE = "keyway-cookie-key"
BASIC_USER, BASIC_PASSWORD = "keyway", "basic-secret"
DIGEST_USER, DIGEST_PASSWORD = "keyway", "digest-secret"
PASSWORD_USERS = {
    "alice": ("alice-password", ["read:items", "write:items", "admin"]),
    "bob": ("bob-password", ["read:items"]),
}
PASSWORD_AUDIENCE = "keyway-resource"

HTTP_TIMEOUT = 5.0


def loopback_only(url: str, what: str) -> str:
    parsed = urllib.parse.urlsplit(url)
    if parsed.scheme not in ("http", "https") or parsed.hostname not in ("127.0.0.1", "localhost", "::1"):
        raise SystemExit(f"{what} must be an http(s) URL on 127.0.0.1/localhost, got {url!r}")
    return url.rstrip("/")


class AuthError(Exception):
    """A refusal with one or more WWW-Authenticate challenges (RFC 9110 asks 401 to carry at least one)."""

    def __init__(self, status: int, detail: str, challenges: List[str]):
        super().__init__(detail)
        self.status = status
        self.detail = detail
        self.challenges = challenges


def bearer_challenge(error: Optional[str] = None, description: Optional[str] = None, scope: Optional[str] = None) -> str:
    params = [f'realm="{REALM}"']
    if error:
        params.append(f'error="{error}"')
    if description:
        params.append('error_description="{}"'.format(description.replace('"', "'")))
    if scope:
        params.append(f'scope="{scope}"')
    return "Bearer " + ", ".join(params)


def require_scopes(granted: List[str], security_scopes: SecurityScopes) -> None:
    missing = [s for s in security_scopes.scopes if s not in granted]
    if missing:
        raise AuthError(
            403,
            f"token lacks scope(s): {' '.join(missing)}",
            [bearer_challenge("insufficient_scope", "the token lacks a required scope", security_scopes.scope_str)],
        )


def bearer_from_header(value: Optional[str]) -> Optional[str]:
    if not value:
        return None
    scheme, _, token = value.partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        return None
    return token.strip()


# ---------------------------------------------------------------------------------------------------------------
# The OpenID Provider's keys: fetched from its discovery document on first use, fetched again (at most every 10 s)
# when a token names an unknown key.


class ProviderKeys:
    def __init__(self, issuer: Optional[str]):
        self.issuer = issuer
        self._lock = threading.Lock()
        self._keys: Dict[str, Any] = {}
        self._fetched_at = 0.0
        self.discovery: Optional[Dict[str, Any]] = None

    def _get_json(self, url: str) -> Dict[str, Any]:
        loopback_only(url, "OpenID Provider URL")
        with urllib.request.urlopen(url, timeout=HTTP_TIMEOUT) as response:
            return json.loads(response.read(1024 * 1024))

    def load_discovery(self) -> Optional[Dict[str, Any]]:
        if not self.issuer:
            return None
        if self.discovery is None:
            self.discovery = self._get_json(self.issuer + "/.well-known/openid-configuration")
        return self.discovery

    def key_for(self, kid: Optional[str]) -> Any:
        with self._lock:
            if kid not in self._keys and time.monotonic() - self._fetched_at > 10.0:
                discovery = self.load_discovery()
                jwks = self._get_json(discovery["jwks_uri"])
                self._keys = {k.get("kid"): jwt.PyJWK(k).key for k in jwks.get("keys", []) if k.get("use", "sig") == "sig"}
                self._fetched_at = time.monotonic()
            return self._keys.get(kid)


# ---------------------------------------------------------------------------------------------------------------
# RFC 7616 Digest (qop=auth; MD5, SHA-256 and their -sess variants). FastAPI's HTTPDigest only declares the scheme.


class DigestVerifier:
    ALGORITHMS = {
        "MD5": hashlib.md5,
        "MD5-SESS": hashlib.md5,
        "SHA-256": hashlib.sha256,
        "SHA-256-SESS": hashlib.sha256,
    }
    NONCE_LIFETIME = 300

    def __init__(self) -> None:
        self._secret = secrets.token_bytes(32)
        self._opaque = secrets.token_hex(16)
        self._seen_nc: "OrderedDict[str, int]" = OrderedDict()
        self._lock = threading.Lock()

    def _nonce(self) -> str:
        stamp = str(int(time.time()))
        mac = hmac.new(self._secret, stamp.encode(), hashlib.sha256).hexdigest()[:32]
        return base64.b64encode(f"{stamp}:{mac}".encode()).decode()

    def _nonce_state(self, nonce: str) -> str:
        try:
            stamp, mac = base64.b64decode(nonce, validate=True).decode().split(":", 1)
        except Exception:
            return "invalid"
        expected = hmac.new(self._secret, stamp.encode(), hashlib.sha256).hexdigest()[:32]
        if not hmac.compare_digest(mac, expected):
            return "invalid"
        if time.time() - int(stamp) > self.NONCE_LIFETIME:
            return "stale"
        return "fresh"

    def challenges(self, stale: bool = False) -> List[str]:
        nonce = self._nonce()
        out = []
        for algorithm in ("SHA-256", "MD5"):
            params = [
                f'realm="{REALM}"',
                'qop="auth"',
                f"algorithm={algorithm}",
                f'nonce="{nonce}"',
                f'opaque="{self._opaque}"',
                "charset=UTF-8",
            ]
            if stale:
                params.append("stale=true")
            out.append("Digest " + ", ".join(params))
        return out

    @staticmethod
    def parse(header: str) -> Dict[str, str]:
        scheme, _, rest = header.partition(" ")
        if scheme.lower() != "digest":
            return {}
        fields: Dict[str, str] = {}
        for m in re.finditer(r'\s*([A-Za-z0-9_-]+)\s*=\s*("((?:[^"\\]|\\.)*)"|[^,\s]*)\s*,?', rest):
            value = m.group(3) if m.group(3) is not None else m.group(2)
            fields[m.group(1).lower()] = re.sub(r"\\(.)", r"\1", value)
        return fields

    def verify(self, request: Request, header: Optional[str]) -> str:
        """Returns the user name, or raises AuthError with fresh challenges."""
        if not header:
            raise AuthError(401, "Digest credentials required", self.challenges())
        f = self.parse(header)
        required = ("username", "realm", "nonce", "uri", "response", "qop", "nc", "cnonce")
        if not f or any(k not in f for k in required):
            raise AuthError(401, "malformed Digest credentials", self.challenges())
        algorithm = f.get("algorithm", "MD5").upper()
        hash_fn = self.ALGORITHMS.get(algorithm)
        if hash_fn is None or f["qop"] != "auth" or f["realm"] != REALM or f.get("opaque", self._opaque) != self._opaque:
            raise AuthError(401, "unsupported Digest parameters", self.challenges())
        state = self._nonce_state(f["nonce"])
        if state != "fresh":
            raise AuthError(401, f"{state} nonce", self.challenges(stale=(state == "stale")))
        target = request.url.path + (("?" + request.url.query) if request.url.query else "")
        if f["uri"] != target:
            raise AuthError(401, "Digest uri does not match the request", self.challenges())

        def h(text: str) -> str:
            return hash_fn(text.encode("utf-8")).hexdigest()

        ha1 = h(f"{DIGEST_USER}:{REALM}:{DIGEST_PASSWORD}")
        if algorithm.endswith("-SESS"):
            ha1 = h(f"{ha1}:{f['nonce']}:{f['cnonce']}")
        ha2 = h(f"{request.method}:{f['uri']}")
        expected = h(f"{ha1}:{f['nonce']}:{f['nc']}:{f['cnonce']}:auth:{ha2}")
        if f["username"] != DIGEST_USER or not hmac.compare_digest(expected, f["response"].lower()):
            raise AuthError(401, "wrong Digest user name or password", self.challenges())
        try:
            nc = int(f["nc"], 16)
        except ValueError:
            raise AuthError(401, "malformed nonce count", self.challenges())
        with self._lock:
            if nc <= self._seen_nc.get(f["nonce"], 0):
                raise AuthError(401, "replayed nonce count", self.challenges())
            self._seen_nc[f["nonce"]] = nc
            self._seen_nc.move_to_end(f["nonce"])
            while len(self._seen_nc) > 10000:
                self._seen_nc.popitem(last=False)
        nonce, nc_text, cnonce = f["nonce"], f["nc"], f["cnonce"]
        rspauth = h(f"{ha1}:{nonce}:{nc_text}:{cnonce}:auth:" + h(":" + f["uri"]))
        request.state.digest_rspauth = f'rspauth="{rspauth}", qop=auth, nc={nc_text}, cnonce="{cnonce}"'
        return f["username"]


# ---------------------------------------------------------------------------------------------------------------


def build_app(args: argparse.Namespace, port: int) -> FastAPI:
    origin = f"http://{HOST}:{port}"
    provider = ProviderKeys(args.issuer)
    digest = DigestVerifier()
    password_secret = secrets.token_bytes(32)
    pwd_context = CryptContext(schemes=["pbkdf2_sha256"], deprecated="auto")
    password_hashes = {name: pwd_context.hash(pw) for name, (pw, _) in PASSWORD_USERS.items()}

    authorization_url = token_url = refresh_url = None
    if args.issuer:
        try:
            discovery = provider.load_discovery()
            authorization_url = discovery["authorization_endpoint"]
            token_url = discovery["token_endpoint"]
        except Exception as exc:  # the OP may be down; declare its conventional endpoints anyway
            print(f"warning: cannot read the OpenID Provider's discovery document: {exc}", file=sys.stderr)
            authorization_url, token_url = args.issuer + "/auth", args.issuer + "/token"
        refresh_url = token_url
    issuer = args.issuer or "http://127.0.0.1:1"  # declared but unusable without --issuer

    # The schemes. auto_error=False everywhere: refusals are raised below, uniformly, as 401/403 with challenges.
    api_key_header = APIKeyHeader(name="X-API-Key", scheme_name="apiKeyHeader", auto_error=False,
                                  description="Test key: " + API_KEY_HEADER_VALUE)
    api_key_query = APIKeyQuery(name="api_key", scheme_name="apiKeyQuery", auto_error=False,
                                description="Test key: " + API_KEY_QUERY_VALUE)
    api_key_cookie = APIKeyCookie(name="keyway_key", scheme_name="apiKeyCookie", auto_error=False,
                                  description="Test key: " + API_KEY_COOKIE_VALUE)
    http_basic = HTTPBasic(scheme_name="httpBasic", realm=REALM, auto_error=False)
    http_digest = HTTPDigest(scheme_name="httpDigest", auto_error=False,
                             description="RFC 7616, qop=auth, SHA-256 or MD5")
    http_bearer = HTTPBearer(scheme_name="httpBearer", bearerFormat="JWT", auto_error=False,
                             description="An access token from the OpenID Provider (aud " + args.audience + ")")
    op_oauth2 = OAuth2(
        scheme_name="opOAuth2",
        auto_error=False,
        description="The OpenID Provider's authorization code (PKCE) and client credentials flows",
        flows=OAuthFlows(
            authorizationCode=OAuthFlowAuthorizationCode(
                authorizationUrl=authorization_url or issuer + "/auth",
                tokenUrl=token_url or issuer + "/token",
                refreshUrl=refresh_url,
                scopes=API_SCOPES,
            ),
            clientCredentials=OAuthFlowClientCredentials(
                tokenUrl=token_url or issuer + "/token",
                scopes=API_SCOPES,
            ),
        ),
    )
    op_oidc = OpenIdConnect(
        openIdConnectUrl=issuer + "/.well-known/openid-configuration",
        scheme_name="opOIDC",
        auto_error=False,
    )
    password_oauth2 = OAuth2PasswordBearer(tokenUrl="token", scheme_name="passwordOAuth2", scopes=API_SCOPES,
                                           auto_error=False)

    app = FastAPI(
        title="Keyway test resource server",
        version="1.0.0",
        description="Every security scheme kind, for Keyway's integration tests. Runs on 127.0.0.1 only.",
        servers=[{"url": origin}],
    )

    @app.exception_handler(AuthError)
    async def auth_error(_request: Request, exc: AuthError) -> JSONResponse:
        response = JSONResponse({"detail": exc.detail}, status_code=exc.status)
        for challenge in exc.challenges:
            response.headers.append("WWW-Authenticate", challenge)
        return response

    @app.exception_handler(RequestValidationError)
    async def validation_error(request: Request, exc: RequestValidationError) -> JSONResponse:
        if request.url.path == "/token":  # RFC 6749 error shape for the token endpoint
            return JSONResponse({"error": "invalid_request", "error_description": str(exc.errors())}, status_code=400)
        return JSONResponse({"detail": exc.errors()}, status_code=422)

    # --- credential checks, as dependencies --------------------------------------------------------------------

    def api_key_challenge(where: str, name: str) -> str:
        return f'APIKey realm="{REALM}", in="{where}", name="{name}"'

    def check_header_key(key: Optional[str] = Depends(api_key_header)) -> str:
        if key is None or not secrets.compare_digest(key, API_KEY_HEADER_VALUE):
            raise AuthError(401, "missing or wrong X-API-Key header", [api_key_challenge("header", "X-API-Key")])
        return "header"

    def check_query_key(key: Optional[str] = Depends(api_key_query)) -> str:
        if key is None or not secrets.compare_digest(key, API_KEY_QUERY_VALUE):
            raise AuthError(401, "missing or wrong api_key query parameter", [api_key_challenge("query", "api_key")])
        return "query"

    def check_cookie_key(key: Optional[str] = Depends(api_key_cookie)) -> str:
        if key is None or not secrets.compare_digest(key, API_KEY_COOKIE_VALUE):
            raise AuthError(401, "missing or wrong keyway_key cookie", [api_key_challenge("cookie", "keyway_key")])
        return "cookie"

    def check_basic(credentials: Optional[HTTPBasicCredentials] = Depends(http_basic)) -> str:
        challenge = [f'Basic realm="{REALM}", charset="UTF-8"']
        if credentials is None:
            raise AuthError(401, "Basic credentials required", challenge)
        user_ok = secrets.compare_digest(credentials.username.encode(), BASIC_USER.encode())
        password_ok = secrets.compare_digest(credentials.password.encode(), BASIC_PASSWORD.encode())
        if not (user_ok and password_ok):
            raise AuthError(401, "wrong user name or password", challenge)
        return credentials.username

    def check_digest(request: Request, _declared: Optional[HTTPAuthorizationCredentials] = Depends(http_digest)) -> str:
        return digest.verify(request, request.headers.get("Authorization"))

    def verify_provider_token(token: Optional[str], verify_exp: bool = True) -> Dict[str, Any]:
        if not token:
            raise AuthError(401, "bearer token required", [bearer_challenge()])
        if not args.issuer:
            raise AuthError(401, "this server was started without --issuer", [bearer_challenge("invalid_token")])
        try:
            header = jwt.get_unverified_header(token)
        except jwt.PyJWTError:
            raise AuthError(401, "not a JWT", [bearer_challenge("invalid_token", "not a JWT")])
        if header.get("typ", "").lower() not in ("at+jwt", "application/at+jwt"):
            raise AuthError(401, "not a JWT access token (typ)", [bearer_challenge("invalid_token", "typ must be at+jwt")])
        try:
            key = provider.key_for(header.get("kid"))
        except Exception as exc:
            raise AuthError(401, f"cannot fetch the provider's keys: {exc}", [bearer_challenge("invalid_token")])
        if key is None:
            raise AuthError(401, "unknown signing key", [bearer_challenge("invalid_token", "unknown kid")])
        try:
            claims = jwt.decode(
                token,
                key=key,
                algorithms=["RS256", "PS256", "ES256"],
                audience=args.audience,
                issuer=args.issuer,
                options={"require": ["exp", "iat", "iss", "aud", "sub"], "verify_exp": verify_exp},
            )
        except jwt.ExpiredSignatureError:
            raise AuthError(401, "token expired", [bearer_challenge("invalid_token", "the token expired")])
        except jwt.PyJWTError as exc:
            raise AuthError(401, f"invalid token: {exc}", [bearer_challenge("invalid_token", str(exc))])
        return claims

    def token_scopes(claims: Dict[str, Any]) -> List[str]:
        scope = claims.get("scope", "")
        return scope.split() if isinstance(scope, str) else list(scope)

    def bearer_claims(security_scopes: SecurityScopes,
                      credentials: Optional[HTTPAuthorizationCredentials] = Depends(http_bearer)) -> Dict[str, Any]:
        claims = verify_provider_token(credentials.credentials if credentials else None)
        require_scopes(token_scopes(claims), security_scopes)
        return claims

    def oauth2_claims(security_scopes: SecurityScopes, authorization: Optional[str] = Depends(op_oauth2)) -> Dict[str, Any]:
        claims = verify_provider_token(bearer_from_header(authorization))
        require_scopes(token_scopes(claims), security_scopes)
        return claims

    def oidc_claims(security_scopes: SecurityScopes, authorization: Optional[str] = Depends(op_oidc)) -> Dict[str, Any]:
        claims = verify_provider_token(bearer_from_header(authorization))
        require_scopes(token_scopes(claims), security_scopes)
        return claims

    def password_claims(security_scopes: SecurityScopes, token: Optional[str] = Depends(password_oauth2)) -> Dict[str, Any]:
        if not token:
            raise AuthError(401, "bearer token required", [bearer_challenge()])
        try:
            claims = jwt.decode(token, password_secret, algorithms=["HS256"], audience=PASSWORD_AUDIENCE, issuer=origin,
                                options={"require": ["exp", "sub", "aud", "iss"]})
        except jwt.ExpiredSignatureError:
            raise AuthError(401, "token expired", [bearer_challenge("invalid_token", "the token expired")])
        except jwt.PyJWTError as exc:
            raise AuthError(401, f"invalid token: {exc}", [bearer_challenge("invalid_token", str(exc))])
        require_scopes(token_scopes(claims), security_scopes)
        return claims

    def subject(claims: Dict[str, Any]) -> Dict[str, Any]:
        return {"sub": claims.get("sub"), "scope": claims.get("scope"), "client_id": claims.get("client_id")}

    # --- endpoints --------------------------------------------------------------------------------------------

    public = {"security": []}

    @app.get("/public", openapi_extra=public)
    def public_endpoint() -> Dict[str, Any]:
        return {"public": True}

    @app.get("/apikey/header")
    def apikey_header(where: str = Depends(check_header_key)) -> Dict[str, Any]:
        return {"authenticated": "apiKey", "in": where}

    @app.get("/apikey/query")
    def apikey_query(where: str = Depends(check_query_key)) -> Dict[str, Any]:
        return {"authenticated": "apiKey", "in": where}

    @app.get("/apikey/cookie")
    def apikey_cookie(where: str = Depends(check_cookie_key)) -> Dict[str, Any]:
        return {"authenticated": "apiKey", "in": where}

    @app.get("/basic")
    def basic(user: str = Depends(check_basic)) -> Dict[str, Any]:
        return {"authenticated": "basic", "user": user}

    @app.get("/digest")
    def digest_endpoint(request: Request, user: str = Depends(check_digest)) -> JSONResponse:
        response = JSONResponse({"authenticated": "digest", "user": user})
        response.headers["Authentication-Info"] = request.state.digest_rspauth
        return response

    @app.get("/bearer")
    def bearer(claims: Dict[str, Any] = Security(bearer_claims)) -> Dict[str, Any]:
        return {"authenticated": "bearer", **subject(claims)}

    @app.get("/items")
    def list_items(claims: Dict[str, Any] = Security(oauth2_claims, scopes=["read:items"])) -> Dict[str, Any]:
        return {"items": ["alpha", "beta"], **subject(claims)}

    @app.post("/items", status_code=201)
    def create_item(claims: Dict[str, Any] = Security(oauth2_claims, scopes=["write:items"])) -> Dict[str, Any]:
        return {"created": True, **subject(claims)}

    @app.get("/admin")
    def admin(claims: Dict[str, Any] = Security(oauth2_claims, scopes=["admin"])) -> Dict[str, Any]:
        return {"admin": True, **subject(claims)}

    @app.get("/oidc/me")
    def oidc_me(claims: Dict[str, Any] = Security(oidc_claims)) -> Dict[str, Any]:
        return {"authenticated": "openIdConnect", **subject(claims)}

    @app.post("/token", openapi_extra=public)
    def password_token(form: OAuth2PasswordRequestForm = Depends()) -> JSONResponse:
        def error(code: str, description: str, status: int = 400) -> JSONResponse:
            return JSONResponse({"error": code, "error_description": description}, status_code=status,
                                headers={"Cache-Control": "no-store"})

        if form.grant_type != "password":
            return error("unsupported_grant_type", "only grant_type=password is served here")
        user = PASSWORD_USERS.get(form.username)
        if user is None or not pwd_context.verify(form.password, password_hashes[form.username]):
            return error("invalid_grant", "wrong user name or password")
        allowed = user[1]
        unknown = [s for s in form.scopes if s not in API_SCOPES]
        if unknown:
            return error("invalid_scope", "unknown scope(s): " + " ".join(unknown))
        granted = [s for s in form.scopes if s in allowed] if form.scopes else list(allowed)
        now = int(time.time())
        claims = {
            "iss": origin,
            "aud": PASSWORD_AUDIENCE,
            "sub": form.username,
            "scope": " ".join(granted),
            "iat": now,
            "exp": now + args.password_token_ttl,
            "jti": secrets.token_hex(8),
        }
        if form.client_id:
            claims["client_id"] = form.client_id
        token = jwt.encode(claims, password_secret, algorithm="HS256")
        return JSONResponse(
            {"access_token": token, "token_type": "bearer", "expires_in": args.password_token_ttl,
             "scope": " ".join(granted)},
            headers={"Cache-Control": "no-store", "Pragma": "no-cache"},
        )

    @app.get("/password/me")
    def password_me(claims: Dict[str, Any] = Security(password_claims)) -> Dict[str, Any]:
        return {"authenticated": "password", **subject(claims)}

    @app.get("/password/items")
    def password_items(claims: Dict[str, Any] = Security(password_claims, scopes=["read:items"])) -> Dict[str, Any]:
        return {"items": ["alpha", "beta"], **subject(claims)}

    @app.post("/password/items", status_code=201)
    def password_create(claims: Dict[str, Any] = Security(password_claims, scopes=["write:items"])) -> Dict[str, Any]:
        return {"created": True, **subject(claims)}

    # Parameters and a JSON body, for the request editor: a path parameter, a bounded integer and a boolean in the
    # query, and a body with an example. FastAPI's own validation answers 422 to values outside the declared types.
    @app.get("/echo/{word}")
    def echo(
        word: str = Path(..., description="The word to repeat.", example="hello"),
        times: int = Query(1, ge=1, le=5, description="How many times (1 to 5)."),
        shout: bool = Query(False, description="Upper-case the answer."),
        where: str = Depends(check_header_key),
    ) -> Dict[str, Any]:
        text = " ".join([word] * times)
        return {"echo": text.upper() if shout else text, "times": times}

    @app.post("/echo-json")
    def echo_json(
        payload: Dict[str, Any] = Body(..., example={"message": "hello", "count": 2}),
        where: str = Depends(check_header_key),
    ) -> Dict[str, Any]:
        return {"received": payload}

    # FastAPI 0.92 declares each dependency's scheme as a requirement object of its own, which OpenAPI reads as OR;
    # this operation needs both together (AND), so its requirement is declared by hand.
    @app.get("/combined", openapi_extra={"security": [{"apiKeyHeader": [], "httpBearer": []}]})
    def combined(where: str = Depends(check_header_key),
                 claims: Dict[str, Any] = Security(bearer_claims)) -> Dict[str, Any]:
        return {"authenticated": ["apiKey", "bearer"], **subject(claims)}

    # Either scheme alone is enough (OR); declared explicitly rather than relying on FastAPI's generated list.
    @app.get("/either", openapi_extra={"security": [{"apiKeyHeader": []}, {"httpBasic": []}]})
    def either(request: Request,
               key: Optional[str] = Depends(api_key_header),
               basic_credentials: Optional[HTTPBasicCredentials] = Depends(http_basic)) -> Dict[str, Any]:
        if key is not None and secrets.compare_digest(key, API_KEY_HEADER_VALUE):
            return {"authenticated": "apiKey"}
        if basic_credentials is not None:
            return {"authenticated": "basic", "user": check_basic(basic_credentials)}
        raise AuthError(401, "an API key header or Basic credentials are required",
                        [api_key_challenge("header", "X-API-Key"), f'Basic realm="{REALM}", charset="UTF-8"'])

    @app.get("/optional", openapi_extra={"security": [{}, {"apiKeyHeader": []}]})
    def optional(key: Optional[str] = Depends(api_key_header)) -> Dict[str, Any]:
        if key is None:
            return {"authenticated": None}
        check_header_key(key)
        return {"authenticated": "apiKey"}

    # --- redirects, for the credential-stripping tests ---------------------------------------------------------

    any_credential = {"security": [{"apiKeyHeader": []}, {"httpBearer": []}, {"httpBasic": []}]}

    @app.api_route("/redirect-cross", methods=["GET", "POST"], openapi_extra=any_credential)
    def redirect_cross(request: Request) -> RedirectResponse:
        if not args.other_origin:
            raise AuthError(404, "started without --other-origin", [])
        target = args.other_origin + "/landing" + (("?" + request.url.query) if request.url.query else "")
        return RedirectResponse(target, status_code=307)

    @app.api_route("/redirect-same", methods=["GET", "POST"], openapi_extra={"security": [{"apiKeyHeader": []}]})
    def redirect_same() -> RedirectResponse:
        return RedirectResponse("/apikey/header", status_code=307)

    # --- deliberately broken endpoints, for the enforcement probe ----------------------------------------------

    @app.get("/broken/no-check", openapi_extra={"security": [{"httpBearer": []}]})
    def broken_no_check() -> Dict[str, Any]:
        return {"broken": "declares bearer, checks nothing"}

    @app.get("/broken/ignores-scope", openapi_extra={"security": [{"opOAuth2": ["admin"]}]})
    def broken_ignores_scope(claims: Dict[str, Any] = Security(oauth2_claims)) -> Dict[str, Any]:
        return {"broken": "declares admin, accepts any valid token", **subject(claims)}

    @app.get("/broken/accepts-expired")
    def broken_accepts_expired(credentials: Optional[HTTPAuthorizationCredentials] = Depends(http_bearer)) -> Dict[str, Any]:
        claims = verify_provider_token(credentials.credentials if credentials else None, verify_exp=False)
        return {"broken": "accepts expired tokens", **subject(claims)}

    @app.get("/broken/public-demands-token", openapi_extra=public)
    def broken_public_demands_token(claims: Dict[str, Any] = Security(bearer_claims)) -> Dict[str, Any]:
        return {"broken": "declared public, demands a token", **subject(claims)}

    # --- the OpenAPI document ----------------------------------------------------------------------------------

    def openapi() -> Dict[str, Any]:
        if app.openapi_schema:
            return app.openapi_schema
        schema = get_openapi(title=app.title, version=app.version, description=app.description,
                             routes=app.routes, servers=app.servers)
        scheme_types = {name: s.get("type") for name, s in schema.get("components", {}).get("securitySchemes", {}).items()}
        extras = {}
        for route in app.routes:
            extra = getattr(route, "openapi_extra", None)
            if extra and "security" in extra:
                for method in route.methods:
                    extras[(route.path, method.lower())] = extra["security"]
        for path, operations in schema.get("paths", {}).items():
            for method, operation in operations.items():
                if (path, method) in extras:
                    # openapi_extra appends lists; a declared `security` replaces the generated one instead.
                    operation["security"] = extras[(path, method)]
                for requirement in operation.get("security", []):
                    for name in requirement:
                        # OpenAPI 3.0: scopes only for oauth2 and openIdConnect requirements
                        if scheme_types.get(name) not in ("oauth2", "openIdConnect"):
                            requirement[name] = []
        app.openapi_schema = schema
        return schema

    app.openapi = openapi  # type: ignore[assignment]
    return app


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--issuer", help="the OpenID Provider's issuer URL (127.0.0.1/localhost only)")
    parser.add_argument("--audience", default="http://127.0.0.1/api", help="expected aud of provider access tokens")
    parser.add_argument("--other-origin", help="second origin /redirect-cross sends clients to")
    parser.add_argument("--password-token-ttl", type=int, default=900)
    args = parser.parse_args()
    if args.issuer:
        args.issuer = loopback_only(args.issuer, "--issuer")
    if args.other_origin:
        args.other_origin = loopback_only(args.other_origin, "--other-origin")

    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((HOST, args.port))
    sock.listen(128)
    port = sock.getsockname()[1]

    app = build_app(args, port)
    config = uvicorn.Config(app, log_level="warning", access_log=False, timeout_keep_alive=5, lifespan="off")
    server = uvicorn.Server(config)

    def announce() -> None:
        deadline = time.monotonic() + 20
        while not server.started and time.monotonic() < deadline and not server.should_exit:
            time.sleep(0.02)
        if server.started:
            print(json.dumps({"port": port, "origin": f"http://{HOST}:{port}"}), flush=True)

    threading.Thread(target=announce, daemon=True).start()
    server.run(sockets=[sock])


if __name__ == "__main__":
    main()
