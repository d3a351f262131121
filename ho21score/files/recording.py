"""Recording a rating or a decision in a measure file: lock the folder, find the file,
refuse what must be refused, insert the entry (see ``insertion``), prove the result,
write it atomically.

Every edit runs inside ``editing(folder)``: the folder's edit lock is held from reading
the file (``open_measure``) to the rename (``save``), so two edits at the same moment
run one after the other and neither is lost.

A replaced rating (``save_replacement``) changes only what was named: each named part's
value is set where it stands, a part or key not in the rating yet is added beside its
neighbours, and every other character of the file stays. The result must read back as
the old data with exactly that rating changed, and that rating as the old one with only
the named parts (and the date or comment, if given) changed.
"""

from __future__ import annotations

import copy
import datetime as dt
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NamedTuple

from ho21score.core.criteria import Criteria
from ho21score.core.measure import Measure
from ho21score.core.ratings import Score
from ho21score.files import insertion as lines
from ho21score.files.atomic import FileChangedError, LockTimeout, edit_lock, write_atomic
from ho21score.files.insertion import (
    EditError,
    Entry,
    append,
    as_data,
    check,
    flow,
    replace,
    scalar,
)
from ho21score.files.measure_file import measure_from
from ho21score.files.scores import ScoreError, parse_score, read_block, whole_criterion_score
from ho21score.files.source import (
    BOM,
    SourceFile,
    display_path,
    measure_id,
    measure_paths,
    parse_yaml,
    read_yaml,
)
from ho21score.files.yamlread import Document, KeyPath, YamlSyntaxError, load
from ho21score.i18n import message, suggest, tr
from ho21score.problems import InputError, Problem

RATINGS = "vurderinger"
# the order of a rating's keys, as the tool writes them
RATING_KEYS = ("vurdert_av", "runde", "dato", "poeng", "kommentar")

_held: set[Path] = set()  # folders whose edit lock this process holds


@contextmanager
def editing(folder: Path) -> Iterator[None]:
    """Hold the edit lock of ``folder`` for a whole edit: open, refuse, insert, prove,
    write. Refused (``InputError``) when another edit keeps the lock too long."""
    stack = ExitStack()
    shown = display_path(folder)
    try:
        stack.enter_context(edit_lock(folder))
    except LockTimeout as exc:
        raise InputError(
            message("edit.locked", folder=shown, lock=display_path(exc.lock))
        ) from None
    except OSError as exc:
        raise InputError(
            message("edit.lock_failed", folder=shown, reason=exc.strerror or exc)
        ) from None
    key = folder.resolve()
    with stack:
        _held.add(key)
        try:
            yield
        finally:
            _held.discard(key)


def _must_hold_lock(path: Path) -> None:
    if path.parent.resolve() not in _held:
        raise AssertionError(f"{path} written without the edit lock of its folder")


@dataclass(frozen=True)
class Target:
    """A measure file as read for editing."""

    source: SourceFile
    text: str
    measure: Measure


def open_measure(measures_dir: Path, ident: str, criteria: Criteria) -> Target:
    """The measure ``ident``, read with positions; refused if it has any problem."""
    path = measures_dir / f"{ident}.yaml"
    if not path.is_file():
        known = [measure_id(p) for p in measure_paths(measures_dir)]
        raise InputError(message("cli.unknown_id", id=ident, hint=suggest(ident, known)))
    source, problems = read_yaml(path, detail=True)
    measure, problems = measure_from(source, problems, criteria)
    errors = [p for p in problems if p.is_error]
    if measure is None or errors or source.text is None:
        raise InputError(message("edit.has_problems", path=source.display), errors)
    return Target(source, source.text, measure)


def save(
    target: Target, list_key: str, entry: Entry, criteria: Criteria, index: int | None = None
) -> Measure:
    """Add ``entry`` to ``list_key`` (or replace item ``index`` whole) and write the file.

    Nothing is written unless the new text reads back as the old data plus exactly the
    entry, changes nothing else, and validates; the file is left byte for byte otherwise.
    """
    doc = target.source.document
    assert doc is not None
    try:
        if index is None:
            new_text = append(target.text, doc, list_key, entry)
        else:
            new_text = replace(target.text, doc, list_key, index, entry)
        check(target.text, new_text, doc, list_key, entry, index)
    except EditError as exc:
        raise InputError(message("edit.refused", path=target.source.display, reason=exc)) from None
    return _write(target, new_text, criteria)


def create(path: Path, text: str) -> None:
    """Write a new file (never over an existing one), under the edit lock."""
    _must_hold_lock(path)
    write_atomic(path, text.encode("utf-8"), expected=None)


def _write(target: Target, new_text: str, criteria: Criteria) -> Measure:
    """Validate the new text and write it in place of the file as read."""
    _must_hold_lock(target.source.path)
    raw = target.source.raw
    data = (BOM if raw.startswith(BOM) else b"") + new_text.encode("utf-8")
    source, problems = parse_yaml(target.source.path, target.source.display, data)
    measure, problems = measure_from(source, problems, criteria)
    errors: list[Problem] = [p for p in problems if p.is_error]
    if measure is None or errors:
        raise InputError(message("edit.would_break", path=target.source.display), errors)
    try:
        write_atomic(target.source.path, data, expected=raw)
    except FileChangedError:
        raise InputError(message("edit.changed_on_disk", path=target.source.display)) from None
    except OSError as exc:
        raise InputError(
            message("edit.write_failed", path=target.source.display, reason=exc.strerror)
        ) from None
    return measure


# --- replacing parts of a rating ---------------------------------------------------------


class Change(NamedTuple):
    """One value of a rating as it was and as it is now (``old`` None: there was none)."""

    key: str  # a part key, or "dato" / "kommentar"
    old: str | None
    new: str


def save_replacement(
    target: Target,
    index: int,
    values: dict[str, Any],
    criteria: Criteria,
    date: dt.date | None = None,
    comment: str | None = None,
) -> tuple[Measure, list[Change]]:
    """Change rating ``index``: the parts in ``values`` (keyed by ``criterion.part``, or by
    a criterion for all its parts, as ``read_pairs`` gives them), and the date and the
    comment if given. Every other part, key and character stays. Returns the measure as
    written and each value replaced, in the order of the criteria."""
    doc = target.source.document
    assert doc is not None
    shown = target.source.display
    old_item = doc.data[RATINGS][index]
    try:
        new_item = merged_rating(old_item, values, criteria, date, comment)
        changes = _prove_rating(old_item, new_item, values, criteria)
        try:
            new_text = edit_in_place(target.text, (RATINGS, index), old_item, new_item)
            prove_replaced(target.text, new_text, doc, (RATINGS, index), new_item)
        except EditError:
            # a layout the in-place edit does not know: the rating's lines written anew
            new_text = replace(target.text, doc, RATINGS, index, new_item)
            prove_replaced(target.text, new_text, doc, (RATINGS, index), new_item)
    except EditError as exc:
        raise InputError(message("edit.refused", path=shown, reason=exc)) from None
    return _write(target, new_text, criteria), changes


def merged_rating(
    old: dict[str, Any],
    values: dict[str, Any],
    criteria: Criteria,
    date: dt.date | None,
    comment: str | None,
) -> dict[str, Any]:
    """The rating ``old`` (as read) with the named parts, the date and the comment set;
    keys that are new stand beside their neighbours in the order the tool writes them."""
    item = copy.deepcopy(old)
    poeng = item.get("poeng")
    if not isinstance(poeng, dict):
        raise EditError(tr("edit.reads_back_wrong"))
    order = [c.key for c in criteria.criteria]
    for key, value in values.items():
        criterion = criteria.criterion(key)
        if criterion is not None:
            shorts = [p.short for p in criterion.parts]
            if criterion.has_parts and isinstance(poeng.get(key), dict):
                # a whole criterion over parts written one by one: each part is set
                for short in shorts:
                    poeng[key] = _put(poeng[key], short, value, shorts)
            else:  # a score of its own, or all parts at once
                poeng = _put(poeng, key, value, order)
            continue
        named = criteria.part(key)
        owner = criteria.criterion(named.criterion) if named is not None else None
        if named is None or owner is None:
            raise EditError(tr("edit.reads_back_wrong"))
        shorts = [p.short for p in owner.parts]
        current = poeng.get(owner.key)
        if isinstance(current, dict):
            poeng[owner.key] = _put(current, named.short, value, shorts)
        elif current is None:
            poeng = _put(poeng, owner.key, {named.short: value}, order)
        else:  # the criterion was scored as a whole: each part keeps that score
            poeng[owner.key] = {p.short: value if p.key == key else current for p in owner.parts}
    item["poeng"] = poeng
    if date is not None and str(item.get("dato")) != date.isoformat():
        item = _put(item, "dato", date.isoformat(), list(RATING_KEYS))
    if comment is not None:
        item = _put(item, "kommentar", comment, list(RATING_KEYS))
    return item


def _put(mapping: dict[str, Any], key: str, value: Any, order: list[str]) -> dict[str, Any]:
    """``mapping`` with ``key`` set; a new key goes after the last key before it in
    ``order`` (at the start if there is none, at the end if ``key`` is not in ``order``)."""
    if key in mapping:
        mapping[key] = value
        return mapping
    before = order[: order.index(key)] if key in order else list(mapping)
    keys = list(mapping)
    at = max((keys.index(k) + 1 for k in before if k in mapping), default=0)
    items = list(mapping.items())
    items.insert(at, (key, value))
    return dict(items)


def _prove_rating(
    old: dict[str, Any], new: dict[str, Any], values: dict[str, Any], criteria: Criteria
) -> list[Change]:
    """Refuse unless ``new`` is ``old`` with only the named parts (and the date or the
    comment) changed, read as scores; return each value replaced."""
    if any(new.get(k) != v for k, v in old.items() if k not in ("poeng", "dato", "kommentar")):
        raise EditError(tr("edit.reads_back_wrong"))
    if set(new) - set(old) - {"dato", "kommentar"}:
        raise EditError(tr("edit.reads_back_wrong"))
    before, issues = read_block(old["poeng"], criteria)
    after, more = read_block(new["poeng"], criteria)
    named: dict[str, Score] = {}
    try:
        for key, value in values.items():
            criterion = criteria.criterion(key)
            if criterion is not None and criterion.has_parts:
                whole = whole_criterion_score(criterion.parts, value, criteria)
                named.update((p.key, whole) for p in criterion.parts)
            else:
                part = criteria.part(key)
                if part is None:
                    raise EditError(tr("edit.reads_back_wrong"))
                named[key] = parse_score(part, value, criteria)
    except ScoreError as exc:
        raise EditError(str(exc)) from None
    if issues or more or after != {**before, **named}:
        raise EditError(tr("edit.reads_back_wrong"))
    changes = [
        Change(p.key, before[p.key].label if p.key in before else None, named[p.key].label)
        for p in criteria.parts
        if p.key in named
    ]
    for key in ("dato", "kommentar"):
        was = None if old.get(key) is None else str(old[key])
        if key in new and str(new[key]) != was:
            changes.append(Change(key, was, str(new[key])))
    return changes


def edit_in_place(text: str, path: KeyPath, old: Any, new: Any) -> str:
    """``text`` with the mapping at ``path`` changed from ``old`` to ``new`` where they
    differ: a value set where it stands, a new key added after the key before it. Raises
    EditError for what it cannot do in place (a key taken away, a block collection
    replaced, an empty value)."""
    for step in _steps(path, old, new):
        doc = _reload(text)
        text = step(text, doc)
    return text


Step = Any  # Callable[[str, Document], str]


def _steps(path: KeyPath, old: Any, new: Any) -> list[Step]:
    if not isinstance(old, dict) or not isinstance(new, dict):
        return [lambda text, doc: _set_value(text, doc, path, new)]
    if set(old) - set(new):
        raise EditError(tr("edit.not_insertion"))
    steps: list[Step] = []
    previous: str | None = None
    for key, value in new.items():
        if key not in old:
            steps.append(
                lambda text, doc, key=key, value=value, after=previous: _add_key(
                    text, doc, path, key, value, after
                )
            )
        elif old[key] != value:
            steps += _steps((*path, key), old[key], value)
        previous = key
    return steps


def _reload(text: str) -> Document:
    try:
        return load(text, detail=True)
    except YamlSyntaxError:
        raise EditError(tr("edit.reads_back_wrong")) from None


def _render(value: Any) -> str:
    return flow(value) if isinstance(value, dict) else scalar(value)


def _set_value(text: str, doc: Document, path: KeyPath, value: Any) -> str:
    """The value at ``path`` (a scalar or a flow collection) written anew where it stands."""
    if path not in doc.spans:
        raise EditError(tr("edit.not_insertion"))
    start, end = doc.spans[path]
    current = _get(doc.data, path)
    if isinstance(current, dict | list) and path not in doc.flow:
        raise EditError(tr("edit.not_insertion"))
    end = max(lines._content_end(text, end), start)
    if end == start:  # an empty value: no place to write into
        raise EditError(tr("edit.not_insertion"))
    return text[:start] + _render(value) + text[end:]


def _add_key(
    text: str, doc: Document, path: KeyPath, key: str, value: Any, after: str | None
) -> str:
    """``key: value`` added to the mapping at ``path``, after the key ``after`` (or first)."""
    mapping = _get(doc.data, path)
    if not isinstance(mapping, dict) or not mapping:
        raise EditError(tr("edit.not_insertion"))
    pair = f"{key}: {_render(value)}"
    first: KeyPath = (*path, next(iter(mapping)))
    if path in doc.flow:
        if after is not None:
            at = lines._content_end(text, doc.spans[(*path, after)][1])
            return text[:at] + ", " + pair + text[at:]
        at = _index(text, doc.keys[first])
        return text[:at] + pair + ", " + text[at:]
    col = doc.keys[first][1] - 1
    if after is not None:
        at = lines._line_end(text, lines._content_end(text, doc.spans[(*path, after)][1]) - 1)
        return text[:at] + lines._newline(text) + " " * col + pair + text[at:]
    at = _index(text, doc.keys[first])
    line = lines._line_start(text, at)
    if text[line:at].strip():  # the first key stands after a dash: "- key: ..."
        raise EditError(tr("edit.not_insertion"))
    return text[:line] + " " * col + pair + lines._newline(text) + text[line:]


def _get(data: Any, path: KeyPath) -> Any:
    for step in path:
        data = data[step]
    return data


def _index(text: str, pos: tuple[int, int]) -> int:
    """The index of a 1-based (line, column), lines counted as libyaml counts them."""
    return lines._nth_line(text, pos[0]) + pos[1] - 1


def prove_replaced(
    old: str, new: str, old_doc: Document, path: KeyPath, item: dict[str, Any]
) -> Document:
    """Refuse unless ``new`` differs from ``old`` only within the item at ``path`` (its
    lines, or its braces for a flow item) and reads back as the old data with that item
    replaced by ``item``."""
    start, end = old_doc.spans[path]
    if path in old_doc.flow or path[:-1] in old_doc.flow:
        first, last = start, lines._content_end(old, end)
    else:
        first = lines._line_start(old, start)
        last = lines._line_end(old, lines._content_end(old, end) - 1)
    tail = len(old) - last
    if (
        len(new) < first + tail
        or new[:first] != old[:first]
        or new[len(new) - tail :] != old[last:]
    ):
        raise EditError(tr("edit.not_insertion"))
    expected = copy.deepcopy(old_doc.data)
    parent = _get(expected, path[:-1])
    parent[path[-1]] = as_data(item)
    new_doc = _reload(new)
    if new_doc.data != expected or new_doc.refusals:
        raise EditError(tr("edit.reads_back_wrong"))
    return new_doc
