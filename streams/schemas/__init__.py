"""The published JSON Schemas of Naba's input and output, shipped as package data."""

from __future__ import annotations

import functools
import json
from importlib import resources
from typing import Any

from jsonschema import Draft202012Validator

__all__ = ["schema", "validator"]

FILES = {"naba.raw/1": "naba.raw-1.json", "naba.enriched/1": "naba.enriched-1.json"}


@functools.cache
def schema(name: str) -> dict[str, Any]:
    """The JSON Schema named ``name`` (``naba.raw/1``, ``naba.enriched/1``)."""
    return json.loads(resources.files(__name__).joinpath(FILES[name]).read_text("utf-8"))


@functools.cache
def validator(name: str) -> Draft202012Validator:
    """A compiled validator for the schema named ``name``."""
    return Draft202012Validator(schema(name))
