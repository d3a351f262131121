"""ho21score: rank the HelseOmsorg21 council's candidate measures by its own criteria."""

__version__ = "0.1.0"
