"""Every page of the web register has its screenshot in docs/screenshots (bench.screenshots):
a page added without one, or a screenshot not regenerated, fails here with what to do."""

from __future__ import annotations

import re
from pathlib import Path

from bench.screenshots import DEFAULT_DIR, SHOTS
from workers.settings import Settings
from workers.web_app import build_web_app

#: GET endpoints that are not pages: files, images, exports, probes.
NOT_PAGES = re.compile(
    r"^(static|monitoring\.\w+|regions\.page_image|views\.(download|preview|export_\w+)"
    r"|province\.(workbook|report|choose))$"
)
#: The province's own pages need a province row beside a commune, which only PostgreSQL holds
#: (SQLite is the single-commune default) and the screenshots are taken on SQLite; the browser
#: test tests/browser/test_province_in_browser.py covers them in Chromium instead.
POSTGRES_ONLY = {"province.overview", "province_admin.page", "province_admin.mailboxes"}
SAMPLE_IDS = {"document": "1", "unit": "cb-xom-1", "report": "2"}


def test_every_page_has_a_screenshot_and_every_screenshot_is_committed(tmp_path: Path) -> None:
    settings = Settings(_env_file=None, data_dir=tmp_path, database_url="sqlite://")
    app = build_web_app(settings, None)  # type: ignore[arg-type]  # its routes only
    pages = {
        rule.endpoint
        for rule in app.url_map.iter_rules()
        if "GET" in (rule.methods or ())
        and not NOT_PAGES.search(rule.endpoint)
        and rule.endpoint not in POSTGRES_ONLY
    }
    urls = app.url_map.bind("localhost")
    shown = {urls.match(s.path.format(**SAMPLE_IDS).split("?")[0])[0] for s in SHOTS}
    assert pages - shown == set(), (
        f"pages without a screenshot: {sorted(pages - shown)}; add a Shot to SHOTS in "
        "bench/screenshots.py and run .venv/bin/python -m bench.screenshots"
    )
    names = [s.name for s in SHOTS]
    assert len(names) == len(set(names))
    index = (DEFAULT_DIR / "README.md").read_text(encoding="utf-8")
    for name in names:
        assert (DEFAULT_DIR / f"{name}.png").is_file(), "run .venv/bin/python -m bench.screenshots"
        assert f"({name}.png)" in index
