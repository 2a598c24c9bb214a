"""Browser-test helpers: Debian's Chromium driven by Playwright, and a host page on another origin.

Playwright is used as a driver only: it never downloads a browser. The system `chromium` is
launched with a fixed time zone and locale. When Chromium is missing the browser tests are
skipped on a developer machine, but fail under CI (`CI=true`), where `.ci/run` installs it.
"""

from __future__ import annotations

import html
import os
import shutil
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]
TIMEZONE = "UTC"
LOCALE = "en-US"
ARTIFACTS = Path(__file__).resolve().parent / "artifacts"


def photograph(target, path: Path, **options) -> None:  # noqa: ANN001 - a Playwright Page or Locator
    """Save a screenshot into tests/artifacts. A loaded machine sometimes makes Chromium answer "Unable to
    capture screenshot" once; the picture is evidence, not the assertion, so it is taken again once."""
    ARTIFACTS.mkdir(exist_ok=True)
    try:
        target.screenshot(path=str(path), **options)
    except Exception as exc:  # noqa: BLE001 - playwright's Error, imported lazily by the tests
        if "Unable to capture screenshot" not in str(exc):
            raise
        time.sleep(0.5)
        target.screenshot(path=str(path), **options)


def in_ci() -> bool:
    return os.environ.get("CI", "").lower() == "true"


DEBIAN_CHROMIUM = Path("/usr/bin/chromium")


def chromium_path() -> str:
    """The system Chromium, or skip (fail under CI) when there is none."""
    path = shutil.which("chromium") or (str(DEBIAN_CHROMIUM) if DEBIAN_CHROMIUM.exists() else None)
    if path:
        return path
    message = "chromium is not installed (apt-get install -y chromium); the widget tests need a real browser"
    if in_ci():
        pytest.fail(f"CI=true but {message}", pytrace=False)
    pytest.skip(message)


class HostPages:
    """A tiny static HTTP server on 127.0.0.1 (its own origin) serving registered HTML pages."""

    def __init__(self) -> None:
        self.pages: dict[str, str] = {}
        pages = self.pages

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802 - http.server's naming
                body = pages.get(self.path.split("?", 1)[0])
                if body is None:
                    self.send_error(404)
                    return
                data = body.encode()
                self.send_response(200)
                self.send_header("Content-Type", "text/html; charset=utf-8")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, *args: object) -> None:
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()

    def add(self, path: str, body: str) -> str:
        self.pages[path] = body
        return self.url + path

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


# Host CSS that would break a widget without shadow DOM; the widget must not be affected by
# it, and its own styles must not leak onto the host's <h2>.
HOSTILE_CSS = """
  body { font: 30px/3 "Comic Sans MS", cursive; letter-spacing: 4px; text-transform: uppercase; color: #0a0; }
  svg, text, rect, path { display: none !important; }
  h2 { color: rgb(255, 0, 0); }
  table, ul, ol { display: none !important; }
"""


def widget_page(script_origin: str, attrs: dict[str, str], *, fallback: str = "Lineage (needs JavaScript)",
                twice: bool = True, script: bool = True) -> str:
    """A host page embedding the widget from `script_origin`, recording the widget's events."""
    attributes = " ".join(f'{k}="{html.escape(v)}"' for k, v in attrs.items())
    src = f"{script_origin}/widget/lexgraph-lineage.js"
    scripts = ""
    if script:
        scripts = f'<script type="module" src="{src}"></script>'
        if twice:  # a second copy of the registration module (other URL): must be harmless
            scripts += f'\n<script type="module" src="{src}?copy=2"></script>'
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>host page</title>
<style>{HOSTILE_CSS}</style>
<script>
  window.widgetEvents = [];
  for (const type of ["lexgraph-navigate", "lexgraph-load", "lexgraph-error"]) {{
    document.addEventListener(type, (e) => window.widgetEvents.push({{ type, detail: e.detail }}));
  }}
</script>
{scripts}
</head><body>
<h2 id="host-heading">Host page heading</h2>
<div id="box"><lexgraph-lineage id="w" {attributes}><p id="fallback">{html.escape(fallback)}</p></lexgraph-lineage></div>
</body></html>
"""
