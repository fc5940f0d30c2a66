"""Synthetic demo inbox: Dutch municipal correspondence in every format ingest reads."""
