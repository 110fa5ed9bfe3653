"""Helpers for ``benchmarks/run.py``: processes, environments, load, browser, report."""
