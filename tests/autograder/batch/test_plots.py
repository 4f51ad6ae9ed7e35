"""The report's SVG plots draw what the class did: bar heights from the counts, names as text."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ElementTree

from hypothesis import given, settings
from hypothesis import strategies as st

from autograder.batch import plots


def bars(svg: str, colour: str) -> list[float]:
    """Heights (histogram) or widths (paired bars, then the legend's swatch) of one colour's rectangles."""
    key = "height" if colour == plots.HISTOGRAM_COLOUR else "width"
    return [float(r.get(key, "0")) for r in ElementTree.fromstring(svg).iter("rect") if r.get("fill") == colour]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.floats(0, 100, allow_nan=False), max_size=40))
def test_each_bar_is_as_tall_as_its_count(totals: list[float]) -> None:
    svg = plots.histogram(totals, 100.0, "Notas")
    heights = bars(svg, plots.HISTOGRAM_COLOUR)
    counts = [0] * 10
    for value in totals:
        counts[min(int(value // 10), 9)] += 1
    assert len(heights) == 10
    tallest = max(counts)
    for height, count in zip(heights, counts):
        assert (height == 0) == (count == 0)
        if tallest:
            assert abs(height / max(heights) - count / tallest) < 1e-2


def test_the_top_edge_counts_in_the_last_bin_and_out_of_range_values_nowhere() -> None:
    heights = bars(plots.histogram([100.0, 100.0, -1.0, 101.0, 0.0], 100.0, "Notas"), plots.HISTOGRAM_COLOUR)
    assert heights[-1] == 2 * heights[0] > 0 and sum(h > 0 for h in heights) == 2


def test_paired_bars_are_percentages_clipped_to_the_axis() -> None:
    svg = plots.paired_bars(["a", "b"], [100.0, 150.0], [50.0, -5.0], "Funciones")
    full, mean = bars(svg, plots.FULL_COLOUR), bars(svg, plots.MEAN_COLOUR)
    assert full[0] == full[1] > 0 and abs(mean[0] - full[0] / 2) < 0.1
    assert full[2:] == [14.0] and mean[1] == 0.0 and mean[2:] == [14.0]  # the legend's swatches come last


def test_names_and_titles_are_text_never_markup() -> None:
    svg = plots.paired_bars(["<script>x</script>", "a&b"], [0.0, 0.0], [0.0, 0.0], 'título "<b>"')
    ElementTree.fromstring(svg)  # well formed
    assert "<script>" not in svg and "<b>" not in svg
    assert "&lt;script&gt;x&lt;/script&gt;" in svg and "a&amp;b" in svg
    assert re.search(r'aria-label="título &quot;&lt;b&gt;&quot;"', svg)


def test_tick_steps_are_round() -> None:
    assert [plots._step(top) for top in (1, 4, 7, 23, 100, 640)] == [0.2, 1, 2, 5, 20, 200]
