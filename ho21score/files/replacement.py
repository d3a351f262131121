"""Replacing parts of one rating in YAML text: the merged rating, each named value set
where it stands (a key not there yet added beside its neighbours), and the proof that
nothing else changed. ``rating_file_edits.replace_in_list`` writes the result."""

from __future__ import annotations

import copy
import datetime as dt
from typing import Any, NamedTuple

from ho21score.core.criteria import Criteria
from ho21score.core.ratings import Score
from ho21score.files import textlines as lines
from ho21score.files.insertion import EditError, as_data, changed_only_within, flow, scalar
from ho21score.files.scores import ScoreError, parse_score, read_block, whole_criterion_score
from ho21score.files.yamlread import Document, KeyPath, YamlSyntaxError, load
from ho21score.i18n import tr

RATINGS = "vurderinger"
# the order of a rating's keys, as the tool writes them
RATING_KEYS = ("vurdert_av", "runde", "dato", "poeng", "kommentar")


class Change(NamedTuple):
    """One value of a rating as it was and as it is now (``old`` None: there was none)."""

    key: str  # a part key, or "dato" / "kommentar"
    old: str | None
    new: str


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


def prove_rating(
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
        now = None if new.get(key) is None else str(new[key])
        if now is not None and now != was:
            changes.append(Change(key, was, now))
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
    end = max(lines.content_end(text, end), start)
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
            at = lines.content_end(text, doc.spans[(*path, after)][1])
            return text[:at] + ", " + pair + text[at:]
        at = _index(text, doc.keys[first])
        return text[:at] + pair + ", " + text[at:]
    col = doc.keys[first][1] - 1
    if after is not None:
        at = lines.line_end(text, lines.content_end(text, doc.spans[(*path, after)][1]) - 1)
        return text[:at] + lines.newline(text) + " " * col + pair + text[at:]
    at = _index(text, doc.keys[first])
    line = lines.line_start(text, at)
    if text[line:at].strip():  # the first key stands after a dash: "- key: ..."
        raise EditError(tr("edit.not_insertion"))
    return text[:line] + " " * col + pair + lines.newline(text) + text[line:]


def _get(data: Any, path: KeyPath) -> Any:
    for step in path:
        data = data[step]
    return data


def _index(text: str, pos: tuple[int, int]) -> int:
    """The index of a 1-based (line, column), lines counted as libyaml counts them."""
    return lines.nth_line(text, pos[0]) + pos[1] - 1


def prove_replaced(
    old: str, new: str, old_doc: Document, path: KeyPath, item: dict[str, Any]
) -> Document:
    """Refuse unless ``new`` differs from ``old`` only within the item at ``path`` (its
    lines, or its braces for a flow item) and reads back as the old data with that item
    replaced by ``item``."""
    start, end = old_doc.spans[path]
    if path in old_doc.flow or path[:-1] in old_doc.flow:
        first, last = start, lines.content_end(old, end)
    else:
        first = lines.line_start(old, start)
        last = lines.line_end(old, lines.content_end(old, end) - 1)
    changed_only_within(old, new, first, last)
    expected = copy.deepcopy(old_doc.data)
    parent = _get(expected, path[:-1])
    parent[path[-1]] = as_data(item)
    new_doc = _reload(new)
    if new_doc.data != expected or new_doc.refusals:
        raise EditError(tr("edit.reads_back_wrong"))
    return new_doc
