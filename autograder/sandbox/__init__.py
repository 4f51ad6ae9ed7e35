"""Running student code: the bubblewrap sandbox, its worker, and the channel between them.

``worker.py``, ``calls.py`` and ``wire.py`` are also copied, flat, into every sandbox.
"""
