"""Naba's Kafka-free core: the records, and each stage as plain functions."""

import logging

from .errors import Reject
from .pipeline import STAGES, LocalPipeline, StageError
from .records import decode, encode

__all__ = ["STAGES", "LocalPipeline", "Reject", "StageError", "decode", "encode"]
__version__ = "0.1.0"

logging.getLogger("streams").addHandler(logging.NullHandler())
