"""Rules: one module each, listed in :mod:`einfach.rules.registry`."""
