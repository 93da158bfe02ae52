"""Termination signals as exceptions, so an interrupted run unwinds like Ctrl-C.

Python turns SIGINT into :class:`KeyboardInterrupt`; SIGTERM (a CI job
cancelled or timed out) and SIGHUP (the terminal closed) would kill the
process on the spot, leaving half-written files and orphaned workers. Inside
:func:`signal_handlers` they raise :class:`Interrupted`, a
``KeyboardInterrupt`` subclass, so every ``try``/``finally`` runs (the
temporary report is removed, worker pools are shut down) and no
``except Exception`` swallows it. The CLI then exits with 128 + the signal
number, as shells report a process killed by it: 130, 143, 129.
"""
from __future__ import annotations

import contextlib
import signal
import threading


class Interrupted(KeyboardInterrupt):
    """SIGTERM or SIGHUP received while running (SIGINT raises KeyboardInterrupt itself)."""

    def __init__(self, signum: int):
        super().__init__(signum)
        self.signum = signum


def _raise_interrupted(signum, frame):
    raise Interrupted(signum)


@contextlib.contextmanager
def signal_handlers():
    """SIGTERM and SIGHUP raise :class:`Interrupted` in the block (main thread only; restored after).

    A signal the parent set to be ignored (``nohup``) stays ignored.
    """
    saved = {}
    if threading.current_thread() is threading.main_thread():
        for name in ("SIGTERM", "SIGHUP"):
            sig = getattr(signal, name, None)
            if sig is not None and signal.getsignal(sig) in (signal.SIG_DFL, None):
                saved[sig] = signal.signal(sig, _raise_interrupted)
    try:
        yield
    finally:
        for sig, handler in saved.items():
            signal.signal(sig, handler)


def signal_number(exc: KeyboardInterrupt) -> int:
    """The signal behind an interrupt: its own for :class:`Interrupted`, SIGINT otherwise."""
    return getattr(exc, "signum", signal.SIGINT)
