"""Dagster code location over the `redaction` library: assets, resources, jobs. No detection logic."""
