"""Per-request plumbing as one pure ASGI middleware: a request id and the workers a request holds.

Every response carries `X-Request-Id` (also in the log lines about the request). A query
worker lent to a request (`lend(request, answer)`) is given back when the request ends — after
the response is sent, after an exception, after the client went away, or if the response was
never started at all — because the `finally` below runs in every one of those cases. It does
not rely on a generator's `finally`, which never runs if the generator is closed before its
first `next()`.
"""

from __future__ import annotations

import logging
import secrets

from starlette.requests import Request
from starlette.types import ASGIApp, Message, Receive, Scope, Send

log = logging.getLogger("lexgraph.server")
HEADER = b"x-request-id"


def request_id(request: Request) -> str:
    return request.scope.get("state", {}).get("request_id", "-")


def lend(request: Request, answer) -> None:
    """Close `answer` (give its worker back) when this request ends, whatever happens."""
    request.scope.setdefault("state", {}).setdefault("leases", []).append(answer)


class RequestScope:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        rid = secrets.token_hex(8)
        state = scope.setdefault("state", {})
        state["request_id"], state["leases"] = rid, []

        async def send_with_id(message: Message) -> None:
            if message["type"] == "http.response.start":
                message = {**message, "headers": [*message.get("headers", []), (HEADER, rid.encode())]}
            await send(message)

        try:
            await self.app(scope, receive, send_with_id)
        finally:
            for lease in state["leases"]:
                try:
                    lease.close()
                except Exception:  # never let one lease keep the others
                    log.exception("request %s: releasing a query worker failed", rid)
