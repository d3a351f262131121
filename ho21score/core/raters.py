"""Who rates: the council's roster of raters, when there is one (vurderere.yaml).

With a roster, raters are told apart by their key, and a rating may name a rater by key
or by name. Without one, a rater is their name as written.
"""

from __future__ import annotations

import unicodedata
from typing import NamedTuple


class Rater(NamedTuple):
    key: str
    name: str
    group: str | None = None


def normalized(name: str) -> str:
    """A name without case, accents and extra spacing: 'Åse  Berg' -> 'ase berg'."""
    decomposed = unicodedata.normalize("NFKD", name.casefold())
    letters = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(letters.replace("ø", "o").replace("æ", "ae").split())


class Roster(NamedTuple):
    raters: tuple[Rater, ...]

    def find(self, written: str) -> Rater | None:
        """The rater a rating names, by key or by name (case, accents and spacing aside)."""
        wanted = normalized(written)
        return next(
            (r for r in self.raters if wanted in (normalized(r.key), normalized(r.name))), None
        )


def edit_distance(a: str, b: str) -> int:
    """Levenshtein distance (insertions, deletions, substitutions)."""
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, start=1):
        current = [i]
        for j, cb in enumerate(b, start=1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        previous = current
    return previous[-1]


def same_person_maybe(a: str, b: str) -> bool:
    """Two spellings that are probably one person: equal but for case, accents or spacing,
    or one or two typos apart in a name long enough for that to mean something."""
    x, y = normalized(a), normalized(b)
    if x == y:
        return True
    shortest = min(len(x), len(y))
    distance = edit_distance(x, y) if abs(len(x) - len(y)) <= 2 else 3
    return (shortest >= 6 and distance <= 1) or (shortest >= 10 and distance <= 2)
