"""The criteria in use: read from criteria.yaml, checked, and turned into the core's records
(docs/file-formats.md).

Nothing here knows the four HO21 criteria: everything comes from the file.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Protocol

from ho21score.core.criteria import Criteria, Criterion, Part
from ho21score.files.schema import CriteriaFile, CriterionFile, PartFile
from ho21score.files.source import SourceFile, read_yaml
from ho21score.files.validation import check_shape
from ho21score.files.yamlchars import Pos
from ho21score.files.yamlread import Document, KeyPath
from ho21score.i18n import Message, message
from ho21score.problems import Level, Problem


class _Add(Protocol):
    def __call__(self, pos: Pos, what: Message, level: Level = Level.ERROR, /) -> None: ...
KEY_PATTERN = re.compile(r"[a-zæøå0-9][a-zæøå0-9_-]*\Z")


def load_criteria(path: Path) -> tuple[Criteria | None, list[Problem]]:
    source, problems = read_yaml(path)
    return criteria_from(source, problems)


def criteria_from(
    source: SourceFile, problems: list[Problem]
) -> tuple[Criteria | None, list[Problem]]:
    """The criteria of a file as read (``problems`` are those of reading it)."""
    if source.document is None:
        return None, problems
    parsed, shape_problems, _ = check_shape(CriteriaFile, source.document, source.display)
    problems += shape_problems
    if parsed is None:
        return None, problems
    checks = _check(parsed, source.document, source.display)
    problems += checks
    if any(p.level is Level.ERROR for p in problems):
        return None, problems
    return build(parsed), problems


def build(parsed: CriteriaFile) -> Criteria:
    criteria = []
    for ckey, spec in parsed.criteria.items():
        name = spec.name or ckey
        if spec.parts:
            parts = tuple(
                _built_part(f"{ckey}.{pkey}", ckey, part.name or pkey, part.weight, part)
                for pkey, part in spec.parts.items()
            )
        else:
            parts = (_built_part(ckey, ckey, name, 1.0, spec),)
        criteria.append(
            Criterion(
                ckey,
                name,
                spec.weight,
                spec.question,
                parts,
                has_parts=bool(spec.parts),
                name_en=spec.name_en,
                question_en=spec.question_en,
            )
        )
    return Criteria(
        parts=tuple(p for c in criteria for p in c.parts),
        minimum=parsed.scale.min,
        maximum=parsed.scale.max,
        criteria=tuple(criteria),
        areas=dict(parsed.areas),
        iqr=parsed.disagreement.iqr,
        min_raters=parsed.min_raters,
    )


def _built_part(
    key: str, criterion: str, name: str, weight: float, spec: PartFile | CriterionFile
) -> Part:
    return Part(
        key,
        criterion,
        name,
        weight,
        spec.question,
        dict(spec.anchors),
        dict(spec.levels) if spec.levels else None,
        spec.name_en,
        spec.question_en,
        dict(spec.anchors_en),
    )


def _check(parsed: CriteriaFile, doc: Document, display: str) -> list[Problem]:
    problems: list[Problem] = []

    def add(pos: Pos, what: Message, level: Level = Level.ERROR, /) -> None:
        problems.append(Problem.at(display, pos, what, level))

    lo, hi = parsed.scale.min, parsed.scale.max
    if lo >= hi:
        add(doc.value_pos(("skala",)), message("criteria.bad_scale", min=lo, max=hi))
        return problems
    if sum(c.weight for c in parsed.criteria.values()) <= 0:
        add(doc.value_pos(("kriterier",)), message("criteria.zero_weights"))
    for key in parsed.areas:
        _check_key(key, ("satsingsområder", key), doc, add)
    for ckey, spec in parsed.criteria.items():
        base: KeyPath = ("kriterier", ckey)
        _check_key(ckey, base, doc, add)
        _check_scorable(spec, base, lo, hi, doc, add)
        if spec.parts:
            if spec.levels:
                add(doc.key_pos((*base, "nivåer")), message("criteria.levels_with_parts"))
            if sum(p.weight for p in spec.parts.values()) <= 0:
                add(doc.value_pos((*base, "deler")), message("criteria.zero_weights"))
            for pkey, part in spec.parts.items():
                path: KeyPath = (*base, "deler", pkey)
                _check_key(pkey, path, doc, add)
                _check_scorable(part, path, lo, hi, doc, add)
    return problems


def _check_key(key: str, path: KeyPath, doc: Document, add: _Add) -> None:
    if not KEY_PATTERN.match(key):
        add(doc.key_pos(path), message("criteria.bad_key", key=key))


def _check_scorable(
    spec: PartFile | CriterionFile, path: KeyPath, lo: int, hi: int, doc: Document, add: _Add
) -> None:
    for field, anchors in (("ankere", spec.anchors), ("ankere_en", spec.anchors_en)):
        for anchor in anchors:
            if not lo <= anchor <= hi:
                add(
                    doc.key_pos((*path, field, anchor)),
                    message("criteria.anchor_off_scale", value=anchor, scale=f"{lo}–{hi}"),
                )
    if spec.anchors_en and set(spec.anchors_en) != set(spec.anchors):
        scores = ", ".join(str(n) for n in sorted(spec.anchors))
        add(
            doc.key_pos((*path, "ankere_en")),
            message("criteria.anchors_en_differ", scores=scores or "–"),
            Level.WARNING,
        )
    for level, value in (spec.levels or {}).items():
        if not lo <= value <= hi:
            add(
                doc.value_pos((*path, "nivåer", level)),
                message("criteria.level_off_scale", level=level, value=value, scale=f"{lo}–{hi}"),
                Level.ERROR,
            )
    # after a change of scale, levels and anchors that stop short of its ends are loud
    ends = f"{lo}–{hi}"
    values = list((spec.levels or {}).values())
    if values and all(lo <= v <= hi for v in values) and (min(values), max(values)) != (lo, hi):
        found = f"{min(values)}–{max(values)}"
        short = message("criteria.levels_short", found=found, scale=ends)
        add(doc.key_pos((*path, "nivåer")), short, Level.WARNING)
    if spec.anchors and max(spec.anchors) < hi:
        short = message("criteria.anchors_short", top=max(spec.anchors), scale=ends)
        add(doc.key_pos((*path, "ankere")), short, Level.WARNING)
