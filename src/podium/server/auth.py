"""Password protection for `launch(auth=...)`: a login route, a session cookie and a
middleware that turns away everything else until the user has logged in.
"""

from __future__ import annotations

import hmac
import secrets
from collections.abc import Callable, Sequence

from starlette.requests import Request
from starlette.responses import HTMLResponse, Response
from starlette.types import ASGIApp, Receive, Scope, Send

from podium.server.responses import JSONResponse, error

COOKIE = "podium-session"
OPEN_PATHS = {"/login", "/favicon.ico"}

AuthSpec = Callable[[str, str], bool] | tuple[str, str] | Sequence[tuple[str, str]]


class Auth:
    def __init__(self, spec: AuthSpec, message: str | None = None) -> None:
        if callable(spec):
            self._check: Callable[[str, str], bool] = spec
        else:
            pairs = [spec] if isinstance(spec, tuple) and len(spec) == 2 and isinstance(spec[0], str) else list(spec)
            if not pairs or not all(isinstance(p, (tuple, list)) and len(p) == 2 for p in pairs):
                raise ValueError("auth must be a (username, password) pair, a list of pairs, or a callable")
            accounts = {str(user): str(password) for user, password in pairs}

            def check(username: str, password: str) -> bool:
                expected = accounts.get(username)
                return expected is not None and hmac.compare_digest(expected.encode(), password.encode())

            self._check = check
        self.message = message
        self._tokens: dict[str, str] = {}

    def login(self, username: str, password: str) -> str | None:
        try:
            ok = bool(self._check(username, password))
        except Exception:  # noqa: BLE001 - a failing auth callable means "no"
            ok = False
        if not ok:
            return None
        token = secrets.token_urlsafe(32)
        self._tokens[token] = username
        return token

    def user_for(self, token: str | None) -> str | None:
        return self._tokens.get(token) if token else None


class AuthMiddleware:
    def __init__(self, app: ASGIApp, auth: Auth) -> None:
        self.app = app
        self.auth = auth

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        request = Request(scope)
        user = self.auth.user_for(request.cookies.get(COOKIE))
        path = scope["path"][len(scope.get("root_path", "")):] if scope.get("root_path") else scope["path"]
        if user is not None or path in OPEN_PATHS or path.startswith("/assets/"):
            scope["podium_user"] = user
            await self.app(scope, receive, send)
            return
        if path in ("/", "") and "text/html" in request.headers.get("accept", ""):
            response: Response = HTMLResponse(login_page(self.auth.message), status_code=200)
        else:
            response = error(401, "Not authenticated: log in first (POST /login with username and password)")
        await response(scope, receive, send)


async def login(request: Request) -> Response:
    auth: Auth | None = request.app.state.podium.auth
    if auth is None:
        return error(404, "This app has no login")
    form = await request.form()
    token = auth.login(str(form.get("username", "")), str(form.get("password", "")))
    if token is None:
        return error(401, "Incorrect username or password")
    response = JSONResponse({"success": True})
    response.set_cookie(COOKIE, token, httponly=True, samesite="lax", path="/")
    return response


def login_page(message: str | None) -> str:
    note = f"<p>{_escape(message)}</p>" if message else ""
    return f"""<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1"><title>Log in</title>
<style>
:root{{color-scheme:light dark;font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif}}
body{{display:grid;place-items:center;min-height:100vh;margin:0;background:Canvas}}
form{{display:grid;gap:12px;width:min(320px,90vw);padding:28px;border:1px solid #8884;border-radius:12px}}
h1{{font-size:1.25rem;margin:0 0 4px}}input{{padding:9px;border:1px solid #8886;border-radius:8px;font:inherit}}
button{{padding:10px;border:0;border-radius:8px;background:#4f46e5;color:white;font:inherit;cursor:pointer}}
#err{{color:#dc2626;min-height:1.2em;margin:0}}
</style></head><body><form id="f"><h1>Log in</h1>{note}
<label>Username <input name="username" autocomplete="username" required autofocus></label>
<label>Password <input name="password" type="password" autocomplete="current-password" required></label>
<p id="err" role="alert"></p><button type="submit">Log in</button></form>
<script>document.getElementById("f").addEventListener("submit",async e=>{{e.preventDefault();
const r=await fetch("login",{{method:"POST",body:new FormData(e.target)}});
if(r.ok)location.reload();else document.getElementById("err").textContent="Incorrect username or password";}});
</script></body></html>"""


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


