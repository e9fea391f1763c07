"""Shared fixtures: the seed article as a scraper hands it over."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(__import__("os").environ.get("NABA_SHARED", REPO.parent / "shared"))
SEED_RAW = SHARED / "seed" / "seed-raw.jsonl"


@pytest.fixture(scope="session")
def seed_line() -> bytes:
    """The seed article, one raw JSON line."""
    if not SEED_RAW.exists():
        pytest.fail(f"the seed is missing: {SEED_RAW} (set NABA_SHARED to the shared/ folder)")
    return SEED_RAW.read_bytes().splitlines()[0]
