"""``naba worker`` with fault injection: after a rebalance, the seek back to committed offsets
takes two seconds longer, as on a slow broker. It widens the window between the stream
partitions' resume and the flow's, where records fetched could be emptied out with the
agents' queues and never fetched again."""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from faust.transport.consumer import Consumer

SLOWER = 2.0
_perform_seek = Consumer.perform_seek


async def perform_seek(self: Consumer) -> None:
    await asyncio.sleep(SLOWER)
    await _perform_seek(self)


Consumer.perform_seek = perform_seek  # type: ignore[method-assign]

if __name__ == "__main__":
    from agents.cli import main

    sys.exit(main(["worker"]))
