"""``report.html`` as a browser shows it: headless Chromium (Debian's package) renders its plots.

The page is opened from disk with the network cut (``--host-resolver-rules``): everything
it shows must be inside it. The plots are found by their colours in the screenshot.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from autograder.batch import class_report
from autograder.batch.summary import ClassRow

pytestmark = pytest.mark.slow
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
FUNCTIONS = ("line_model", "AE_loss")
MAXIMA = {"line_model": 5.0, "AE_loss": 5.0}
HISTOGRAM, FULL, MEAN = (0x4C, 0x72, 0xB0), (0x55, 0xA8, 0x68), (0xC4, 0x4E, 0x52)


def _screenshot(page: Path, shot: Path) -> None:
    if CHROMIUM is None:
        if os.environ.get("CI"):
            pytest.fail("Chromium is missing: .ci/run installs it (apt-get install chromium)")
        pytest.skip("Chromium not installed (apt-get install chromium)")
    subprocess.run([CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
                    "--host-resolver-rules=MAP * ~NOTFOUND", f"--user-data-dir={shot.parent / 'perfil'}",
                    "--window-size=1200,1400", f"--screenshot={shot}", page.as_uri()],
                   check=True, capture_output=True, timeout=120)


def _pixels_like(shot: Path, colour: tuple[int, int, int]) -> int:
    from matplotlib import image

    pixels = (image.imread(shot)[:, :, :3] * 255).round()
    return int((abs(pixels - colour).max(axis=2) <= 6).sum())


def _rows() -> list[ClassRow]:
    return [ClassRow(f"alumno{i}", "ok", {"line_model": 5.0, "AE_loss": float(i % 6)}, 5.0 + i % 6, result={})
            for i in range(12)] + [ClassRow("vacio", "empty", message="El fichero entregado está vacío.")]


def test_the_report_renders_its_plots_in_a_browser(tmp_path: Path) -> None:
    page, shot = tmp_path / "report.html", tmp_path / "report.png"
    class_report.write_report(page, _rows(), FUNCTIONS, MAXIMA)
    _screenshot(page, shot)
    for colour in (HISTOGRAM, FULL, MEAN):
        assert _pixels_like(shot, colour) > 2000, f"no plot drawn in {colour}"


def test_without_its_images_the_same_page_shows_no_plot(tmp_path: Path) -> None:
    """The check above can fail: the colours come from the embedded plots alone."""
    page, shot = tmp_path / "report.html", tmp_path / "report.png"
    html = class_report.render(_rows(), FUNCTIONS, MAXIMA, "informe")
    page.write_text(re.sub(r"<svg .*?</svg>", "", html, flags=re.S), encoding="utf-8")
    _screenshot(page, shot)
    assert _pixels_like(shot, HISTOGRAM) < 50
