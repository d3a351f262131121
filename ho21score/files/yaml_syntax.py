"""libyaml's syntax errors worded in the language of the run: the common ones each have a
sentence of their own, keyed on the parser's problem (and, where one problem means two
things, its context); the rest get one general sentence, never the parser's English.
The problem code stays ``yaml.syntax`` whatever the sentence."""

from __future__ import annotations

from ho21score.i18n import Message, tr

SYNTAX_CODE = "yaml.syntax"

# libyaml's problem -> the catalogue's sentence
PROBLEMS = {
    "mapping values are not allowed in this context": "syntax.colon",
    "mapping keys are not allowed in this context": "syntax.colon",
    "found unexpected ':'": "syntax.colon",
    "could not find expected ':'": "syntax.no_colon",
    "found character that cannot start any token": "syntax.bad_start",
    "did not find expected ',' or ']'": "syntax.open_bracket",
    "did not find expected ',' or '}'": "syntax.open_brace",
    "did not find expected key": "syntax.indent_key",
    "did not find expected '-' indicator": "syntax.indent_item",
    "block sequence entries are not allowed in this context": "syntax.item_here",
    "found a tab character that violates indentation": "syntax.tab",
    "found a tab character where an indentation space is expected": "syntax.tab",
    "found unknown escape character": "syntax.escape",
    "found unexpected document indicator": "syntax.document_marker",
    "did not find expected node content": "syntax.no_value",
    "did not find expected comment or line break": "syntax.after_value",
}


def syntax_message(problem: str | None, context: str | None) -> Message:
    """The sentence for libyaml's ``problem`` (its ``context`` tells an open quote from an
    open bracket at the end of the file)."""
    if problem == "found unexpected end of stream":
        if context and "quoted scalar" in context:
            key = "syntax.open_quote"
        elif context and "flow" in context:
            key = "syntax.open_flow"
        else:
            key = "syntax.end"
    else:
        key = PROBLEMS.get(problem or "", "syntax.other")
    return Message(SYNTAX_CODE, tr(SYNTAX_CODE, detail=tr(key)))
