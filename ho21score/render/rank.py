"""The ranking as a table, JSON and CSV (the JSON and CSV are a contract: docs/command-line.md)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from ho21score.core.criteria import Criteria
from ho21score.core.measure import Measure, Unreadable
from ho21score.core.ranking import Ranking
from ho21score.i18n import language, number, tr
from ho21score.render.table import Table


def phase_name(phase: str) -> str:
    return tr(f"phase.{phase}")


def status_name(status: str) -> str:
    return tr(f"status.{status}")


def flags(measure: Measure) -> str:
    found = []
    if measure.evaluation.disagreement:
        found.append(tr("flag.disagreement", parts=", ".join(measure.evaluation.disagreement)))
    if measure.evaluation.few:
        found.append(tr("flag.few", parts=", ".join(measure.evaluation.few)))
    if measure.evaluation.missing:
        found.append(tr("flag.incomplete"))
    return "; ".join(found)


def movement_text(moved: int | None) -> str:
    """↑3, ↓1, = or new, for a measure's rank since an earlier state."""
    if moved is None:
        return tr("rank.new")
    if moved > 0:
        return f"↑{moved}"
    return f"↓{-moved}" if moved < 0 else "="


def rank_table(
    ranking: Ranking,
    criteria: Criteria,
    escape: Any = str,
    moves: dict[str, int | None] | None = None,
) -> Table:
    """``escape`` makes file text safe for the target (Markdown cells, say); ``moves``
    adds a column of rank movements."""
    headers = [
        tr("col.rank"),
        tr("col.id"),
        tr("col.title"),
        tr("col.phase"),
        tr("col.status"),
        tr("col.total"),
        *(c.name for c in criteria.criteria),
        tr("col.flags"),
    ]
    rows = []
    for rank, m in ranking.ranked:
        scores = [number(m.evaluation.criteria[c.key] or 0.0) for c in criteria.criteria]
        rows.append(
            [
                str(rank),
                m.id,
                escape(m.title),
                phase_name(m.phase),
                status_name(m.status),
                number(m.evaluation.total or 0.0, 1),
                *scores,
                flags(m),
            ]
        )
    align = "rllll" + "r" * (1 + len(criteria.criteria)) + "l"
    wrap = {1: 40, 2: 48, len(headers) - 1: 30}
    drop = [*(6 + i for i in criteria_to_drop(criteria)), len(headers) - 1, 4, 3, 1]
    if moves is not None:
        headers.insert(1, tr("col.moved"))
        for row, (_, m) in zip(rows, ranking.ranked, strict=True):
            row.insert(1, movement_text(moves.get(m.id)))
        align = align[0] + "r" + align[1:]
        wrap = {column + 1: width for column, width in wrap.items()}
        drop = [column + 1 for column in drop]
        drop.insert(-1, 1)  # the movements go after the phase, before the id
    return Table(headers, rows, align, wrap=wrap, drop=tuple(drop))


def criteria_to_drop(criteria: Criteria) -> list[int]:
    """The criteria in the order a narrow terminal leaves them out: the lightest weight
    first, and of equal weights the rightmost first (as their positions in ``criteria``)."""
    weights = criteria.weights()
    keys = [c.key for c in criteria.criteria]
    return sorted(range(len(keys)), key=lambda i: (weights[keys[i]], -i))


def unranked_lines(ranking: Ranking, escape: Any = str) -> list[str]:
    return [
        tr(
            "rank.unranked_item",
            id=m.id,
            title=escape(m.title),
            missing=", ".join(m.evaluation.missing),
        )
        for m in ranking.unranked
    ]


def footer(ranking: Ranking, escape: Any = str) -> str:
    out = ""
    if ranking.unranked:
        out += "\n" + tr("rank.unranked_heading") + "\n"
        out += "".join(f"  {line}\n" for line in unranked_lines(ranking, escape))
    if ranking.stopped_left_out:
        out += "\n" + tr("rank.stopped_left_out", count=ranking.stopped_left_out) + "\n"
    return out


def ranking_json(
    ranking: Ranking,
    criteria: Criteria,
    moves: dict[str, int | None] | None = None,
    broken: Sequence[Unreadable] = (),
) -> str:
    import json

    from ho21score.render.broken import json_entries

    weights = criteria.weights()
    doc = {
        "criteria": [
            {
                "key": c.key,
                "name": c.name,
                "weight": weights[c.key],
                "parts": [p.key for p in c.parts],
            }
            for c in criteria.criteria
        ],
        "ranked": [
            {
                "rank": rank,
                **_measure_json(m),
                "total": m.evaluation.total,
                "criteria": dict(m.evaluation.criteria),
                "parts": dict(m.evaluation.parts),
                "disagreement": list(m.evaluation.disagreement),
                "few_raters": list(m.evaluation.few),
                **({} if moves is None else {"movement": moves.get(m.id)}),
            }
            for rank, m in ranking.ranked
        ],
        "unranked": [
            {
                **_measure_json(m),
                "missing": list(m.evaluation.missing),
                "criteria": dict(m.evaluation.criteria),
                "parts": dict(m.evaluation.parts),
                "disagreement": list(m.evaluation.disagreement),
                "few_raters": list(m.evaluation.few),
            }
            for m in ranking.unranked
        ],
        "broken": json_entries(broken),
    }
    return json.dumps(doc, ensure_ascii=False, indent=2, allow_nan=False) + "\n"


def _measure_json(m: Measure) -> dict[str, Any]:
    return {"id": m.id, "title": m.title, "phase": m.phase, "status": m.status}


def spreadsheet_text(text: str) -> str:
    """Text a spreadsheet shows as text: a cell that begins with =, +, -, @, tab or CR
    would be read as a formula (OWASP "CSV injection"), so it gets a leading '."""
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def ranking_csv(ranking: Ranking, criteria: Criteria) -> str:
    """Norwegian Excel wants ';', decimal comma and a BOM; English gets plain CSV."""
    import csv
    import io

    nb = language() == "nb"
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";" if nb else ",", lineterminator="\r\n")
    writer.writerow(
        [
            tr("col.rank"),
            tr("col.id"),
            tr("col.title"),
            tr("col.phase"),
            tr("col.status"),
            tr("col.total"),
            *(spreadsheet_text(c.name) for c in criteria.criteria),
        ]
    )
    for rank, m in ranking.ranked:
        writer.writerow(
            [
                rank,
                m.id,
                spreadsheet_text(m.title),
                m.phase,
                m.status,
                number(m.evaluation.total or 0.0),
                *(number(m.evaluation.criteria[c.key] or 0.0) for c in criteria.criteria),
            ]
        )
    return ("\ufeff" if nb else "") + buffer.getvalue()
