"""figures: a prepared figure is the figure matplotlib would have built; anything unusual takes matplotlib's path.

Each scenario runs in a fork of one interpreter that either prepared figures (as the
zygote does) or did not, and reports every open figure's pixels, size, number and
Axes, or the error it raised. Both interpreters must report the same; the prepared
one also says how many figures and Axes it handed out, so the test knows the
prepared path was taken where it should be, and not where it should not.
"""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap

import pytest

SCENARIOS: dict[str, tuple[str, int, int]] = {
    # name: (cell, prepared figures handed out, prepared Axes handed out)
    "lesson": ("""
        plt.figure(figsize=(8, 6))
        plt.scatter(np.arange(5.0), np.arange(5.0) ** 2, marker="o", c="r", label="datos")
        plt.plot([0, 4], [0, 16], label="recta")
        plt.xlabel("x"); plt.ylabel("y"); plt.title("t"); plt.legend(); plt.grid(True); plt.show()
        plt.figure(figsize=[5, 3.5])
        plt.plot(np.linspace(0, 1, 7), marker="o")
        plt.axhline(0.5, c="r")
    """, 2, 2),
    "no_figure_call": ("plt.plot([1, 3, 2])", 1, 1),
    "explicit_111": ("fig = plt.figure(); ax = fig.add_subplot(111); ax.plot([1, 2])", 1, 1),
    "explicit_1_1_1": ("fig = plt.figure(); fig.add_subplot(1, 1, 1).bar([1, 2], [3, 4])", 1, 1),
    "two_rows": ("plt.figure(); plt.subplot(211); plt.plot([1, 2]); plt.subplot(212); plt.plot([2, 1])", 1, 0),
    "subplots_grid": ("fig, axes = plt.subplots(2, 2); axes[1, 1].plot([1, 2])", 1, 0),
    "subplots_one": ("fig, ax = plt.subplots(); ax.plot([1, 2]); ax.set_title('t')", 1, 0),
    "add_axes_first": ("fig = plt.figure(); fig.add_axes([0.2, 0.2, 0.6, 0.6]); plt.plot([1, 2])", 1, 0),
    "polar": ("plt.figure(); plt.subplot(projection='polar'); plt.plot([0, 1], [1, 2])", 1, 0),
    "rc_changed": ("plt.rcParams['axes.grid'] = True; plt.figure(); plt.plot([1, 2])", 0, 0),
    "rc_changed_after_figure": ("plt.figure(); plt.rcParams['lines.linewidth'] = 4; plt.plot([1, 2])", 1, 0),
    "style": ("plt.style.use('ggplot'); plt.plot([1, 2])", 0, 0),
    "rc_context": ("with plt.rc_context({'axes.facecolor': 'y'}):\n    plt.plot([1, 2])\nplt.plot([2, 1])", 0, 0),
    "dpi": ("plt.figure(dpi=40); plt.plot([1, 2])", 0, 0),
    "facecolor": ("plt.figure(facecolor='c'); plt.plot([1, 2])", 0, 0),
    "no_frame": ("plt.figure(frameon=False); plt.plot([1, 2])", 0, 0),
    "centimetres": ("plt.figure(figsize=(8, 6, 'cm')); plt.plot([1, 2])", 0, 0),
    "array_size": ("plt.figure(figsize=np.array([4.0, 3.0])); plt.plot([1, 2])", 0, 0),
    "layout": ("plt.figure(layout='constrained'); plt.plot([1, 2])", 0, 0),
    "own_class": ("class Mine(Figure):\n    pass\nplt.figure(FigureClass=Mine); plt.plot([1, 2])", 0, 0),
    "numbered_and_named": ("plt.figure(7); plt.plot([1, 2]); plt.figure('b'); plt.plot([2, 1]); plt.figure(7)",
                           2, 2),
    "more_than_prepared": ("for k in range(11):\n    plt.figure(figsize=(3, 2)); plt.plot([0, k])", 8, 8),
    "closed_and_again": ("plt.plot([1, 2]); plt.close('all'); plt.figure(); plt.plot([2, 1])", 2, 2),
    "switch_backend": ("plt.switch_backend('agg'); plt.figure(); plt.plot([1, 2])", 0, 0),
    "negative_size": ("plt.figure(figsize=(-1, 2))", 0, 0),
    "nan_size": ("plt.figure(figsize=(float('nan'), 2))", 0, 0),
    "zero_size": ("plt.figure(figsize=(0, 2)); plt.plot([1, 2])", 0, 0),
    "bool_subplot": ("fig = plt.figure(); fig.add_subplot(True, True, True)", 1, 0),
    "array_subplot": ("fig = plt.figure(); fig.add_subplot(np.array([1, 1, 1]))", 1, 0),
    "cleared_before_drawing": ("fig = plt.figure(figsize=(5, 4)); fig.clear(); plt.plot([1, 2]); plt.clf(); plt.plot([2, 1])",
                               1, 1),
    "axes_call": ("plt.figure(); plt.axes(); plt.plot([1, 2]); plt.figure(); plt.axes([0.1, 0.1, 0.5, 0.5])", 2, 1),
    "subplot_111_kwargs": ("plt.figure(); plt.subplot(111, facecolor='y'); plt.plot([1, 2])", 1, 0),
    "tight_and_saved": ("plt.figure(figsize=(6, 3)); plt.plot([1, 2], label='a'); plt.legend(); plt.tight_layout()", 1, 1),
    "pickled": ("import pickle\nfig = plt.figure(); plt.figure(pickle.loads(pickle.dumps(fig)))", 1, 0),
}

DRIVER = """
import hashlib, io, json, os, sys, warnings
import matplotlib
matplotlib.use("Agg")
import matplotlib.pyplot as plt
import numpy as np
from matplotlib.figure import Figure

warnings.simplefilter("ignore")
plt.close(plt.figure())
prepared = None
if sys.argv[1] == "prepared":
    from autograder.sandbox import figures
    prepared = figures.Prepared()
scenarios = json.loads(sys.stdin.read())
for name, code in scenarios.items():
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:
        os.close(read)
        report = {}
        try:
            exec(code, {"plt": plt, "np": np, "Figure": Figure})
        except Exception as error:
            report["error"] = f"{type(error).__name__}: {error}"
        shown = []
        for number in plt.get_fignums():
            figure = plt.figure(number)
            png = io.BytesIO()
            try:
                figure.savefig(png, format="png")
                drawn = hashlib.sha256(png.getvalue()).hexdigest()
            except Exception as error:
                drawn = f"{type(error).__name__}: {error}"
            shown.append([number, figure.get_label(), type(figure).__name__, figure.get_size_inches().tolist(),
                          [type(axes).__name__ for axes in figure.axes], drawn])
        report["figures"] = shown
        if prepared is not None:
            report["handed_out"] = [figures.PREPARED - len(prepared.figures),
                                    prepared.axes_used]
        os.write(write, json.dumps(report).encode())
        os._exit(0)
    os.close(write)
    with os.fdopen(read, "rb") as pipe:
        line = pipe.read()
    os.waitpid(pid, 0)
    print(json.dumps({name: json.loads(line)}))
"""


def _reports(mode: str) -> dict[str, dict[str, object]]:
    cells = {name: textwrap.dedent(cell) for name, (cell, _, _) in SCENARIOS.items()}
    done = subprocess.run([sys.executable, "-c", DRIVER, mode], input=json.dumps(cells), capture_output=True,
                          text=True, timeout=300, check=False)
    assert done.returncode == 0, done.stderr
    reports: dict[str, dict[str, object]] = {}
    for line in done.stdout.splitlines():
        reports.update(json.loads(line))
    return reports


@pytest.fixture(scope="module")
def both() -> tuple[dict[str, dict[str, object]], dict[str, dict[str, object]]]:
    return _reports("plain"), _reports("prepared")


@pytest.mark.parametrize("name", SCENARIOS)
def test_a_prepared_figure_draws_what_matplotlib_would_and_only_where_nothing_differs(
        both: tuple[dict[str, dict[str, object]], dict[str, dict[str, object]]], name: str) -> None:
    plain, prepared = both
    handed_out = prepared[name].pop("handed_out")
    assert prepared[name] == plain[name]
    assert plain[name]["figures"] or "error" in plain[name]  # the scenario draws, or fails as matplotlib does
    assert handed_out == list(SCENARIOS[name][1:])
