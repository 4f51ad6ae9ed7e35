"""Running student code: the bubblewrap sandbox, the zygote that forks it, its worker, and the channel between them.

``worker.py``, ``calls.py``, ``wire.py``, ``zygote.py``, ``isolate.py`` and ``seccomp.py`` are also
copied, flat, into every sandbox.
"""
