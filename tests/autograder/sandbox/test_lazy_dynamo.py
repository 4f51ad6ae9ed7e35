"""lazy_dynamo: torch's "never trace me" marks wait for dynamo, and hand over to it once it is loaded."""

from __future__ import annotations

import subprocess
import sys
import textwrap


def _run(code: str) -> str:
    done = subprocess.run([sys.executable, "-c", textwrap.dedent(code)], capture_output=True, text=True,
                          timeout=300, check=False)
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


def test_meta_operations_skip_dynamo_until_it_is_imported_then_torch_gets_its_own_mark_back() -> None:
    """One interpreter (torch's import is most of the cost): first without dynamo, then with it."""
    out = _run("""
        import gc, sys, torch
        from autograder.sandbox import lazy_dynamo
        assert lazy_dynamo.defer() > 0
        x = torch.empty(4, 3, device='meta', dtype=torch.float64)
        y = ((x * 2.0 + 1.0).abs() ** 2).mean(dim=0)
        print(tuple(y.shape), y.dtype, y.device, 'torch._dynamo' in sys.modules)
        import torch._dynamo
        (torch.empty(2, device='meta') + 1).sum()
        marks = [getattr(f, lazy_dynamo.MARK) for f in gc.get_objects()
                 if callable(f) and getattr(f, lazy_dynamo.MARK, None) is not None]
        handed = [m for m in marks if m.__module__ != lazy_dynamo.__name__]
        print(len(handed) > 0, lazy_dynamo.defer())
    """)
    assert out.splitlines() == ["(3,) torch.float64 meta False", "True 0"]
