"""Configuration from the environment: every setting has a ``NABA_*`` variable."""

from __future__ import annotations

import os
from dataclasses import dataclass, field

__all__ = ["STAGE_NAMES", "TABLE_NAMES", "Settings"]

STAGE_NAMES = ("clean", "extract", "cluster")
TABLE_NAMES = ("boilerplate", "stories")


def _env(name: str, default: str) -> str:
    return os.environ.get(name, "").strip() or default


@dataclass(frozen=True, slots=True, kw_only=True)
class Settings:
    """What a worker, a producer or a follower needs to know; read with ``from_env``."""

    broker: str = "kafka://127.0.0.1:9092"  # NABA_BROKER
    app_id: str = "naba"  # NABA_APP_ID: the consumer group and internal topic prefix
    topic_prefix: str = ""  # NABA_TOPIC_PREFIX: put before news.raw etc. (e.g. "test-1.")
    partitions: int = 4  # NABA_PARTITIONS: of every topic Naba creates
    replication: int = 1  # NABA_REPLICATION
    stages: tuple[str, ...] = field(default=STAGE_NAMES)  # NABA_STAGES: comma-separated
    data_dir: str = ".naba-data"  # NABA_DATA_DIR: the worker's local state
    web_port: int = 6066  # NABA_WEB_PORT
    web_enabled: bool = True  # NABA_WEB: "0" to switch the web views off
    web_bind: str = "127.0.0.1"  # NABA_WEB_BIND: "0.0.0.0" in a container
    session_timeout: float = 10.0  # NABA_SESSION_TIMEOUT: seconds before a lost worker's partitions move
    log_level: str = "info"  # NABA_LOG_LEVEL

    @classmethod
    def from_env(cls) -> Settings:
        """Settings from ``NABA_*`` environment variables, defaults for the rest."""
        d = cls()
        stages = tuple(s.strip() for s in _env("NABA_STAGES", ",".join(STAGE_NAMES)).split(",") if s.strip())
        unknown = sorted(set(stages) - set(STAGE_NAMES))
        if unknown:
            raise ValueError(f"NABA_STAGES: unknown stage(s) {', '.join(unknown)}; known: {', '.join(STAGE_NAMES)}")
        return cls(
            broker=_env("NABA_BROKER", d.broker),
            app_id=_env("NABA_APP_ID", d.app_id),
            topic_prefix=os.environ.get("NABA_TOPIC_PREFIX", d.topic_prefix).strip(),
            partitions=int(_env("NABA_PARTITIONS", str(d.partitions))),
            replication=int(_env("NABA_REPLICATION", str(d.replication))),
            stages=stages,
            data_dir=_env("NABA_DATA_DIR", d.data_dir),
            web_port=int(_env("NABA_WEB_PORT", str(d.web_port))),
            web_enabled=_env("NABA_WEB", "1") not in ("0", "false", "no"),
            web_bind=_env("NABA_WEB_BIND", d.web_bind),
            session_timeout=float(_env("NABA_SESSION_TIMEOUT", str(d.session_timeout))),
            log_level=_env("NABA_LOG_LEVEL", d.log_level),
        )

    def topic(self, name: str) -> str:
        """The full name of a Naba topic (``raw`` → ``<prefix>news.raw``)."""
        return f"{self.topic_prefix}news.{name}"

    def changelog(self, table: str) -> str:
        """The changelog topic Faust keeps for ``table``."""
        return f"{self.app_id}-{table}-changelog"

    @property
    def leader_topic(self) -> str:
        """The one-partition topic Faust elects its leader with."""
        return f"{self.app_id}-__assignor-__leader"

    @property
    def bootstrap(self) -> str:
        """The broker list as aiokafka wants it (no ``kafka://``)."""
        return ",".join(u.split("://", 1)[-1] for u in self.broker.split(";") if u)
