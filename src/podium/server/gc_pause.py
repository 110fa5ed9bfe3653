"""Pausing Python's cyclic garbage collector while a large output is built.

Turning a 100,000 x 20 table into wire rows allocates hundreds of thousands of lists;
each few hundred allocations trigger a collection, and the older generations get
traversed again and again (2 million cells each time): over half the cost of copying
the rows. None of those lists form cycles, so nothing is lost by collecting once, after.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def gc_paused() -> Iterator[None]:
    was_enabled = gc.isenabled()  # someone else may have turned it off: leave it off then
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
