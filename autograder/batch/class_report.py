"""``report.html``: one self-contained page that tells the instructor which exercise the class failed, and why.

It shows a histogram of totals, each function's pass rate (full marks) and mean score as
plots, the hints the hidden tests gave most often per function (the class's usual
mistakes), the flagged entries (files that could not be graded, grader errors), and the
class table. Plots are SVG inside the page (``plots``): it opens anywhere, offline.
"""

from __future__ import annotations

import html
import statistics
from collections import Counter
from pathlib import Path
from typing import Sequence

from autograder.batch import plots
from autograder.batch.summary import ClassRow
from autograder.report import write_atomic

TOP_HINTS = 3
STYLE = """
body{font-family:system-ui,sans-serif;margin:2em;color:#222;max-width:72em}
h1{font-size:1.5em}h2{font-size:1.2em;margin-top:1.6em;border-bottom:1px solid #ccc}
table{border-collapse:collapse;font-size:.9em}td,th{border:1px solid #ccc;padding:.25em .5em;text-align:right}
td:first-child,th:first-child,td.text,th.text{text-align:left}tr.flag{background:#fff3cd}
td.text ul{margin:0;padding-left:1.2em}
.figs{display:flex;flex-wrap:wrap;gap:1em}.figs svg{max-width:36em;width:100%;height:auto;border:1px solid #eee}
.count{color:#666}
"""


def function_stats(graded: Sequence[ClassRow], function: str, top: float) -> tuple[int, float]:
    """How many of the graded notebooks have ``function`` at full marks, and its mean points."""
    full = sum(r.scores.get(function, 0.0) >= top > 0 for r in graded)
    mean = statistics.fmean([r.scores.get(function, 0.0) for r in graded]) if graded else 0.0
    return full, mean


def _plots(graded: Sequence[ClassRow], functions: Sequence[str], maxima: dict[str, float],
           max_total: float) -> list[str]:
    """The histogram of totals and the pass rate per function, as inline SVG."""
    totals = [r.total for r in graded]
    stats = [function_stats(graded, f, maxima.get(f, 0.0)) for f in functions]
    full = [100 * n / max(1, len(graded)) for n, _ in stats]
    mean = [100 * m / maxima[f] if maxima.get(f) else 0.0 for f, (_, m) in zip(functions, stats)]
    return [plots.histogram(totals, max_total, f"Notas totales ({len(totals)} cuadernos corregidos)"),
            plots.paired_bars(functions, full, mean, "Cada función: quién la tiene entera, y la media de sus puntos")]


def frequent_hints(rows: Sequence[ClassRow], functions: Sequence[str]) -> dict[str, list[tuple[str, int]]]:
    """Per function, the hints its failed hidden tests gave most often, with how many students got each."""
    counts: dict[str, Counter[str]] = {f: Counter() for f in functions}
    for row in rows:
        seen: set[tuple[str, str]] = set()
        for test in (row.result or {}).get("tests", []) if row.status == "ok" else []:
            if test.get("status") == "passed" or not test.get("tags"):
                continue
            function = str(test["tags"][0])
            for line in str(test.get("output", "")).splitlines():
                if line.startswith("Pista:") and (function, line) not in seen and function in counts:
                    seen.add((function, line))
                    counts[function][line.removeprefix("Pista:").strip()] += 1
    return {f: counts[f].most_common(TOP_HINTS) for f in functions}


def _functions_table(graded: Sequence[ClassRow], hints: dict[str, list[tuple[str, int]]],
                     maxima: dict[str, float]) -> str:
    lines = ["<table><tr><th>función</th><th>con todos los puntos</th><th>puntos medios</th>"
             "<th class=text>pistas más frecuentes (alumnos que la recibieron)</th></tr>"]
    for function, common in hints.items():
        top = maxima.get(function, 0.0)
        full, mean = function_stats(graded, function, top)
        items = "".join(f"<li>{html.escape(text)} <span class=count>({n})</span></li>" for text, n in common)
        lines.append(f"<tr><td>{html.escape(function)}</td><td>{full} de {len(graded)}</td>"
                     f"<td>{mean:.1f} / {top:g}</td><td class=text>{f'<ul>{items}</ul>' if items else '—'}</td></tr>")
    return "\n".join(lines + ["</table>"])


def _table(rows: Sequence[ClassRow], functions: Sequence[str]) -> str:
    head = "".join(f"<th>{html.escape(f)}</th>" for f in functions)
    lines = [f"<table><tr><th>alumno</th><th class=text>estado</th>{head}<th>total</th></tr>"]
    for row in rows:
        graded = row.result is not None and not row.status.startswith("skipped")
        cells = "".join(f"<td>{row.scores.get(f, 0.0):g}</td>" if graded else "<td></td>" for f in functions)
        flag = ' class="flag"' if row.status != "ok" else ""
        total = f"{row.total:g}" if graded else ""
        lines.append(f"<tr{flag}><td>{html.escape(row.student)}</td><td class=text>{html.escape(row.status)}</td>"
                     f"{cells}<td>{total}</td></tr>")
    return "\n".join(lines + ["</table>"])


def render(rows: Sequence[ClassRow], functions: Sequence[str], maxima: dict[str, float], title: str) -> str:
    """The page as one HTML string."""
    graded = [r for r in rows if r.status == "ok"]
    flagged = [r for r in rows if r.status != "ok"]
    max_total = sum(maxima.values())
    totals = [r.total for r in graded]
    summary = (f"{len(rows)} entradas: {len(graded)} cuadernos corregidos, {len(flagged)} señaladas. "
               + (f"Nota media {statistics.fmean(totals):.1f} / {max_total:g}, mediana "
                  f"{statistics.median(totals):g}." if totals else "Ningún cuaderno corregido."))
    parts = [f"<!DOCTYPE html><html lang=es><head><meta charset=utf-8><title>{html.escape(title)}</title>"
             f"<style>{STYLE}</style></head><body><h1>{html.escape(title)}</h1><p>{html.escape(summary)}</p>"]
    if graded:
        figures = "".join(_plots(graded, functions, maxima, max_total))
        parts.append(f"<h2>Notas</h2><div class=figs>{figures}</div>")
    parts.append("<h2>Cada función: cuántos la tienen entera y qué fallan los demás</h2>"
                 + _functions_table(graded, frequent_hints(rows, functions), maxima))
    parts.append(f"<h2>Entregas señaladas ({len(flagged)})</h2>")
    if flagged:
        parts.append("<table><tr><th>alumno</th><th class=text>estado</th><th class=text>motivo</th></tr>" + "".join(
            f"<tr class=flag><td>{html.escape(r.student)}</td><td class=text>{html.escape(r.status)}</td>"
            f"<td class=text>{html.escape(r.message)}</td></tr>" for r in flagged) + "</table>")
    else:
        parts.append("<p>Ninguna: todos los ficheros eran cuadernos que se pudieron corregir.</p>")
    parts.append("<h2>La clase</h2>" + _table(rows, functions) + "</body></html>")
    return "\n".join(parts)


def write_report(path: Path, rows: Sequence[ClassRow], functions: Sequence[str], maxima: dict[str, float],
                 title: str = "Aprendizaje: informe de la clase") -> None:
    """Write ``report.html`` atomically."""
    write_atomic(path, render(rows, functions, maxima, title).encode("utf-8"))
