"""The class report's two plots as inline SVG, drawn by hand: a histogram of totals and paired bars per function.

They used to be matplotlib PNGs: loading matplotlib and rendering them cost the batch
about half a second of CPU, the last tenths of it at the very end with every other core
idle. An SVG of a few dozen rectangles is text, takes under a millisecond, stays sharp
at any zoom and, inside the page, still opens anywhere offline.
"""

from __future__ import annotations

import html
import math
from typing import Sequence

HISTOGRAM_COLOUR, FULL_COLOUR, MEAN_COLOUR = "#4c72b0", "#55a868", "#c44e52"
FONT = 'font-family="system-ui,sans-serif" fill="#222"'


def _text(x: float, y: float, text: str, anchor: str = "middle", extra: str = "", size: int = 12) -> str:
    return (f'<text x="{x:.1f}" y="{y:.1f}" text-anchor="{anchor}" font-size="{size}" {FONT} {extra}>'
            f'{html.escape(text)}</text>')


def _svg(width: int, height: int, title: str, body: list[str]) -> str:
    label = html.escape(title)
    return (f'<svg role="img" aria-label="{label}" width="{width}" '
            f'height="{height}" viewBox="0 0 {width} {height}"><title>{label}</title>'
            f'<rect width="{width}" height="{height}" fill="white"/>' + "".join(body) + "</svg>")


def _step(top: float, ticks: int = 5) -> float:
    """A round tick step (1, 2 or 5 times a power of ten) that covers ``top`` in about ``ticks`` steps."""
    raw = max(top, 1.0) / ticks
    power = 10 ** math.floor(math.log10(raw))
    return next(m * power for m in (1, 2, 5, 10) if m * power >= raw)


def _number(value: float) -> str:
    return f"{value:g}"


def histogram(totals: Sequence[float], max_total: float, title: str, bins: int = 10) -> str:
    """Counts of ``totals`` in ``bins`` equal bins over [0, max_total] (the top edge counts in the last bin)."""
    top = max_total or 1.0
    counts = [0] * bins
    for value in totals:
        if 0 <= value <= top:
            counts[min(int(value / top * bins), bins - 1)] += 1
    width, height, left, right, upper, lower = 600, 320, 56, 16, 34, 48
    plot_w, plot_h = width - left - right, height - upper - lower
    step = max(1, int(_step(max(counts) or 1)))
    y_top = max(step, math.ceil((max(counts) or 1) / step) * step)
    body = [_text(width / 2, 20, title, size=14)]
    for tick in range(0, y_top + 1, step):
        y = upper + plot_h * (1 - tick / y_top)
        body.append(f'<line x1="{left}" y1="{y:.1f}" x2="{left + plot_w}" y2="{y:.1f}" stroke="#e5e5e5"/>')
        body.append(_text(left - 6, y + 4, str(tick), "end"))
    bar_w = plot_w / bins
    for index, count in enumerate(counts):
        bar_h = plot_h * count / y_top
        body.append(f'<rect x="{left + index * bar_w:.1f}" y="{upper + plot_h - bar_h:.1f}" width="{bar_w:.1f}" '
                    f'height="{bar_h:.1f}" fill="{HISTOGRAM_COLOUR}" stroke="white"/>')
    for index in range(bins + 1):
        body.append(_text(left + index * bar_w, upper + plot_h + 16, _number(round(top * index / bins, 2))))
    body.append(f'<line x1="{left}" y1="{upper + plot_h}" x2="{left + plot_w}" y2="{upper + plot_h}" stroke="#444"/>')
    body.append(f'<line x1="{left}" y1="{upper}" x2="{left}" y2="{upper + plot_h}" stroke="#444"/>')
    body.append(_text(left + plot_w / 2, height - 8, "nota total"))
    body.append(_text(14, upper + plot_h / 2, "entregas", extra=f'transform="rotate(-90 14 {upper + plot_h / 2:.1f})"'))
    return _svg(width, height, title, body)


def paired_bars(names: Sequence[str], full: Sequence[float], mean: Sequence[float], title: str) -> str:
    """Per name, two horizontal bars in % (0-100): who has it at full marks, and the mean points."""
    left = 24 + 7 * max([len(n) for n in names] + [4])
    width, right, upper, lower, row = 600 + left - 120, 16, 34, 72, 36
    plot_w, plot_h = width - left - right, row * max(1, len(names))
    height = upper + plot_h + lower
    body = [_text(width / 2, 20, title, size=14)]
    for tick in range(0, 101, 20):
        x = left + plot_w * tick / 100
        body.append(f'<line x1="{x:.1f}" y1="{upper}" x2="{x:.1f}" y2="{upper + plot_h}" stroke="#e5e5e5"/>')
        body.append(_text(x, upper + plot_h + 16, str(tick)))
    for index, (name, a, b) in enumerate(zip(names, full, mean)):
        y = upper + index * row
        for offset, value, colour in ((4, a, FULL_COLOUR), (18, b, MEAN_COLOUR)):
            length = plot_w * min(max(value, 0.0), 100.0) / 100
            body.append(f'<rect x="{left}" y="{y + offset}" width="{length:.1f}" height="14" fill="{colour}"/>')
        body.append(_text(left - 6, y + row / 2 + 4, name, "end"))
    body.append(f'<line x1="{left}" y1="{upper}" x2="{left}" y2="{upper + plot_h}" stroke="#444"/>')
    body.append(_text(left + plot_w / 2, upper + plot_h + 34, "% de la clase"))
    legend_y = upper + plot_h + 46
    for offset, colour, label in ((0, FULL_COLOUR, "con todos los puntos"), (190, MEAN_COLOUR, "puntos medios")):
        body.append(f'<rect x="{left + offset}" y="{legend_y}" width="14" height="14" fill="{colour}"/>')
        body.append(_text(left + offset + 20, legend_y + 12, label, "start"))
    return _svg(width, height, title, body)
