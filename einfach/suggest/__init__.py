"""Builders for concrete suggestions: rewritten sentences and word forms."""
