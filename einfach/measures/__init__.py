"""Pure measuring functions: numbers about words and sentences, no judgement.

Rules in :mod:`einfach.rules` compare these numbers with a profile's thresholds.
"""
