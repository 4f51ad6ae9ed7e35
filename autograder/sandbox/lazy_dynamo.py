"""Keep ``torch._dynamo`` out of a process until someone actually compiles.

Many of torch's own Python functions (the meta device's decompositions, the
optimizers' methods) are wrapped by ``torch._compile._disable_dynamo``: on its
first call, each wrapper imports ``torch._dynamo`` only to mark the function
"never trace me". That import costs about 1.7 s and 75 MB in every process that
touches the meta device once: the grader, the zygote and so each sandbox's
start-up. Marking a function "never trace" matters only while dynamo can trace,
and dynamo traces nothing before it is imported. So each wrapper that exists
now gets a stand-in mark: it calls the function directly while dynamo is not
loaded and, once anything imports dynamo (``torch.compile``), hands over to
dynamo's own ``disable`` for good, exactly as torch would have done.
"""

from __future__ import annotations

import functools
import gc
import sys
import types
from typing import Any, Callable

MARK = "__dynamo_disable"
"""The attribute in which torch's wrapper caches the disabled function (torch/_compile.py)."""


def _deferred(fn: Callable[..., Any], recursive: bool) -> Callable[..., Any]:
    @functools.wraps(fn)
    def call(*args: Any, **kwargs: Any) -> Any:
        dynamo = sys.modules.get("torch._dynamo")
        if dynamo is None or not hasattr(dynamo, "disable"):
            return fn(*args, **kwargs)
        disabled = dynamo.disable(fn, recursive, wrapping=False)
        setattr(fn, MARK, disabled)  # torch's wrapper uses dynamo's own mark from now on
        return disabled(*args, **kwargs)

    return call


def defer() -> int:
    """Give every existing ``_disable_dynamo`` wrapper a deferred mark; returns how many.

    A wrapper made later (none is, in this lesson's code paths) keeps torch's own
    behaviour: it imports dynamo when first called, which is slow but right.
    """
    import torch._compile

    if "torch._dynamo" in sys.modules:
        return 0
    code = torch._compile._disable_dynamo(lambda: None).__code__
    marked = 0
    for obj in gc.get_objects():
        if type(obj) is not types.FunctionType or obj.__code__ is not code:
            continue
        cells = dict(zip(code.co_freevars, obj.__closure__ or ()))
        if "fn" not in cells or "recursive" not in cells:
            continue
        fn, recursive = cells["fn"].cell_contents, cells["recursive"].cell_contents
        if getattr(fn, MARK, None) is None:
            setattr(fn, MARK, _deferred(fn, bool(recursive)))
            marked += 1
    return marked
