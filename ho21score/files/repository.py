"""The repository: the criteria plus every measure file of a folder (or of a git ref),
read and checked, with every problem found."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from ho21score.core.criteria import Criteria
from ho21score.core.measure import Measure, Unreadable
from ho21score.core.raters import Roster
from ho21score.files.criteria_file import criteria_from, load_criteria
from ho21score.files.measure_file import measure_from
from ho21score.files.observation_files import (
    observation_folders,
    observation_from,
)
from ho21score.files.raters import ROSTER_NAME, load_roster, roster_from
from ho21score.files.rating_files import named, orphans, rating_folders, rating_from
from ho21score.files.source import (
    Read,
    SourceFile,
    measure_id,
    measure_paths,
    parse_yaml,
    read_yaml,
    shown_name,
)
from ho21score.problems import Problem


@dataclass
class Repository:
    criteria: Criteria | None
    measures: list[Measure] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    broken: list[Unreadable] = field(default_factory=list)  # measure files with errors
    roster: Roster | None = None  # who the raters are, if the council keeps a roster

    def find(self, ident: str) -> Measure | None:
        return next((m for m in self.measures if m.id == ident), None)

    def broken_ids(self) -> set[str]:
        return {b.id for b in self.broken}


def default_roster(criteria_path: Path) -> Path | None:
    """vurderere.yaml beside the criteria file, if there is one."""
    candidate = criteria_path.parent / ROSTER_NAME
    return candidate if candidate.is_file() else None


def load_repository(
    measures_dir: Path, criteria_path: Path, roster_path: Path | None = None
) -> Repository:
    criteria, problems = load_criteria(criteria_path)
    roster = None
    if roster_path is not None:
        roster, found = load_roster(roster_path)
        problems += found
    repo = Repository(criteria, problems=problems, roster=roster)
    if criteria is not None:
        measures = [read_yaml(path) for path in measure_paths(measures_dir)]
        ratings = {
            ident: [read_yaml(path) for path in paths]
            for ident, paths in rating_folders(measures_dir).items()
        }
        observations = {
            ident: [read_yaml(path) for path in paths]
            for ident, paths in observation_folders(measures_dir).items()
        }
        _assemble(repo, criteria, measures, ratings, observations)
    return repo


def load_snapshot(
    criteria_file: tuple[str, bytes],
    measure_files: dict[str, bytes],
    roster_file: tuple[str, bytes] | None = None,
    rating_files: dict[str, bytes] | None = None,
) -> Repository:
    """The repository from file contents (e.g. as they were at a git ref), keyed by the
    path to show in problems (``ref:measures/x.yaml``; a rating file's
    ``ref:measures/x/kari-runde-1.yaml``)."""
    name, raw = criteria_file
    criteria, problems = criteria_from(*parse_yaml(Path(name), name, raw))
    roster = None
    if roster_file is not None:
        roster_name, roster_raw = roster_file
        roster, found = roster_from(*parse_yaml(Path(roster_name), roster_name, roster_raw))
        problems += found
    repo = Repository(criteria, problems=problems, roster=roster)
    if criteria is not None:
        measures = [_parsed(shown, content) for shown, content in sorted(measure_files.items())]
        ratings: dict[str, list[Read]] = {}
        for shown, content in sorted((rating_files or {}).items()):
            read = _parsed(shown, content)
            ratings.setdefault(shown_name(read[0].path.parent.name), []).append(read)
        _assemble(repo, criteria, measures, ratings)
    return repo


def _parsed(shown: str, content: bytes) -> Read:
    return parse_yaml(Path(shown.rpartition(":")[2]), shown, content)


def _assemble(
    repo: Repository,
    criteria: Criteria,
    measures: list[Read],
    ratings: dict[str, list[Read]],
    observations: dict[str, list[Read]] | None = None,
) -> None:
    """Each measure with its rating files; a rating file with no measure is a problem (and
    is still checked as a rating file, so that all its problems show in one run). A folder
    with no measure beside it is not a measure's folder: only files named as ratings in it
    (``<rater>-runde-<n>.yaml``) are looked at."""
    known = {measure_id(source.path) for source, _ in measures}
    for ident, files in ratings.items():
        if ident not in known:
            # only files named as ratings: any other folder (an archive, say) is left alone
            named_files = [(s, found) for s, found in files if named(s.path) is not None]
            repo.problems += orphans({ident: [source for source, _ in named_files]}, known)
            for source, found in named_files:
                repo.problems += rating_from(source, found)[1]
    observations = observations or {}
    for ident, files in observations.items():
        if ident not in known:  # still checked as observation files
            sources = [s for s, _ in files]
            repo.problems += orphans({ident: sources}, known, "observation.no_measure")
            for source, found in files:
                repo.problems += observation_from(source, found)[1]
    for source, found in measures:
        ident = measure_id(source.path)
        _add(repo, criteria, source, found, ratings.get(ident, []), observations.get(ident, []))
    repo.problems.sort()


def _add(
    repo: Repository,
    criteria: Criteria,
    source: SourceFile,
    found: list[Problem],
    ratings: list[Read],
    observations: list[Read],
) -> None:
    measure, problems = measure_from(source, found, criteria, repo.roster, ratings, observations)
    repo.problems.extend(problems)
    if measure is None:
        errors = tuple(sorted(p for p in problems if p.is_error))
        repo.broken.append(Unreadable(measure_id(source.path), source.display, errors))
    else:
        repo.measures.append(measure)
