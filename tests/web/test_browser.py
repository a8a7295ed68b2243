"""End-to-end in a real headless Chromium (Debian's chromium, driven by Playwright): the page on a
store built from the example corpus, and the offline report. `.ci/run` installs chromium."""

import os
import shutil
import socket
import threading
import time
from pathlib import Path

import pytest

import marsad
from marsad.storage import Store

from ..conftest import DEVSET, read_jsonl

CHROMIUM = os.environ.get("MARSAD_CHROMIUM") or shutil.which("chromium") or shutil.which("chromium-browser")
pytestmark = [pytest.mark.browser,
              pytest.mark.skipif(not CHROMIUM, reason="headless Chromium not installed (.ci/run installs it)")]
ARTIFACTS = Path(__file__).resolve().parents[1] / "artifacts"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = str(tmp_path_factory.mktemp("web") / "web.db")
    s = Store(path)
    for a in read_jsonl(DEVSET / "articles.jsonl"):
        s.ingest_doc(marsad.extract(a["text"], a["published"], a["id"]))
    s.close()
    return path


@pytest.fixture(scope="module")
def server(db):
    import uvicorn

    from marsad.api.app import create_app

    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    sock.close()
    srv = uvicorn.Server(uvicorn.Config(create_app(db), host="127.0.0.1", port=port, log_level="warning"))
    th = threading.Thread(target=srv.run, daemon=True)
    th.start()
    for _ in range(100):
        if srv.started:
            break
        time.sleep(0.1)
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    th.join(timeout=10)


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield b
        b.close()


def test_page_dyad_chart_events_evidence(server, browser):
    page = browser.new_page(viewport={"width": 1400, "height": 1800})
    page.goto(server + "/")
    page.fill("#dyad", "RUS:CHN")
    page.click("#show")
    page.wait_for_selector("#events tbody tr")
    page.wait_for_selector("#chart .main-svg")  # plotly drew the chart
    rows = page.locator("#events tbody tr")
    assert rows.count() >= 5
    text = page.inner_text("#events")
    assert "Vladimir Putin" in text and "Xi Jinping" in text
    # open a Putin–Xi meeting and see its evidence highlighted in the article
    row = page.locator("#events tbody tr", has_text="Xi Jinping").filter(has_text="CONSULT").first
    row.click()
    page.wait_for_selector("#article mark")
    assert page.locator("#article mark").first.inner_text().strip()
    assert page.locator("#network img").count() == 1
    page.click("#lang")
    assert page.evaluate("document.documentElement.dir") == "ltr"
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "web.png"), full_page=True)
    page.close()


def test_report_offline(db, browser, tmp_path):
    from marsad.web.report import build_report

    out = tmp_path / "report.html"
    out.write_text(build_report(Store(db), ("RUS", "CHN")), encoding="utf-8")
    ctx = browser.new_context(offline=True)
    page = ctx.new_page()
    page.goto(out.as_uri())
    page.wait_for_selector("#chart .main-svg")
    table = page.inner_text("#events")
    assert "Xi Jinping" in table and "Vladimir Putin" in table and "CONSULT" in table
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "report.png"), full_page=True)
    ctx.close()
