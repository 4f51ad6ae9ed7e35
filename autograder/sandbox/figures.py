"""Figures built ahead of time: a notebook's ``plt.figure()`` and first ``plt.plot`` cost a fork nothing.

The lesson draws six figures, and nobody sees a fork's figures, but its cells must
run as written. Most of a figure's cost is its first Axes (ticks, spines, labels:
about 5 ms each, a tenth of a submission's cells), and it is the same for every
notebook. So the zygote builds a few figures with rcParams' defaults, each with an
Axes made for it but not yet added, and every fork inherits them. In the fork,
``plt.figure()`` registers one of them through the same backend call a new figure
goes through, and the figure's first plain ``add_subplot()`` (which ``plt.gca()``,
``plt.plot`` and friends make) adds the Axes made for it. Anything else — other
arguments, another Figure class, rcParams or styles changed by the notebook, no
prepared figure left — takes matplotlib's own path, untouched. A prepared object
is the object matplotlib would have built: same class, same state, same defaults.
"""

from __future__ import annotations

import functools
import math
from numbers import Real
from typing import Any

PREPARED = 8
"""Figures built in the zygote; the lesson draws six."""

_ONE_AXES = ((), (1, 1, 1), (111,))
_FIGURE_OPTIONS = {"figsize", "dpi", "facecolor", "edgecolor", "frameon", "FigureClass"}
"""What ``plt.figure`` passes on; a prepared figure serves only their defaults (and a plain size)."""


class Prepared:
    """The figures built ahead of time, and the pyplot hook that hands them out."""

    def __init__(self, count: int = PREPARED) -> None:
        import matplotlib
        import matplotlib.pyplot as plt
        from matplotlib.axes import Axes
        from matplotlib.figure import Figure

        self._plt = plt
        self._figure_class = Figure
        self._rc = matplotlib.rcParams
        self._defaults = dict.copy(self._rc)  # the stored values, as dict.__eq__ compares them
        self._own_new_manager = plt.new_figure_manager
        self.figures: list[Any] = []
        self.axes_used = 0
        self._axes: dict[int, tuple[Any, Any]] = {}
        """id(figure) -> (figure, the Axes made for it), until the figure's first ``add_subplot``."""
        for _ in range(count):
            figure = Figure()
            self._axes[id(figure)] = (figure, Axes(figure, 1, 1, 1))
            self.figures.append(figure)
        self.figures.reverse()  # popped from the end: first built, first used
        hook = self.new_figure_manager

        def new_figure_manager(num: Any, *args: Any, **kwargs: Any) -> Any:
            return hook(num, *args, **kwargs)

        new_figure_manager.__doc__ = self._own_new_manager.__doc__
        # A function, not a bound method: ``plt.switch_backend`` sets its ``__signature__``.
        plt.new_figure_manager = new_figure_manager
        # On the class, not on each figure: a figure's state (``pickle``, ``vars``) stays as built.
        own_add_subplot = Figure.add_subplot
        prepared = self

        @functools.wraps(own_add_subplot)
        def add_subplot(figure: Any, *args: Any, **kwargs: Any) -> Any:
            made = prepared._axes.pop(id(figure), None)
            if made is not None and made[0] is figure and prepared._plain_subplot(figure, args, kwargs):
                axes = made[1]
                key = figure._process_projection_requirements()  # what a new Axes' key would be
                if key[0] is type(axes) and not key[1]:
                    prepared.axes_used += 1
                    return figure._add_axes_internal(axes, key)
            return own_add_subplot(figure, *args, **kwargs)

        Figure.add_subplot = add_subplot

    def _untouched_rc(self) -> bool:
        return dict.__eq__(self._rc, self._defaults) is True

    def _plain_subplot(self, figure: Any, args: tuple[Any, ...], kwargs: dict[str, Any]) -> bool:
        """The figure's first Axes, one filling it, with no options, and rcParams as when it was made."""
        return (all(type(arg) is int for arg in args) and args in _ONE_AXES and not kwargs
                and not figure.axes and self._untouched_rc())

    def new_figure_manager(self, num: Any, *args: Any, **kwargs: Any) -> Any:
        """``pyplot.new_figure_manager``: a prepared figure when the call asks for nothing it lacks."""
        size = _inches(kwargs.get("figsize"))
        frameon = kwargs.get("frameon")
        plain = (not args and set(kwargs) <= _FIGURE_OPTIONS and size is not False
                 and all(kwargs.get(option) is None for option in ("dpi", "facecolor", "edgecolor"))
                 and (frameon is None or frameon is True)
                 and kwargs.get("FigureClass", self._figure_class) is self._figure_class)
        if plain and self.figures and self._untouched_rc():
            figure = self.figures.pop()
            if size is not None:
                figure.set_size_inches(size)
            return self._plt._get_backend_mod().new_figure_manager_given_figure(num, figure)
        return self._own_new_manager(num, *args, **kwargs)


def _inches(figsize: Any) -> tuple[float, float] | None | bool:
    """A plain (width, height) in inches, None for the default, False for anything else (units, arrays)."""
    if figsize is None:
        return None
    if not isinstance(figsize, (tuple, list)) or len(figsize) != 2:
        return False
    if not all(isinstance(side, Real) and not isinstance(side, bool) for side in figsize):
        return False
    width, height = (float(side) for side in figsize)
    if not (math.isfinite(width) and math.isfinite(height) and width > 0 and height > 0):
        return False  # matplotlib's own path says what is wrong with it
    return width, height
