"""gc_paused: no cyclic collection inside, the collector's previous state restored after."""

from __future__ import annotations

import gc

import pytest

from podium.server.gc_pause import gc_paused


def test_collector_is_off_inside_and_back_on_after_even_on_error() -> None:
    assert gc.isenabled()
    with pytest.raises(RuntimeError), gc_paused():
        assert not gc.isenabled()
        raise RuntimeError("postprocess failed")
    assert gc.isenabled()


def test_a_collector_turned_off_by_the_app_stays_off() -> None:
    gc.disable()
    try:
        with gc_paused():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()
