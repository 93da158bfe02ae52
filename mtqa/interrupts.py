"""Termination signals as exceptions, so an interrupted run unwinds like Ctrl-C.

Python turns SIGINT into :class:`KeyboardInterrupt`; SIGTERM (a CI job
cancelled or timed out) and SIGHUP (the terminal closed) would kill the
process on the spot, leaving half-written files and orphaned workers. Inside
:func:`signal_handlers` they raise :class:`Interrupted`, a
``KeyboardInterrupt`` subclass, so every ``try``/``finally`` runs (the
temporary report is removed, worker pools are shut down) and no
``except Exception`` swallows it. The CLI then exits with 128 + the signal
number, as shells report a process killed by it: 130, 143, 129.

A signal is also *recorded* when it arrives: an exception raised at an
unlucky moment (inside a finaliser or a callback, where Python only prints
"Exception ignored") would otherwise be lost and the run would finish as if
nothing happened. :func:`raise_if_received` is asked before a report is
renamed into place and when the command returns, so a recorded signal
always ends the run with its exit code and leaves the previous report.
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


_RECEIVED: list[int] = []
"""Signals received inside :func:`signal_handlers` (the first one decides the exit code)."""


def _raise_interrupted(signum, frame):
    _RECEIVED.append(signum)
    raise Interrupted(signum)


def raise_if_received() -> None:
    """Raise :class:`Interrupted` if a signal arrived in the block, even if its first exception was lost."""
    if _RECEIVED:
        raise Interrupted(_RECEIVED[0])


@contextlib.contextmanager
def signal_handlers():
    """SIGTERM and SIGHUP raise :class:`Interrupted` in the block (main thread only; restored after).

    A signal the parent set to be ignored (``nohup``) stays ignored.
    """
    saved = {}
    _RECEIVED.clear()
    if threading.current_thread() is threading.main_thread():
        for name in ("SIGTERM", "SIGHUP", "SIGINT"):
            sig = getattr(signal, name, None)
            default = signal.default_int_handler if name == "SIGINT" else signal.SIG_DFL
            if sig is not None and signal.getsignal(sig) in (default, None):
                saved[sig] = signal.signal(sig, _raise_interrupted)
    try:
        yield
    finally:
        for sig, handler in saved.items():
            signal.signal(sig, handler)


def signal_number(exc: KeyboardInterrupt) -> int:
    """The signal behind an interrupt: its own for :class:`Interrupted`, SIGINT otherwise."""
    return getattr(exc, "signum", signal.SIGINT)
