"""rank --format json against an independent reading of docs/scoring-rule.md, on random
criteria files (other scales, weights, parts, levels) and random measure sets."""

from __future__ import annotations

import json
import random
import statistics
import tempfile
from pathlib import Path
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from ho21score.cli.app import build_app


def make_criteria(rng: random.Random) -> dict[str, Any]:
    lo = rng.choice([0, 1, 1, 2])
    hi = lo + rng.choice([1, 4, 6, 9])
    criteria: dict[str, Any] = {}
    for c in range(rng.randint(1, 4)):
        spec: dict[str, Any] = {"vekt": rng.choice([0.5, 1, 2, 3])}
        if rng.random() < 0.6:
            parts = {}
            for p in range(rng.randint(1, 3)):
                part: dict[str, Any] = {"vekt": rng.choice([1, 2])}
                if rng.random() < 0.3:
                    part["nivåer"] = {"lav": lo, "middels": (lo + hi) // 2, "høy": hi}
                parts[f"d{p}"] = part
            spec["deler"] = parts
        criteria[f"k{c}"] = spec
    return {"skala": {"min": lo, "maks": hi}, "kriterier": criteria,
            "uenighet": {"iqr": rng.choice([0, 0.5, 1, 2])},
            "min_vurderere": rng.choice([1, 1, 2, 3, 4])}


def parts_of(crit: dict[str, Any]) -> list[tuple[str, str, dict[str, Any]]]:
    out = []
    for ckey, spec in crit["kriterier"].items():
        if "deler" in spec:
            out += [(ckey, f"{ckey}.{pkey}", part) for pkey, part in spec["deler"].items()]
        else:
            out.append((ckey, ckey, spec))
    return out


def random_value(rng: random.Random, crit: dict[str, Any], part: dict[str, Any]) -> Any:
    if "nivåer" in part:
        return rng.choice(list(part["nivåer"]))
    return rng.randint(crit["skala"]["min"], crit["skala"]["maks"])


def make_block(rng: random.Random, crit: dict[str, Any], coverage: float) -> dict[str, Any]:
    block: dict[str, Any] = {}
    for ckey, spec in crit["kriterier"].items():
        if rng.random() > coverage:
            continue
        parts = spec.get("deler")
        if parts and rng.random() < 0.2 and not any("nivåer" in p for p in parts.values()):
            block[ckey] = rng.randint(crit["skala"]["min"], crit["skala"]["maks"])
        elif parts:
            chosen = {k: random_value(rng, crit, p) for k, p in parts.items() if rng.random() < 0.9}
            if chosen:
                block[ckey] = chosen
        else:
            block[ckey] = random_value(rng, crit, spec)
    return block


def make_measure(rng: random.Random, crit: dict[str, Any], n: int) -> dict[str, Any]:
    measure: dict[str, Any] = {"tittel": f"Tiltak {n}", "beskrivelse": "x"}
    if rng.random() < 0.3:
        measure["poeng"] = make_block(rng, crit, 0.4)
    ratings = []
    for round_ in range(1, rng.randint(1, 3) + 1):
        for rater in rng.sample(["A", "B", "C", "D", "E", "F"], rng.randint(1, 6)):
            ratings.append({"vurdert_av": rater, "runde": round_,
                            "poeng": make_block(rng, crit, 0.95)})
    rng.shuffle(ratings)  # the file's order must not matter, only the rounds
    measure["vurderinger"] = ratings
    return measure


def value_of(part: dict[str, Any], raw: Any) -> float:
    return float(part["nivåer"][raw]) if isinstance(raw, str) else float(raw)


def raw_value(block: dict[str, Any], ckey: str, key: str) -> Any:
    if ckey not in block:
        return None
    entry = block[ckey]
    if isinstance(entry, dict):
        return entry.get(key.partition(".")[2])
    return entry


def reference(crit: dict[str, Any], measure: dict[str, Any]) -> dict[str, Any]:
    """The rule as docs/scoring-rule.md states it, written independently of ho21score.scoring."""
    lo, hi = crit["skala"]["min"], crit["skala"]["maks"]
    parts: dict[str, float | None] = {}
    flags = []
    few = []
    for ckey, key, part in parts_of(crit):
        agreed = raw_value(measure.get("poeng", {}), ckey, key)
        # each rater's value in the highest round in which they rated this part
        current: dict[str, tuple[int, float]] = {}
        for r in measure["vurderinger"]:
            raw = raw_value(r["poeng"], ckey, key)
            if raw is not None and r["runde"] > current.get(r["vurdert_av"], (0, 0.0))[0]:
                current[r["vurdert_av"]] = (r["runde"], value_of(part, raw))
        values = [value for _, value in current.values()]
        if agreed is not None:
            parts[key] = value_of(part, agreed)
        elif values:
            parts[key] = statistics.median(values)
        else:
            parts[key] = None
        if agreed is None and len(values) >= 2:
            q = statistics.quantiles(values, n=4, method="inclusive")
            if q[2] - q[0] > crit["uenighet"]["iqr"]:
                flags.append(key)
        if agreed is None and values and len(values) < crit["min_vurderere"]:
            few.append(key)
    missing = [k for k, v in parts.items() if v is None]
    scores: dict[str, float] = {}
    if not missing:
        for ckey, spec in crit["kriterier"].items():
            if "deler" in spec:
                ws = {f"{ckey}.{p}": d.get("vekt", 1) for p, d in spec["deler"].items()}
                scores[ckey] = sum(w * parts[k] for k, w in ws.items()) / sum(ws.values())  # type: ignore[operator]
            else:
                scores[ckey] = parts[ckey]  # type: ignore[assignment]
    total = None
    if not missing:
        w = {c: s["vekt"] for c, s in crit["kriterier"].items()}
        total = 100 * sum(w[c] * (scores[c] - lo) / (hi - lo) for c in w) / sum(w.values())
    return {"parts": parts, "missing": missing, "total": total, "flags": flags, "few": few}


@settings(max_examples=40, deadline=None)
@given(st.integers(min_value=0, max_value=2**32))
def test_rank_json_agrees_with_reference(seed: int) -> None:
    rng = random.Random(seed)
    crit = make_criteria(rng)
    measures = {f"m{i}": make_measure(rng, crit, i) for i in range(rng.randint(1, 6))}
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        # JSON is YAML 1.2, so the files can be written with the standard library
        (root / "criteria.yaml").write_text(json.dumps(crit, ensure_ascii=False), "utf-8")
        (root / "m").mkdir()
        for ident, measure in measures.items():
            (root / "m" / f"{ident}.yaml").write_text(json.dumps(measure, ensure_ascii=False))
        result = CliRunner().invoke(build_app(), ["rank", "--format", "json", "--measures",
                                          str(root / "m"), "--criteria",
                                          str(root / "criteria.yaml")])
    assert result.exit_code == 0, result.output
    doc = json.loads(result.stdout)
    expected = {ident: reference(crit, m) for ident, m in measures.items()}
    ranked = {m["id"]: m for m in doc["ranked"]}
    unranked = {m["id"]: m for m in doc["unranked"]}
    assert set(ranked) == {i for i, e in expected.items() if e["total"] is not None}
    assert set(unranked) == {i for i, e in expected.items() if e["total"] is None}
    for ident, exp in expected.items():
        if exp["total"] is None:
            assert unranked[ident]["missing"] == exp["missing"]
            continue
        got = ranked[ident]
        assert abs(got["total"] - exp["total"]) < 1e-6
        for key, value in exp["parts"].items():
            assert abs(got["parts"][key] - value) < 1e-6
        assert got["disagreement"] == exp["flags"]
        assert got["few_raters"] == exp["few"]
    # competition ranks: one more than the number of strictly better totals
    totals = [m["total"] for m in doc["ranked"]]
    for m in doc["ranked"]:
        assert m["rank"] == 1 + sum(t > m["total"] + 1e-9 for t in totals)
    order = [(-round(m["total"], 6), m["id"]) for m in doc["ranked"]]
    assert order == sorted(order)
