"""``naba``: the worker, the one-process pipeline, and the tools around the topics.

    naba worker [--stages clean,extract,cluster]   a Faust worker running the agents
    naba process [IN.jsonl|-] [-o OUT.jsonl]       the same stages over a JSONL file
    naba produce IN.jsonl|-                        publish raw articles to news.raw
    naba tail [--topic enriched] [--max N]         follow a topic, one JSON record a line
    naba topics                                    create the topics up front
    naba tag-conll < tokens.txt                    IOB2 entity tags, one token a line

User mistakes end with a one-line message and a non-zero exit, never a traceback.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import os
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO, TextIO

if TYPE_CHECKING:
    from .settings import Settings

__all__ = ["main"]

EXIT_OK, EXIT_REJECTS, EXIT_USAGE = 0, 1, 2


class UserError(Exception):
    """A mistake the user can fix: printed as one line, exit status 2."""


def _fail(message: str) -> int:
    print(f"naba: {message}", file=sys.stderr)
    return EXIT_USAGE


# --- naba process ---


def _errors_path(out: str, given: str | None) -> Path:
    if given:
        return Path(given)
    if out == "-":
        return Path("naba-errors.jsonl")
    path = Path(out)
    return path.with_name(path.name.removesuffix(".jsonl") + ".errors.jsonl")


@contextlib.contextmanager
def _open(path: str, mode: str) -> Iterator[BinaryIO]:
    """``path`` opened in binary ``mode`` ("r" or "w"), ``-`` for stdin/stdout; a UserError
    in one line when it cannot be."""
    if path == "-":
        yield sys.stdin.buffer if mode == "r" else sys.stdout.buffer
        return
    try:
        handle = open(path, mode + "b")  # noqa: SIM115 - closed below
    except OSError as exc:
        verb = "read" if mode == "r" else "write"
        raise UserError(f"cannot {verb} {path}: {exc.strerror or exc}") from None
    with handle:
        yield handle


class _Errors:
    """The errors file, opened on the first reject (or at once when an older one is there,
    so that a run never leaves another run's rejects behind as its own)."""

    def __init__(self, path: Path) -> None:
        self.path, self.count = path, 0
        self._handle: BinaryIO | None = None
        if path.exists():
            self._open()

    def _open(self) -> None:
        try:
            self._handle = open(self.path, "wb")  # noqa: SIM115 - closed in close()
        except OSError as exc:
            raise UserError(f"cannot write the errors file {self.path}: {exc.strerror or exc}") from None

    def write(self, line: bytes) -> None:
        if self._handle is None:
            self._open()
        assert self._handle is not None
        self._handle.write(line + b"\n")
        self.count += 1

    def close(self) -> None:
        if self._handle is not None:
            self._handle.close()


def cmd_process(args: argparse.Namespace) -> int:
    from tqdm import tqdm

    from streams import LocalPipeline, StageError, encode
    from streams.deadletter import dead_letter

    pipeline = LocalPipeline()
    errors = _Errors(_errors_path(args.output, args.errors))
    accepted = 0
    start = time.perf_counter()
    show = not args.quiet and sys.stderr.isatty()
    try:
        with _open(args.input, "r") as src, _open(args.output, "w") as out:
            bar = tqdm(src, disable=not show, unit=" lines", file=sys.stderr, desc="naba process")
            for number, line in enumerate(bar, start=1):
                if not line.strip():
                    continue
                payload = line.rstrip(b"\r\n")
                try:
                    record = pipeline.process(payload)
                except StageError as exc:
                    letter = dead_letter(exc.stage, payload, kind=exc.kind, message=exc.message, topic=args.input, offset=number)
                    errors.write(encode(letter))
                    continue
                try:
                    out.write(encode(record) + b"\n")
                except OSError as exc:
                    raise UserError(f"cannot write {args.output}: {exc.strerror or exc}") from None
                accepted += 1
            bar.close()
    finally:
        errors.close()
    took = time.perf_counter() - start
    total = accepted + errors.count
    rate = total / took if took > 0 else 0.0
    where = f" (reasons in {errors.path})" if errors.count else ""
    print(
        f"naba process: {accepted} accepted, {errors.count} rejected{where}; {total} articles in {took:.2f}s, {rate:.1f} articles/s",
        file=sys.stderr,
    )
    return EXIT_REJECTS if args.strict and errors.count else EXIT_OK


# --- broker commands ---


def _settings() -> Settings:
    from .settings import Settings

    try:
        return Settings.from_env()
    except ValueError as exc:
        raise UserError(f"bad configuration: {exc}") from None


def _ensure_topics(settings: Settings, wait: float = 0.0) -> None:
    from .admin import BrokerUnavailable, ensure_topics

    deadline = time.monotonic() + wait
    while True:
        try:
            asyncio.run(ensure_topics(settings))
            return
        except BrokerUnavailable as exc:
            if time.monotonic() >= deadline:
                raise UserError(str(exc)) from None
            time.sleep(1.0)


def cmd_topics(args: argparse.Namespace) -> int:
    settings = _settings()
    _ensure_topics(settings, wait=args.wait)
    print(f"naba topics: {', '.join(settings.topic(n) for n in ('raw', 'clean', 'extracted', 'enriched', 'dlq'))} ready")
    return EXIT_OK


def cmd_worker(args: argparse.Namespace) -> int:
    if args.stages:
        os.environ["NABA_STAGES"] = args.stages
    settings = _settings()
    _ensure_topics(settings, wait=args.wait)
    from faust.worker import Worker

    from . import topology, web  # noqa: F401 - registers the agents and views
    from .app import app

    if "extract" in settings.stages:  # before the event loop: nothing waits on it yet
        from streams.extract import warm_up

        start = time.perf_counter()
        words = warm_up()
        print(f"naba worker: entity tagger warmed with {words:,} word types in {time.perf_counter() - start:.1f}s", file=sys.stderr)
    Worker(app, loglevel=args.loglevel or settings.log_level).execute_from_commandline()
    return EXIT_OK


async def _produce(settings: Settings, src: BinaryIO) -> int:
    import orjson
    from aiokafka import AIOKafkaProducer

    from streams.identity import article_id

    producer = AIOKafkaProducer(bootstrap_servers=settings.bootstrap, linger_ms=5)
    await producer.start()
    topic, sent = settings.topic("raw"), 0
    try:
        for line in src:
            payload = line.rstrip(b"\r\n")
            if not payload.strip():
                continue
            key = None
            with contextlib.suppress(orjson.JSONDecodeError, TypeError, AttributeError):
                url = orjson.loads(payload).get("url")
                if isinstance(url, str):
                    key = article_id(url).encode()
            await producer.send(topic, payload, key=key)
            sent += 1
        await producer.flush()
    finally:
        await producer.stop()
    return sent


def cmd_produce(args: argparse.Namespace) -> int:
    settings = _settings()
    _ensure_topics(settings)
    with _open(args.input, "r") as src:
        sent = asyncio.run(_produce(settings, src))
    print(f"naba produce: {sent} articles to {settings.topic('raw')}", file=sys.stderr)
    return EXIT_OK


async def _tail(settings: Settings, args: argparse.Namespace, out: TextIO) -> int:
    import orjson
    from aiokafka import AIOKafkaConsumer, TopicPartition

    topic = settings.topic(args.topic)
    consumer = AIOKafkaConsumer(bootstrap_servers=settings.bootstrap, enable_auto_commit=False)
    await consumer.start()
    seen = 0
    try:
        from .admin import topic_partitions

        parts = await topic_partitions(settings.bootstrap, topic)
        if not parts:
            raise UserError(f"topic {topic} does not exist (run `naba topics`)")
        tps = [TopicPartition(topic, p) for p in sorted(parts)]
        consumer.assign(tps)
        if args.from_beginning:
            await consumer.seek_to_beginning(*tps)
        else:
            await consumer.seek_to_end(*tps)
        deadline = time.monotonic() + args.timeout if args.timeout else None
        while args.max is None or seen < args.max:
            left = None if deadline is None else deadline - time.monotonic()
            if left is not None and left <= 0:
                break
            batch = await consumer.getmany(timeout_ms=int(min(left or 1.0, 1.0) * 1000))
            for records in batch.values():
                for rec in records:
                    value = rec.value or b""
                    if args.pretty:
                        with contextlib.suppress(orjson.JSONDecodeError):
                            value = orjson.dumps(orjson.loads(value), option=orjson.OPT_INDENT_2)
                    out.write(value.decode("utf-8", errors="replace") + "\n")
                    out.flush()
                    seen += 1
                    if args.max is not None and seen >= args.max:
                        return seen
    finally:
        await consumer.stop()
    return seen


def cmd_tail(args: argparse.Namespace) -> int:
    settings = _settings()
    seen = asyncio.run(_tail(settings, args, sys.stdout))
    if args.max is not None and seen < args.max:
        print(f"naba tail: {seen} of {args.max} records before the {args.timeout:g}s timeout", file=sys.stderr)
        return EXIT_REJECTS
    return EXIT_OK


def cmd_tag_conll(args: argparse.Namespace) -> int:
    from streams.extract.conll import tag_conll

    for line in tag_conll(sys.stdin):
        sys.stdout.write(line + "\n")
    return EXIT_OK


# --- the parser ---


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="naba", description="Raw Arabic news to structured events, on Kafka.")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    p = sub.add_parser("worker", help="run a Faust worker with the stage agents")
    p.add_argument("--stages", help="comma-separated stages to run (default: NABA_STAGES or all)")
    p.add_argument("-l", "--loglevel", help="log level (default: NABA_LOG_LEVEL or info)")
    p.add_argument("--wait", type=float, default=30.0, help="seconds to wait for the broker (default 30)")
    p.set_defaults(run=cmd_worker)

    p = sub.add_parser("process", help="run every stage in this process over a JSONL file of raw articles")
    p.add_argument("input", nargs="?", default="-", help="raw articles, one JSON object a line (- for stdin)")
    p.add_argument("-o", "--output", default="-", help="enriched records, one a line (default stdout)")
    p.add_argument("--errors", help="rejected lines with their reasons (default OUT.errors.jsonl)")
    p.add_argument("--strict", action="store_true", help="exit 1 when any line was rejected")
    p.add_argument("-q", "--quiet", action="store_true", help="no progress bar")
    p.set_defaults(run=cmd_process)

    p = sub.add_parser("produce", help="publish raw articles (JSONL) to news.raw, keyed by article id")
    p.add_argument("input", help="raw articles, one JSON object a line (- for stdin)")
    p.set_defaults(run=cmd_produce)

    p = sub.add_parser("tail", help="print a topic's records, one JSON a line")
    p.add_argument("--topic", default="enriched", help="raw, clean, extracted, enriched or dlq (default enriched)")
    p.add_argument("--from-beginning", action="store_true", help="start at the oldest record, not the newest")
    p.add_argument("-n", "--max", type=int, help="stop after this many records")
    p.add_argument("--timeout", type=float, default=0.0, help="stop after this many seconds (default: never)")
    p.add_argument("--pretty", action="store_true", help="indent the JSON")
    p.set_defaults(run=cmd_tail)

    p = sub.add_parser("topics", help="create Naba's topics with NABA_PARTITIONS partitions")
    p.add_argument("--wait", type=float, default=30.0, help="seconds to wait for the broker (default 30)")
    p.set_defaults(run=cmd_topics)

    p = sub.add_parser("tag-conll", help="tag tokens (one a line, blank between sentences) with IOB2 entity tags")
    p.set_defaults(run=cmd_tag_conll)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Entry point of the ``naba`` console script."""
    args = build_parser().parse_args(argv)
    try:
        return int(args.run(args) or 0)
    except UserError as exc:
        return _fail(str(exc))
    except KeyboardInterrupt:
        print("naba: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        with contextlib.suppress(OSError):
            sys.stdout.close()
        return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
