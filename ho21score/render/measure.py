"""One measure in detail: parts and criteria, each rater's values and the spread,
decisions, and what the next gate still needs."""

from __future__ import annotations

from ho21score.core.criteria import Criteria
from ho21score.core.measure import Measure
from ho21score.core.scoring import Voice
from ho21score.core.vocabulary import Status
from ho21score.i18n import number, tr
from ho21score.render.rank import phase_name, status_name
from ho21score.render.table import Table


def heading(m: Measure, criteria: Criteria, rank: tuple[int, int] | None) -> str:
    ev = m.evaluation
    lines = [f"{m.title} ({m.id})", ""]
    fields = [
        (tr("col.phase"), phase_name(m.phase)),
        (tr("col.status"), status_name(m.status)),
        (tr("col.total"), number(ev.total, 1) if ev.total is not None else tr("show.incomplete")),
    ]
    if rank is not None:
        fields.append((tr("col.rank"), tr("show.rank_of", rank=rank[0], of=rank[1])))
    fields += [
        (tr("show.proposed_by"), m.proposed_by or "–"),
        (tr("show.owner"), m.owner or "–"),
        (tr("show.areas"), ", ".join(criteria.areas.get(a, a) for a in m.areas) or "–"),
        (tr("show.dissemination"), m.dissemination or "–"),
        (tr("show.indicators"), "; ".join(name for name, _ in m.indicators) or "–"),
        (tr("show.file"), m.display),
    ]
    width = max(len(label) for label, _ in fields)
    lines += [f"{label + ':':<{width + 1}} {value}" for label, value in fields]
    return "\n".join(lines) + "\n"


def measure_raters(m: Measure) -> dict[str, str]:
    """Each rater who has a current value for some part (key -> name), in the order
    they first appear."""
    names: dict[str, str] = {}
    for rated in m.evaluation.spreads.values():
        for voice in rated.voices:
            names.setdefault(voice.rater, voice.name)
    return names


def scores_table(m: Measure, criteria: Criteria, with_raters: bool = True) -> Table:
    """A row per criterion and part; with ``with_raters``, a column per rater too (else
    ``rater_values`` gives them as rows, for a terminal too narrow for the columns)."""
    ev = m.evaluation
    names = measure_raters(m) if with_raters else {}
    raters = list(names)
    headers = [
        tr("show.col_part"),
        tr("show.col_value"),
        tr("show.col_basis"),
        *(names[r] for r in raters),
        tr("show.col_iqr"),
        "",
    ]
    rows: list[list[str]] = []
    for criterion in criteria.criteria:
        value = ev.criteria[criterion.key]
        if criterion.has_parts:
            rows.append([criterion.name, _num(value), "", *([""] * len(raters)), "", ""])
        for part in criterion.parts:
            spread = ev.spreads.get(part.key)
            by_rater = {v.rater: _path(v) for v in spread.voices} if spread else {}
            if part.key in ev.agreed:
                basis = tr("show.agreed")
            elif spread is not None:
                count = len(spread.voices)
                basis = tr("show.median_of", count=count, rounds=rounds_text(spread.rounds))
            else:
                basis = tr("show.missing")
            name = f"  {part.name}" if criterion.has_parts else part.name
            iqr = number(spread.iqr) if spread and spread.iqr is not None else ""
            marks = [
                tr(key)
                for key, parts in (("show.flag", ev.disagreement), ("show.few", ev.few))
                if part.key in parts
            ]
            flag = ", ".join(marks)
            rows.append(
                [
                    name,
                    _num(ev.parts[part.key]),
                    basis,
                    *(by_rater.get(r, "") for r in raters),
                    iqr,
                    flag,
                ]
            )
    align = "lrl" + "r" * (len(raters) + 1) + "l"
    # names wrap at 10 characters, but a value ("medium→kort") is never broken
    wrap = {i: max(10, *(len(row[i]) for row in rows)) for i in range(3, 3 + len(raters))}
    return Table(headers, rows, align, wrap=wrap)


def rater_values(m: Measure, criteria: Criteria) -> Table:
    """Each rater's current value of each part they rated, a row each: the rater columns
    of ``scores_table`` turned into rows (the rater named on their first row)."""
    rows: list[list[str]] = []
    for rater, name in measure_raters(m).items():
        first = True
        for criterion in criteria.criteria:
            for part in criterion.parts:
                spread = m.evaluation.spreads.get(part.key)
                voices = spread.voices if spread else ()
                voice = next((v for v in voices if v.rater == rater), None)
                if voice is None:
                    continue
                label = f"{criterion.name} / {part.name}" if criterion.has_parts else part.name
                rows.append([name if first else "", label, _path(voice)])
                first = False
    headers = [tr("show.col_rater"), tr("show.col_part"), tr("show.col_value")]
    return Table(headers, rows, "llr", wrap={0: 24, 1: 48})


def _path(voice: Voice) -> str:
    """A rater's current value, with the values it moved from: "2→3" (round 1, then 2)."""
    if not voice.moved:
        return voice.score.label
    return "→".join([*(s.label for _, s in voice.earlier), voice.score.label])


def rounds_text(rounds: tuple[int, ...]) -> str:
    """runde 1 / runder 1–2 / runder 1, 3."""
    if len(rounds) > 1 and list(rounds) == list(range(rounds[0], rounds[-1] + 1)):
        listed = f"{rounds[0]}–{rounds[-1]}"
    else:
        listed = ", ".join(str(r) for r in rounds)
    return tr("count.rounds", count=len(rounds), rounds=listed)


def _num(value: float | None) -> str:
    return number(value) if value is not None else "–"


def decisions(m: Measure) -> str:
    if not m.state.applied:
        return tr("show.no_decisions") + "\n"
    lines = []
    for d in m.state.applied:
        after = d.phase_after
        move = f"{phase_name(d.phase)} → {phase_name(after)}"
        who = f" ({d.by})" if d.by else ""
        reason = f": {d.reason}" if d.reason else ""
        lines.append(f"  {d.date.isoformat()}  {d.gate}  {d.decision:<8} {move}{who}{reason}")
    return "\n".join(lines) + "\n"


def next_gate(m: Measure) -> str:
    gate = m.state.gate
    if m.status is Status.STOPPED:
        return tr("show.stopped") + "\n"
    if gate is None:
        return tr("show.last_phase") + "\n"
    missing = m.next_gate_missing()
    if not missing:
        return tr("show.gate_ready", gate=gate) + "\n"
    return tr("show.gate_needs", gate=gate) + "\n" + "".join(f"  - {x}\n" for x in missing)


def ratings_table(m: Measure) -> Table:
    """Each rating, and where it is written: a line of the measure file or a file of its
    own (so that a council member knows which file to open or to commit)."""
    rows = [
        [str(r.round), r.shown, r.date.isoformat() if r.date else "–", r.where]
        for r in sorted(m.ratings, key=lambda r: r.round)  # stable: in file order
    ]
    headers = [tr("show.round"), tr("show.col_rater"), tr("show.col_date"), tr("show.col_where")]
    return Table(headers, rows, "r", wrap={1: 24, 3: 60})


def ratings_comments(m: Measure) -> str:
    lines = [
        f"  {tr('show.round')} {r.round}, {r.shown}: {r.comment}" for r in m.ratings if r.comment
    ]
    return "\n".join(lines) + "\n" if lines else ""
