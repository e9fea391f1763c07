"""Web views of a worker: health and per-stage counts (``/naba/stats/``)."""

from __future__ import annotations

from faust.web import Request, Response, View

from streams import __version__

from .app import app, settings
from .dlq import stats

__all__ = ["StatsView"]


@app.page("/naba/stats/")
class StatsView(View):
    """What this worker has forwarded and dead-lettered, per stage."""

    async def get(self, request: Request) -> Response:
        return self.json({"version": __version__, "stages": list(settings.stages), **stats.as_dict()})
