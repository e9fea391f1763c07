"""The stage registry: versioned names to pure stage functions, shared by the agents and
``naba process``; and ``LocalPipeline``, the whole flow in one process."""

from __future__ import annotations

import dataclasses
import time
from collections.abc import Callable, MutableMapping
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

from .clean import clean_article
from .cluster import VERSION as CLUSTER_VERSION
from .cluster import cluster_article
from .errors import Reject
from .extract import extract_article
from .intake import parse_raw
from .records import EnrichedArticle

__all__ = ["STAGES", "LocalPipeline", "Stage", "StageError"]

In = TypeVar("In")
Out = TypeVar("Out")


@dataclass(frozen=True, slots=True)
class Stage(Generic[In, Out]):
    """A named, versioned stage; calling it stamps its version and timing on the record."""

    name: str
    version: str
    fn: Callable[..., Out]

    def __call__(self, record: In, **state: Any) -> Out:
        start = time.perf_counter()
        out = self.fn(record, **state)
        took = (time.perf_counter() - start) * 1000
        stamped = out.pipeline.stamped(self.name, self.version, took)  # type: ignore[attr-defined]
        return dataclasses.replace(out, pipeline=stamped)  # type: ignore[type-var]


STAGES: dict[str, Stage[Any, Any]] = {
    "clean": Stage("clean", "clean.v1", clean_article),
    "extract": Stage("extract", "extract.v1", extract_article),
    "cluster": Stage("cluster", CLUSTER_VERSION, cluster_article),
}


class StageError(Exception):
    """A rejected or failed record in ``LocalPipeline``, with the stage that gave up."""

    def __init__(self, stage: str, kind: str, message: str) -> None:
        super().__init__(f"{stage}: {kind}: {message}")
        self.stage, self.kind, self.message = stage, kind, message


@dataclass
class LocalPipeline:
    """raw bytes → enriched record, in one process: the same stages the workers run, with
    the per-source and per-content state in plain dicts."""

    boilerplate: MutableMapping[str, Any] = field(default_factory=dict)
    stories: MutableMapping[str, str] = field(default_factory=dict)

    def process(self, payload: bytes | str) -> EnrichedArticle:
        """One raw article through every stage; ``StageError`` when one rejects or fails."""
        stage = "intake"
        try:
            raw = parse_raw(payload)
            stage = "clean"
            clean = STAGES["clean"](raw, memory=self.boilerplate)
            stage = "extract"
            extracted = STAGES["extract"](clean)
            stage = "cluster"
            return STAGES["cluster"](extracted, seen=self.stories)
        except Reject as exc:
            raise StageError(stage, exc.kind, exc.message) from exc
        except Exception as exc:  # a crash on one input must not stop the run
            raise StageError(stage, "crash", f"{type(exc).__name__}: {exc}") from exc
