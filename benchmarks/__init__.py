"""Ghostless benchmarks: start-up and filter-as-you-type on a generated 30,000-loop store.

Run with ``make bench`` (``QT_QPA_PLATFORM=offscreen python -m benchmarks``). They
report figures against their goals and never fail the build.
"""
