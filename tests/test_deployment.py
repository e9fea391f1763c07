"""docker-compose.yml and the Dockerfile, checked by construction (no Docker engine here)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from agents.cli import build_parser
from agents.settings import Settings

REPO = Path(__file__).resolve().parents[1]
KNOWN_VARS = {"NABA_" + name.upper() for name in Settings.__dataclass_fields__} | {
    "NABA_BROKER", "NABA_WEB", "NABA_STAGES", "NABA_APP_ID", "NABA_TOPIC_PREFIX"
}


@pytest.fixture(scope="module")
def compose() -> dict:
    return yaml.safe_load((REPO / "docker-compose.yml").read_text("utf-8"))


def test_compose_runs_kafka_in_kraft_mode_from_the_official_image(compose: dict) -> None:
    kafka = compose["services"]["kafka"]
    assert kafka["image"].startswith("apache/kafka:4.")
    env = kafka["environment"]
    assert env["KAFKA_PROCESS_ROLES"] == "broker,controller"
    assert env["KAFKA_CONTROLLER_QUORUM_VOTERS"].startswith(f"{env['KAFKA_NODE_ID']}@")
    assert "CONTROLLER" in env["KAFKA_LISTENERS"] and "healthcheck" in kafka


def test_topics_are_created_before_the_workers_start(compose: dict) -> None:
    worker = compose["services"]["worker"]
    assert worker["depends_on"]["topics"]["condition"] == "service_completed_successfully"
    assert compose["services"]["topics"]["depends_on"]["kafka"]["condition"] == "service_healthy"


@pytest.mark.parametrize("service", ["topics", "worker"])
def test_naba_services_run_real_commands_with_known_settings(compose: dict, service: str) -> None:
    spec = compose["services"][service]
    build_parser().parse_args(spec["command"])  # exits on an unknown command or flag
    assert set(spec["environment"]) <= KNOWN_VARS
    assert spec["environment"]["NABA_BROKER"] == "kafka://kafka:9092"


def test_dockerfile_copies_what_exists_and_runs_naba() -> None:
    text = (REPO / "Dockerfile").read_text("utf-8")
    for line in re.findall(r"^COPY (.+)$", text, flags=re.MULTILINE):
        for source in line.split()[:-1]:
            assert (REPO / source).exists(), source
    assert 'ENTRYPOINT ["naba"]' in text
