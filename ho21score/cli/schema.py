"""ho21score schema: the JSON Schema of a measure file, for editor completion."""

from __future__ import annotations

import typer

from ho21score.cli.common import DEFAULT_CRITERIA, CriteriaOpt, LangOpt, load_criteria_only


def schema(criteria: CriteriaOpt = DEFAULT_CRITERIA, lang: LangOpt = None) -> None:
    """Print the JSON Schema (draft 2020-12) of a measure file, from the criteria in use."""
    from ho21score.files.jsonschema import schema_text

    typer.echo(schema_text(load_criteria_only(criteria)), nl=False)
