"""Who rates: the council's roster of raters, when there is one (vurderere.yaml).

With a roster, raters are told apart by their key, and a rating may name a rater by key
or by name. Without one, a rater is their name as written.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache
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
    display: str = "vurderere.yaml"  # where it was read, for messages

    def find(self, written: str) -> Rater | None:
        """The rater a rating names, by key or by name (case, accents and spacing aside)."""
        wanted = normalized(written)
        return next(
            (r for r in self.raters if wanted in (normalized(r.key), normalized(r.name))), None
        )


def edit_distance(a: str, b: str, limit: int) -> int:
    """Levenshtein distance (insertions, deletions, substitutions), or ``limit + 1`` as
    soon as it is known to be larger than ``limit``."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, start=1):
        current = [i]
        for j, cb in enumerate(b, start=1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        if min(current) > limit:
            return limit + 1
        previous = current
    return previous[-1]


@lru_cache(maxsize=4096)
def same_person_maybe(a: str, b: str) -> bool:
    """Two spellings that are probably one person: equal but for case, accents or spacing,
    or one typo apart (two in a name of 10 letters or more). Shorter names (R1, R2) that
    differ are taken to be different people."""
    x, y = normalized(a), normalized(b)
    if x == y:
        return True
    shortest = min(len(x), len(y))
    if shortest < 6:
        return False
    return edit_distance(x, y, 2 if shortest >= 10 else 1) <= (2 if shortest >= 10 else 1)
