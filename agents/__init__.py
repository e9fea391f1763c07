"""Naba's Faust app: topics, one agent per stage, the DLQ, web views and the CLI."""

__all__: list[str] = []
