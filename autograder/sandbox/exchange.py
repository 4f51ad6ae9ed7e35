"""Tensor arguments whose memory the grader keeps, so it sees for itself whether a call changed them.

A judged call's CPU tensors travel as sealed ``memfd`` files (their size cannot
change) whose descriptors go to the worker with the request; the worker maps
them, so the student's function works on that very memory. After the reply the
grader reads each file back through its own descriptor. Whatever student code
writes on the reply channel, ``args_after`` therefore comes from the grader's
own reading: it cannot be forged. Numbers, devices and trusted callables are
immutable and come back as they went.
"""

from __future__ import annotations

import fcntl
import os
from dataclasses import dataclass, field
from typing import Any

import torch

from autograder.sandbox import wire

_SEALS = getattr(fcntl, "F_SEAL_SHRINK", 0x0002) | getattr(fcntl, "F_SEAL_GROW", 0x0004) | getattr(fcntl, "F_SEAL_SEAL", 0x0001)
_ADD_SEALS = getattr(fcntl, "F_ADD_SEALS", 1033)


@dataclass
class SharedArgs:
    """Encoded arguments plus the descriptors the grader keeps to read them back."""

    args: Any
    kwargs: Any
    fds: list[int] = field(default_factory=list)
    _slots: dict[int, tuple[int, torch.Tensor]] = field(default_factory=dict)

    def after(self, args: tuple[Any, ...], kwargs: dict[str, Any]) -> tuple[tuple[Any, ...], dict[str, Any]]:
        """The arguments as they are now: shared tensors read from the grader's own descriptors."""
        values = list(args) + list(kwargs.values())
        now = [self._read(self._slots[i]) if i in self._slots else v for i, v in enumerate(values)]
        return tuple(now[:len(args)]), dict(zip(kwargs, now[len(args):]))

    @staticmethod
    def _read(slot: tuple[int, torch.Tensor]) -> Any:
        fd, original = slot
        size = original.numel() * original.element_size()
        raw = os.pread(fd, size, 0)
        if len(raw) != size:
            return wire.Opaque("torch.Tensor", "<memoria del argumento alterada>")
        return torch.frombuffer(bytearray(raw), dtype=original.dtype).reshape(original.shape).clone()

    def close(self) -> None:
        for fd in self.fds:
            try:
                os.close(fd)
            except OSError:
                pass
        self.fds.clear()


def _shareable(value: Any) -> bool:
    return (type(value) is torch.Tensor and value.device.type == "cpu" and value.layout == torch.strided
            and value.numel() > 0 and value.dtype in wire._DTYPE_NAMES)


def _memfd(tensor: torch.Tensor) -> int:
    fd = os.memfd_create("argumento", os.MFD_CLOEXEC | os.MFD_ALLOW_SEALING)
    data = torch.Tensor.contiguous(tensor.detach()).reshape(-1).view(torch.uint8).numpy().tobytes()
    os.write(fd, data)
    fcntl.fcntl(fd, _ADD_SEALS, _SEALS)
    return fd


def share(args: tuple[Any, ...], kwargs: dict[str, Any]) -> SharedArgs:
    """Encode a call's arguments; top-level CPU tensors go into sealed memfds."""
    shared = SharedArgs(None, None)
    encoded = []
    for index, value in enumerate(list(args) + list(kwargs.values())):
        if _shareable(value):
            fd = _memfd(value)
            shared._slots[index] = (fd, value)
            encoded.append({"__shared__": {"dtype": wire._DTYPE_NAMES[value.dtype], "shape": list(value.shape),
                                           "fd": len(shared.fds), "requires_grad": bool(value.requires_grad)}})
            shared.fds.append(fd)
        else:
            encoded.append(wire.encode(value))
    shared.args = encoded[:len(args)]
    shared.kwargs = {"__dict__": [[k, v] for k, v in zip(kwargs, encoded[len(args):])]}
    return shared
