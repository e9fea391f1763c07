"""The naba command line, run as a user runs it: a subprocess, exit codes and messages."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import orjson
import pytest

from agents.settings import Settings
from streams.schemas import validator

REPO = Path(__file__).resolve().parents[2]


def naba(*args: str, stdin: bytes = b"", env: dict[str, str] | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "agents.cli", *args],
        input=stdin, capture_output=True, check=False, cwd=REPO, timeout=120, env={**os.environ, **(env or {})},
    )


def test_process_writes_one_schema_valid_record_for_the_seed(tmp_path: Path, seed_line: bytes) -> None:
    src = tmp_path / "seed.jsonl"
    src.write_bytes(seed_line + b"\n")
    out = tmp_path / "out.jsonl"
    done = naba("process", str(src), "-o", str(out))
    assert done.returncode == 0, done.stderr
    lines = out.read_bytes().splitlines()
    assert len(lines) == 1
    assert not list(validator("naba.enriched/1").iter_errors(orjson.loads(lines[0])))
    assert b"1 accepted, 0 rejected" in done.stderr
    assert not (tmp_path / "out.errors.jsonl").exists()


def test_process_reports_a_rejected_line_with_its_reason_and_no_traceback(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    done = naba("process", "-", "-o", str(out), stdin=b"not json\n")
    assert done.returncode == 0
    assert b"0 accepted, 1 rejected" in done.stderr and b"Traceback" not in done.stderr
    (letter,) = [orjson.loads(x) for x in (tmp_path / "out.errors.jsonl").read_bytes().splitlines()]
    assert letter["error"]["kind"] == "not_json" and letter["value"] == "not json" and letter["offset"] == 1


def test_process_strict_exits_non_zero_on_rejects(tmp_path: Path, seed_line: bytes) -> None:
    done = naba("process", "-", "-o", str(tmp_path / "o.jsonl"), "--strict", stdin=seed_line + b"\n{}\n")
    assert done.returncode == 1
    assert b"1 accepted, 1 rejected" in done.stderr


def test_process_keeps_going_past_bad_lines_and_counts_them(tmp_path: Path, seed_line: bytes) -> None:
    stdin = b"\n".join([b"[]", seed_line, b"\xff\xfe", b"", b'{"url": "https://a.b/c", "body": "x", "content_type": "pdf"}'])
    errors = tmp_path / "rejects.jsonl"
    done = naba("process", "-", "-o", str(tmp_path / "o.jsonl"), "--errors", str(errors), stdin=stdin)
    assert done.returncode == 0
    kinds = [orjson.loads(x)["error"]["kind"] for x in errors.read_bytes().splitlines()]
    assert kinds == ["schema", "not_json", "schema"]
    assert len((tmp_path / "o.jsonl").read_bytes().splitlines()) == 1


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (("process", "/no/such/file.jsonl", "-o", "/tmp/x.jsonl"), b"cannot read /no/such/file.jsonl"),
        (("process", "-", "-o", "/no/such/dir/out.jsonl"), b"cannot write /no/such/dir/out.jsonl"),
    ],
)
def test_unreadable_input_or_unwritable_output_is_one_line_and_exit_2(args: tuple[str, ...], says: bytes) -> None:
    done = naba(*args)
    assert done.returncode == 2
    assert done.stderr.strip().startswith(b"naba: ") and says in done.stderr
    assert b"Traceback" not in done.stderr and len(done.stderr.strip().splitlines()) == 1


def test_a_broker_that_does_not_answer_is_one_line_and_exit_2(tmp_path: Path) -> None:
    done = naba("topics", "--wait", "0", env={"NABA_BROKER": "kafka://127.0.0.1:1"})
    assert done.returncode == 2 and b"no Kafka broker answers" in done.stderr and b"Traceback" not in done.stderr


def test_bad_configuration_is_one_line_and_exit_2() -> None:
    done = naba("topics", env={"NABA_STAGES": "clean,dance"})
    assert done.returncode == 2 and b"unknown stage(s) dance" in done.stderr and b"Traceback" not in done.stderr


def test_settings_come_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NABA_BROKER", "kafka://kafka:9093")
    monkeypatch.setenv("NABA_TOPIC_PREFIX", "staging.")
    monkeypatch.setenv("NABA_PARTITIONS", "12")
    monkeypatch.setenv("NABA_STAGES", "extract")
    settings = Settings.from_env()
    assert settings.bootstrap == "kafka:9093" and settings.partitions == 12
    assert settings.topic("raw") == "staging.news.raw" and settings.stages == ("extract",)


def test_a_worker_runs_only_the_stages_it_is_given() -> None:
    code = "from agents import topology; from agents.app import app; print(' '.join(sorted(app.agents)))"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, check=False, cwd=REPO, timeout=60,
                          env={**os.environ, "NABA_STAGES": "extract"})
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == [b"naba.extract"]


def test_tag_conll_writes_one_tag_per_token_and_keeps_sentence_breaks() -> None:
    tokens = ["وصل", "الرئيس", "فلاديمير", "بوتين", "إلى", "موسكو", "", "قال", "المتحدث"]
    done = naba("tag-conll", stdin=("\n".join(tokens) + "\n").encode())
    assert done.returncode == 0, done.stderr
    lines = done.stdout.decode().split("\n")[: len(tokens)]
    assert [line.split("\t")[0] for line in lines] == tokens
    tags = [line.split("\t")[1] for line in lines if line]
    assert all(t == "O" or t[:2] in ("B-", "I-") and t[2:] in ("PERS", "ORG", "LOC", "MISC") for t in tags)
    assert lines[6] == ""


def test_a_clean_run_empties_the_errors_file_an_earlier_run_left(tmp_path: Path, seed_line: bytes) -> None:
    out = tmp_path / "out.jsonl"
    naba("process", "-", "-o", str(out), stdin=b"not json\n")
    assert (tmp_path / "out.errors.jsonl").read_bytes()
    done = naba("process", "-", "-o", str(out), stdin=seed_line + b"\n")
    assert done.returncode == 0 and (tmp_path / "out.errors.jsonl").read_bytes() == b""
