"""Abundance measures, maps, charts and reports for commissioners."""
