"""The random draws the probes' generators share: values drawn once, digits, birth dates, a typo.

A generator sets ``self.rnd`` (a seeded ``random.Random``) and ``self.used`` (a set) and
inherits these; ``SLIP_LETTERS`` are the letters its typos slip to (:func:`slips.slip`).

>>> import random
>>> class G(Draws):
...     def __init__(self):
...         self.rnd, self.used = random.Random(1), set()
>>> g = G()
>>> len(g.digits(6)), g.unique(lambda: "a"), g.dob(20, 30).year
(6, 'a', 2004)
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable

import pandas as pd

from slips import slip

#: Arabic-Indic digits, as Arabic forms are typed.
ARABIC_DIGITS = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
#: Hamzas a typist leaves off the alif.
HAMZA = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا"})


def arabic_typed(rnd: random.Random, text: str, bin_joined: bool = False) -> str:
    """``text`` as typed in Arabic letters: hamzas, ة, ى and the article's space each way
    (عبد القادر → عبدالقادر; with ``bin_joined``, بن علي → بنعلي now and then too)."""
    if rnd.random() < 0.5:
        text = text.translate(HAMZA)
    words = text.split(" ")
    if rnd.random() < 0.3:
        words = [w[:-1] + "ه" if w.endswith("ة") else w for w in words]
    if rnd.random() < 0.3:
        words = [w[:-1] + "ي" if w.endswith("ى") else w for w in words]
    text = " ".join(words)
    if rnd.random() < 0.5:
        text = text.replace("عبد ال", "عبدال")
        if bin_joined:
            text = text.replace("بن ", "بن" if rnd.random() < 0.4 else "بن ")
    return text


def spellings(text: str) -> dict[str, int]:
    """``"Mohamed:55 Mohammed:15"`` as {spelling: weight}; ``_`` in a spelling is a space."""
    out = {}
    for part in text.split():
        name, _, w = part.rpartition(":")
        out[name.replace("_", " ")] = int(w)
    return out


def wpick(rnd: random.Random, d):
    """Weighted choice from {value: weight} or [(value, weight)]."""
    items = list(d.items()) if isinstance(d, dict) else d
    return rnd.choices([k for k, _ in items], [w for _, w in items])[0]


#: The day the generators count ages back from: the figures stay the same whatever day they run.
TODAY = dt.date(2026, 1, 1)


class Draws:
    rnd: random.Random
    used: set[str]
    #: The letters a typo slips to.
    SLIP_LETTERS = "aeiounhgy"

    def __init__(self, persons: int, seed: int):
        self.n = persons
        self.rnd = random.Random(seed)
        self.used = set()
        self.persons: list[dict] = []
        self.rows: list[dict] = []

    @classmethod
    def frame(cls, persons: int, seed: int, id_column: str) -> tuple[pd.DataFrame, pd.Series]:
        """The records of ``persons`` people drawn from ``seed`` as a probe hands them out
        (:func:`records_and_truth`): the generator's ``population()``, then its ``records()``."""
        generator = cls(persons, seed)
        generator.population()
        return records_and_truth(generator.records(), id_column)

    def shuffled(self, id_column: str, prefix: str) -> pd.DataFrame:
        """The records drawn (``self.rows``) in a random order, each with its id in ``id_column``
        (``prefix`` and six digits), as stacked systems' exports come."""
        df = pd.DataFrame(self.rows)
        df = df.sample(frac=1.0, random_state=self.rnd.randrange(10**6)).reset_index(drop=True)
        df.insert(0, id_column, [f"{prefix}{i:06d}" for i in range(len(df))])
        return df

    def unique(self, make: Callable[[], str]) -> str:
        """A value of ``make()`` that no earlier call returned."""
        while True:
            v = make()
            if v not in self.used:
                self.used.add(v)
                return v

    def digits(self, n: int) -> str:
        return "".join(str(self.rnd.randrange(10)) for _ in range(n))

    def dob(self, lo: float, hi: float) -> dt.date:
        """A birth date of someone ``lo`` to ``hi`` years old on :data:`TODAY`."""
        start = TODAY - dt.timedelta(days=int(hi * 365.25))
        span = max(1, int((hi - lo) * 365.25))
        return start + dt.timedelta(days=self.rnd.randrange(span))

    def name(self, table: dict) -> dict:
        """A name drawn from ``table`` (key: (spellings with weights, weight)): its canonical
        form, the person's own spelling and the spellings heard."""
        r = self.rnd
        keys = list(table)
        key = r.choices(keys, [table[k][1] for k in keys])[0]
        spellings = table[key][0]
        return {"key": key, "own": wpick(r, spellings), "all": spellings}

    def typo(self, s: str | None, p: float = 1.0) -> str | None:
        """``s`` with one of its words of four letters or more slipped, with probability ``p``."""
        if not s or self.rnd.random() >= p:
            return s
        words = s.split(" ")
        idx = [i for i, w in enumerate(words) if len(w) >= 4]
        if not idx:
            return s
        i = self.rnd.choice(idx)
        words[i] = slip(self.rnd, words[i], self.SLIP_LETTERS)
        return " ".join(words)


def records_and_truth(df: pd.DataFrame, id_column: str) -> tuple[pd.DataFrame, pd.Series]:
    """A generator's rows as a probe hands them out: every value a string or None, without the
    person column ``_pid``, which becomes the truth (indexed by ``id_column``)."""
    truth = df.set_index(id_column)["_pid"]
    df = df.drop(columns=["_pid"]).astype(object)
    return df.where(df.notna(), None), truth
