"""Open a kgraph page in headless Chromium, with the network cut off.

Used by the browser tests (``pytest -m browser``)::

    from browser import open_page, wait_for_graph

    with open_page(path) as (page, log):
        wait_for_graph(page)
        ...
        assert log.outside_requests() == []
        assert log.errors() == []

The browser is the system Chromium (Debian: ``apt-get install chromium``),
driven by the ``playwright`` Python package; no browser is downloaded.
``KGRAPH_CHROMIUM`` may name another binary.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

if TYPE_CHECKING:
    from playwright.sync_api import ConsoleMessage, Page, Route

__all__ = [
    "CHROMIUM_ARGS",
    "LOCAL_SCHEMES",
    "PageLog",
    "find_chromium",
    "open_page",
    "wait_for_graph",
]

CHROMIUM_ARGS: tuple[str, ...] = (
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
)
CHROMIUM_NAMES: tuple[str, ...] = ("chromium", "chromium-browser")
#: URL schemes a page may load without leaving the machine.
LOCAL_SCHEMES: frozenset[str] = frozenset({"file", "data", "blob", "about"})
DEFAULT_VIEWPORT = (1280, 800)
DEFAULT_TIMEOUT_MS = 30_000


def find_chromium() -> str | None:
    """The Chromium binary to use, or None when there is none."""
    override = os.environ.get("KGRAPH_CHROMIUM")
    if override:
        return override if Path(override).is_file() else shutil.which(override)
    for name in CHROMIUM_NAMES:
        found = shutil.which(name)
        if found:
            return found
    return None


@dataclass
class PageLog:
    """What a page did: every request, console error and uncaught exception."""

    requests: list[str] = field(default_factory=list)
    console_errors: list[str] = field(default_factory=list)
    console_warnings: list[str] = field(default_factory=list)
    page_errors: list[str] = field(default_factory=list)
    aborted: list[str] = field(default_factory=list)

    def outside_requests(self) -> list[str]:
        """Requests whose scheme is not file:, data:, blob: or about:."""
        return [url for url in self.requests if urlsplit(url).scheme not in LOCAL_SCHEMES]

    def errors(self) -> list[str]:
        """Console errors and uncaught exceptions."""
        return self.console_errors + self.page_errors


@contextmanager
def open_page(
    path: Path,
    *,
    viewport: tuple[int, int] = DEFAULT_VIEWPORT,
    timeout_ms: int = DEFAULT_TIMEOUT_MS,
) -> Iterator[tuple[Page, PageLog]]:
    """Open ``path`` via file:// in headless Chromium; yield ``(page, log)``.

    Every request that is not file:/data:/blob:/about: is aborted and recorded.
    Raises ``RuntimeError`` when no Chromium is installed (tests skip before).
    """
    from playwright.sync_api import sync_playwright

    executable = find_chromium()
    if executable is None:
        raise RuntimeError("no Chromium binary found; apt-get install chromium or set KGRAPH_CHROMIUM")
    log = PageLog()

    def on_console(message: ConsoleMessage) -> None:
        if message.type == "error":
            log.console_errors.append(message.text)
        elif message.type == "warning":
            log.console_warnings.append(message.text)

    def route(route: Route) -> None:
        url = route.request.url
        if urlsplit(url).scheme in LOCAL_SCHEMES:
            route.continue_()
        else:
            log.aborted.append(url)
            route.abort("internetdisconnected")

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=executable, headless=True, args=list(CHROMIUM_ARGS)
        )
        try:
            context = browser.new_context(
                viewport={"width": viewport[0], "height": viewport[1]},
                service_workers="block",
            )
            context.set_default_timeout(timeout_ms)
            page = context.new_page()
            page.route("**/*", route)
            page.on("request", lambda request: log.requests.append(request.url))
            page.on("console", on_console)
            page.on("pageerror", lambda error: log.page_errors.append(str(error)))
            page.goto(Path(path).resolve().as_uri(), wait_until="load")
            yield page, log
            context.close()
        finally:
            browser.close()


def wait_for_graph(page: Page, *, timeout_ms: int = DEFAULT_TIMEOUT_MS) -> None:
    """Wait until the page has drawn its graph and physics has stopped."""
    page.wait_for_function(
        "() => window.kgNetwork !== undefined && document.body.dataset.kgStable === '1'",
        timeout=timeout_ms,
    )
