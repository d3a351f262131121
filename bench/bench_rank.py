"""Benchmarks for the read path. Prints figures; never fails on time.

1. `ho21score rank` on the shipped measures, against the bare import of the libraries it
   stands on: python -c "import typer, rich.table, pydantic, ruamel.yaml" (target <= 1.3x).
2. `ho21score rank` over 1,000 generated measure files with 3-6 raters each, against a
   bare ruamel.yaml round-trip parse of the same files (target <= 0.4x).

Usage: python bench/bench_rank.py [--quick]
"""

from __future__ import annotations

import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from importlib.metadata import version
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RATERS = ["Kari Nordmann", "Ola Nordmann", "Ingrid Berg", "Lars Haugen", "Siri Dahl",
          "Ahmed Rahim"]


def run_once(cmd: list[str]) -> tuple[float, float]:
    """Wall time and CPU time (user + system) of one run of a command."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, _, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    proc.returncode = 0
    return wall, usage.ru_utime + usage.ru_stime


def interleaved(cmds: list[list[str]], runs: int) -> list[tuple[float, float]]:
    """Median wall time and least CPU time of each command, run in turn so that load on the
    machine falls on all of them alike, after one warm-up run each. Other work on the machine
    only ever adds CPU time (caches, frequency), so the least is the steadiest figure."""
    for cmd in cmds:
        run_once(cmd)
    samples: list[list[tuple[float, float]]] = [[] for _ in cmds]
    for _ in range(runs):
        for i, cmd in enumerate(cmds):
            samples[i].append(run_once(cmd))
    return [(statistics.median(w for w, _ in s), min(c for _, c in s)) for s in samples]


def generate(folder: Path, count: int, seed: int = 2026) -> None:
    rng = random.Random(seed)
    for n in range(count):
        lines = [
            f"tittel: Generert tiltak nummer {n} for måling av lesehastighet",
            "beskrivelse: |",
            "  Et generert tiltak med flere vurderinger, slik rådet lager dem etter en runde.",
            "  Teksten er lang nok til å ligne en ekte beskrivelse i tiltakslisten.",
            "foreslått_av: HO21-rådets sekretariat",
            "satsingsområder: [helsedata, bedre-klinisk-behandling]",
            "vurderinger:",
        ]
        for rater in rng.sample(RATERS, rng.randint(3, 6)):
            def s() -> int:
                return rng.randint(1, 5)

            tid = rng.choice(["kort", "medium", "lang"])
            lines += [
                f"  - vurdert_av: {rater}",
                "    runde: 1",
                "    dato: 2026-10-02",
                "    poeng:",
                f"      betydning: {{folkehelse: {s()}, tjenester: {s()}, verdiskaping: {s()}}}",
                f"      egnethet: {{bredde: {s()}, styrbarhet: {s()}}}",
                f"      potensiale: {{gevinst: {s()}, tidshorisont: {tid}}}",
                f"      gjennomførbarhet: {s()}",
                "    kommentar: Begrunnelse for vurderingen.",
            ]
        lines += ["beslutninger:", "  - bp: BP1", "    beslutning: videre", "    dato: 2026-09-15"]
        (folder / f"tiltak-{n:04d}.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")


ROUND_TRIP = """
import sys, time
from importlib.metadata import version
from pathlib import Path
from ruamel.yaml import YAML
paths = sorted(Path(sys.argv[1]).glob('*.yaml'))
start = time.perf_counter()
yaml = YAML()
for p in paths:
    yaml.load(p.read_text(encoding='utf-8'))
print(time.perf_counter() - start)
"""

IN_PROCESS_RANK = """
import sys, time
start = time.perf_counter()
from importlib.metadata import version
from pathlib import Path
from ho21score.files.repository import load_repository
from ho21score.core.ranking import build_ranking
from ho21score.render.rank import ranking_json
repo = load_repository(Path(sys.argv[1]), Path(sys.argv[2]))
ranking_json(build_ranking(repo.measures), repo.criteria)
print(time.perf_counter() - start)
"""


def in_process(script: str, args: list[str], runs: int) -> float:
    samples = []
    for _ in range(runs):
        out = subprocess.run([sys.executable, "-c", script, *args], capture_output=True,
                             text=True, check=True, cwd=ROOT)
        samples.append(float(out.stdout.strip()))
    return statistics.median(samples)


def main() -> None:
    # Measure the tool as pip installs it: with compiled bytecode, even where
    # PYTHONDONTWRITEBYTECODE keeps an editable install from writing its own.
    import compileall

    compileall.compile_dir(ROOT / "ho21score", quiet=1)
    quick = "--quick" in sys.argv
    runs = 11 if quick else 21
    exe = shutil.which("ho21score") or str(Path(sys.executable).parent / "ho21score")
    py = sys.executable

    (base, base_cpu), (shipped, shipped_cpu) = interleaved(
        [[py, "-c", "import typer, rich.table, pydantic, ruamel.yaml"], [exe, "rank"]], runs
    )
    print(f"typer {version('typer')}, pydantic-core {version('pydantic-core')}, "
          f"ruamel.yaml {version('ruamel.yaml')}, {runs} runs each; wall: median, cpu: least")
    print(f"imports baseline        wall {base * 1000:6.1f} ms   cpu {base_cpu * 1000:6.1f} ms")
    print(f"rank, shipped measures  wall {shipped * 1000:6.1f} ms   "
          f"cpu {shipped_cpu * 1000:6.1f} ms   ratio wall {shipped / base:.2f}, "
          f"cpu {shipped_cpu / base_cpu:.2f} (target <= 1.30)")

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        generate(folder, 1000)
        big_runs = 3 if quick else 5
        parse = in_process(ROUND_TRIP, [str(folder)], big_runs)
        ((rank_cmd, _),) = interleaved(
            [[exe, "rank", "--format", "json", "--measures", str(folder)]], big_runs
        )
        rank_core = in_process(IN_PROCESS_RANK, [str(folder), str(ROOT / "criteria.yaml")],
                               big_runs)
    print(f"round-trip parse, 1000 files        {parse * 1000:8.1f} ms")
    print(f"rank --format json, whole command   {rank_cmd * 1000:8.1f} ms   ratio "
          f"{rank_cmd / parse:.2f} (target <= 0.40)")
    print(f"rank, in process (read+score+json)  {rank_core * 1000:8.1f} ms   ratio "
          f"{rank_core / parse:.2f}")


if __name__ == "__main__":
    main()
