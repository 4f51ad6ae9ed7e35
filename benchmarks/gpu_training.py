"""Stage 6 of ``make bench`` (only with CUDA): ``reference.train_all_points`` on 10^6..10^8 points.

It tells how far the lesson's full-batch training scales and what a GPU buys over the CPU:
the grader's hidden tests use small inputs, but the lesson invites students to try large ones.
Each timing is after one warm-up step on that device; the training reads ``m`` back with
``.item()`` every step, which synchronises the GPU, and the clock also waits for the device.
"""

from __future__ import annotations

import time

import torch

from reference import MSE_loss, get_data_from_a_line, train_all_points

SIZES = (10**6, 10**7, 10**8)
STEPS = 5


def _synchronize(device: str) -> None:
    if device == "cuda":
        torch.cuda.synchronize()


def time_training(n: int, device: str, steps: int = STEPS) -> float:
    """Seconds per step of ``train_all_points`` on ``n`` points on ``device``."""
    data = get_data_from_a_line(2.0, 1.0, n, device=device)
    train_all_points(data, 0.0, 1.0, 1e-4, 0.01, 1, MSE_loss)  # warm-up: kernels, allocator
    _synchronize(device)
    started = time.perf_counter()
    train_all_points(data, 0.0, 1.0, 1e-4, 0.01, steps, MSE_loss)
    _synchronize(device)
    seconds = (time.perf_counter() - started) / steps
    del data
    if device == "cuda":
        torch.cuda.empty_cache()
    return seconds


def run() -> dict[str, object]:
    """Per-step seconds on CPU and GPU for each size, or why the stage was skipped."""
    if not torch.cuda.is_available():
        return {"skipped": f"no CUDA device (torch {torch.__version__}, cuda build: {torch.version.cuda})"}
    rows = []
    for n in SIZES:
        cpu, gpu = time_training(n, "cpu"), time_training(n, "cuda")
        rows.append({"points": n, "cpu_s_per_step": cpu, "gpu_s_per_step": gpu, "speedup": cpu / gpu})
    return {"device": torch.cuda.get_device_name(0), "steps": STEPS, "rows": rows}
