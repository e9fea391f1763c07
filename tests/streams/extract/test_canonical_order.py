"""unify_people picks the same full name whatever the hash seed (it once followed set order)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from streams.extract.canonical import Mention, unify_people

ROOT = Path(__file__).resolve().parents[3]
# Two equally long full names both contain the short one; the earlier in the text wins.
SCRIPT = """
from streams.extract.canonical import Mention, unify_people
ms = [Mention("PERS", 0, 2, key=("محمد", "علي")), Mention("PERS", 5, 7, key=("علي", "حسن")),
      Mention("PERS", 9, 10, key=("علي",))]
unify_people([], ms)
print(ms[2].canonical)
"""


def test_the_earliest_of_equally_long_names_wins() -> None:
    ms = [Mention("PERS", 5, 7, key=("علي", "حسن")), Mention("PERS", 0, 2, key=("محمد", "علي")),
          Mention("PERS", 9, 10, key=("علي",))]
    unify_people([], ms)
    assert ms[2].canonical == "محمد علي"


def test_the_choice_is_the_same_under_every_hash_seed() -> None:
    seen = set()
    for seed in range(4):
        env = {**os.environ, "PYTHONHASHSEED": str(seed), "PYTHONPATH": str(ROOT)}
        out = subprocess.run([sys.executable, "-c", SCRIPT], env=env, capture_output=True, text=True, check=True)
        seen.add(out.stdout.strip())
    assert seen == {"محمد علي"}
