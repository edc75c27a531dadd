"""Library version; hatch reads it at build time."""

__version__ = "0.1.0"
