"""Benchmarks for `ho21score robustness`. Prints figures; never fails on time.

200 generated measures with 10 raters each (every part rated, one round), 10,000 draws:
1. weights only (`--no-raters`), against `python -c "import numpy"` on the same machine
   (target: within 0.5 s of it);
2. with the rater bootstrap (target: within 5 s of it).
Each as the whole command (reading the 200 files included) and as the analysis alone,
in process (``analyse``, after the files are read).

Usage: python bench/bench_robustness.py [--quick]
"""

from __future__ import annotations

import random
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_rank import ROOT, interleaved  # noqa: E402

MEASURES = 200
RATERS = ["Kari Nordmann", "Ola Hansen", "Ingrid Berg", "Lars Haugen", "Siri Dahl",
          "Ahmed Rahim", "Marte Lie", "Per Olsen", "Nina Bakke", "Tor Moen"]


def generate(folder: Path, seed: int = 2026) -> None:
    rng = random.Random(seed)
    for n in range(MEASURES):
        lines = [f"tittel: Tiltak {n}", "beskrivelse: Generert for måling.", "vurderinger:"]
        for rater in RATERS:
            def s() -> int:
                return rng.randint(1, 5)

            lines.append(
                f"  - {{vurdert_av: {rater}, poeng: {{betydning: {{folkehelse: {s()}, "
                f"tjenester: {s()}, verdiskaping: {s()}}}, egnethet: {{bredde: {s()}, "
                f"styrbarhet: {s()}}}, potensiale: {{gevinst: {s()}, tidshorisont: "
                f"{rng.choice(['kort', 'medium', 'lang'])}}}, gjennomførbarhet: {s()}}}}}"
            )
        (folder / f"tiltak-{n:03d}.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")


ANALYSIS = """
import sys, time
from pathlib import Path
from ho21score.core.ranking import build_ranking
from ho21score.core.robustness import analyse
from ho21score.core.robustness_setup import Setup, WeightModel
from ho21score.files.repository import load_repository
repo = load_repository(Path(sys.argv[1]), Path(sys.argv[2]))
ranked = build_ranking(repo.measures).ranked
setup = Setup(WeightModel.simplex, None, None, sys.argv[3] == "raters", 10_000, 20261123, 3)
start = time.perf_counter()
analyse(ranked, repo.criteria, setup)
print(len(ranked), time.perf_counter() - start)
"""


def analysis_seconds(folder: Path, raters: bool, runs: int) -> float:
    samples = []
    for _ in range(runs):
        out = subprocess.run(
            [sys.executable, "-c", ANALYSIS, str(folder), str(ROOT / "criteria.yaml"),
             "raters" if raters else "weights"],
            capture_output=True, text=True, check=True, cwd=ROOT,
        ).stdout.split()
        assert out[0] == str(MEASURES), out
        samples.append(float(out[1]))
    return statistics.median(samples)


def main() -> None:
    import numpy

    quick = "--quick" in sys.argv
    runs = 3 if quick else 7
    exe = shutil.which("ho21score") or str(Path(sys.executable).parent / "ho21score")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        generate(folder)
        command = [exe, "robustness", "--format", "json", "--measures", str(folder)]
        (base, _), (weights, _), (both, _), (rank, _) = interleaved(
            [[sys.executable, "-c", "import numpy"], [*command, "--no-raters"], command,
             [exe, "rank", "--format", "json", "--measures", str(folder)]],
            runs,
        )
        alone_weights = analysis_seconds(folder, False, runs)
        alone_both = analysis_seconds(folder, True, runs)
    print(f"numpy {numpy.__version__}; {MEASURES} measures x {len(RATERS)} raters, 10,000 draws; "
          f"{runs} runs each, wall time, median")
    print(f"python -c 'import numpy'             {base * 1000:8.1f} ms")
    print(f"rank --format json (reading alone)   {rank * 1000:8.1f} ms")
    print(f"robustness --no-raters, whole        {weights * 1000:8.1f} ms   "
          f"{(weights - base) * 1000:+8.1f} ms over numpy (target <= +500)")
    print(f"robustness (raters too), whole       {both * 1000:8.1f} ms   "
          f"{(both - base) * 1000:+8.1f} ms over numpy (target <= +5000)")
    print(f"analysis alone, weights only         {alone_weights * 1000:8.1f} ms")
    print(f"analysis alone, weights and raters   {alone_both * 1000:8.1f} ms")


if __name__ == "__main__":
    main()
