"""The file's own given names, learned from its records that tell a sex.

A given name is held by one sex (0.99 of its holders in North Carolina's voters), a family
name or a town by both as the file is. The first words of the name columns already found, in
the records with a sex, make a vocabulary of given names that needs no list of any country's:
a system stacked in the same file that writes neither a sex nor an e-mail (a registry's
``fname_c1``, a clinic's ``prenom``) has its given names where most values are such words.
Where no record tells a sex, the first words of the given-name columns found (by e-mails or
by name) that the family-name columns hold less often stand in for them
(:func:`named_given_words`).
"""

from __future__ import annotations

import pandas as pd

from tekil.normalize._common import as_strings

#: Records that must hold a word for its sex to count.
_HOLDERS = 5
#: Share of a word's holders of one sex above which it is a given name (a family name's are
#: the file's own share, about a half).
_ONE_SEX = 0.9
#: Records whose names and sexes are read.
_SAMPLE = 20_000


def given_words(df: pd.DataFrame, names: list[str], sexes: list[str], seed: int = 0) -> set[str]:
    """Folded first words of ``names`` (each record's first filled) that the records' sexes
    (the first of ``sexes`` each fills) show to be held by one sex.

    >>> df = pd.DataFrame({"n": ["Anna Roth"] * 5 + ["Jan Roth"] * 5 + ["Roth Eva", "Roth Udo"] * 3,
    ...                    "s": ["w"] * 5 + ["m"] * 5 + ["f", "m"] * 3})
    >>> sorted(given_words(df, ["n"], ["s"]))
    ['anna', 'jan']
    """
    from tekil.normalize import gender

    if not names or not sexes:
        return set()
    rows = _sampled_rows(df, names, sexes, seed)
    if rows.empty:
        return set()
    first = rows["name"].astype(str).map(first_word)
    told = gender(rows["sex"].astype(str))["value"].to_numpy()
    table = pd.DataFrame({"word": first.to_numpy(), "sex": told}).dropna()
    if table.empty:
        return set()
    counts = table.groupby(["word", "sex"]).size().unstack(fill_value=0)
    held = counts.sum(axis=1)
    pure = counts.max(axis=1) >= _ONE_SEX * held
    return set(counts.index[(held >= _HOLDERS) & pure])


def _sampled_rows(df: pd.DataFrame, names: list[str], sexes: list[str], seed: int) -> pd.DataFrame:
    """A sample of the records' first name and sex given (``name``, ``sex``), both present."""
    from tekil.inference import first_present

    rows = pd.DataFrame(
        {"name": first_present(df, names), "sex": first_present(df, sexes)}, index=df.index
    ).dropna()
    return rows.sample(min(len(rows), _SAMPLE), random_state=seed)


#: How many times more often a word must be a name's first word than a later one to be a given
#: name that both sexes bear (a family name is written last, a father's given name after the
#: person's own).
_LEADING = 4


def leading_words(df: pd.DataFrame, names: list[str], sexes: list[str], seed: int = 0) -> set[str]:
    """Folded first words of ``names`` of two words or more that are seldom a later word, in a
    file whose names put the given name first (more of the words the sexes tell are first words
    than later ones): the given names that both sexes bear, whose holders' sex the records tell
    by another word (Harpreet, Amandeep: Singh or Kaur after them) or not at all. A file whose
    names put the family first (Vietnamese, Hungarian) has none.

    >>> df = pd.DataFrame({"n": ["Ana Roth", "Udo Roth", "Kim Ott", "Kim Roth"] * 5,
    ...                    "s": ["f", "m", "f", "m"] * 5})
    >>> sorted(leading_words(df, ["n"], ["s"]))
    ['ana', 'kim', 'udo']
    """
    from tekil.normalize import gender

    if not names or not sexes:
        return set()
    rows = _sampled_rows(df, names, sexes, seed)
    words = rows["name"].astype(str).map(_latin_words)
    rows = rows[words.str.len() >= 2]
    words = words[rows.index]
    if rows.empty:
        return set()
    told = gender(rows["sex"].astype(str))["value"].to_numpy()
    table = (
        pd.DataFrame(
            {
                "words": words.to_numpy(),
                "sex": told,
                "first": [[True] + [False] * (len(ws) - 1) for ws in words],
            }
        )
        .dropna(subset=["sex"])
        .explode(["words", "first"])
    )
    if table.empty:
        return set()
    firsts = table.groupby("words")["first"].agg(["sum", "size"])
    counts = table.groupby(["words", "sex"]).size().unstack(fill_value=0)
    held = counts.sum(axis=1)
    pure = counts.index[(held >= _HOLDERS) & (counts.max(axis=1) >= _ONE_SEX * held)]
    lead = firsts["sum"].astype(int) > firsts["size"] // 2
    if int(lead[pure].sum()) <= int((~lead[pure]).sum()):
        return set()  # the family name first, or no telling
    later = firsts["size"] - firsts["sum"].astype(int)
    leading = (firsts["sum"].astype(int) >= _HOLDERS) & (
        firsts["sum"].astype(int) >= _LEADING * later
    )
    return set(firsts.index[leading])


def _latin_words(value: str) -> list[str]:
    from tekil.normalize.latin import latin
    from tekil.normalize.text import fold

    return [latin(w) for w in fold(value).split()]


def named_given_words(
    df: pd.DataFrame, given: list[str], family: list[str], seed: int = 0
) -> set[str]:
    """Folded first words of the ``given`` name columns that the ``family`` name columns hold
    less often: the file's given names where no record tells a sex (an Israeli bank's and
    health fund's Hebrew names, beside a web shop's given and family name columns).

    >>> df = pd.DataFrame({"g": ["Anna", "Jan", "Anna", None], "f": ["Roth", "Roth", "Jan", "Udo"]})
    >>> sorted(named_given_words(df, ["g"], ["f"]))
    ['anna']
    """
    from tekil.inference import first_present

    def first_words(columns: list[str]) -> pd.Series:
        if not columns:
            return pd.Series(dtype=int)
        names = as_strings(first_present(df, columns).dropna())
        names = names.sample(min(len(names), _SAMPLE), random_state=seed)
        return names.map(first_word).value_counts()

    as_given, as_family = first_words(given), first_words(family)
    held = as_family.reindex(as_given.index, fill_value=0)
    return set(as_given.index[as_given > held])


def given_share(values: pd.Series, words: set[str]) -> float:
    """The share of ``values`` whose first word, folded and in Latin letters
    (:func:`first_word`), is one of ``words``: a Serbian bank's Cyrillic ``Марко`` is the
    ``Marko`` of a telco's records beside it; a word in Arabic letters one whose consonant
    skeleton one of ``words`` shares (:func:`tekil.normalize.latin.skeletons`).

    >>> given_share(pd.Series(["Марко", "Ана", "Петровић", None]), {"marko", "ana"})
    0.6666666666666666
    >>> given_share(pd.Series(["محمد", "فاطمة", "الخطيب"]), {"mohammad", "fatima", "omar"})
    0.6666666666666666
    """

    text = as_strings(values.dropna())
    if text.empty or not words:
        return 0.0
    found = text.map(first_word).isin(words).to_numpy(copy=True)
    abjad = ~text.map(str.isascii).to_numpy() & ~found
    if abjad.any():
        # A name in Arabic letters is the file's Latin given name whose consonants it writes
        # (short vowels unwritten: محمد is Mohammad, Muhammad): each distinct word read once.
        from tekil.normalize.latin import skeletons
        from tekil.normalize.text import fold

        known = set().union(*map(skeletons, words))
        heads = text[abjad].map(lambda v: next(iter(fold(v).split()), ""))
        read = {w: bool(skeletons(w) & known) for w in heads.unique() if w}
        found[abjad] = heads.map(read).fillna(False).to_numpy(dtype=bool)
    return float(found.mean())


def first_word(value: str) -> str | None:
    """A name's first word, folded and in Latin letters (:func:`tekil.normalize.latin.latin`):
    a Russian system's ``Иван`` is a passport's ``IVAN``.

    >>> first_word("Иван Петров"), first_word("JOSÉ Silva"), first_word(" ")
    ('ivan', 'jose', None)
    """
    from tekil.normalize.latin import latin
    from tekil.normalize.text import fold

    word = next(iter(fold(value).split()), None)
    return latin(word) if word else None


#: Codes a column of sexes writes in digits (ISO/IEC 5218: 1 male, 2 female, 0 and 9 not
#: known or not told).
_SEX_DIGITS = frozenset({"0", "1", "2", "9"})


def sex_digits(df: pd.DataFrame, col: str, names: list[str], seed: int = 0) -> bool:
    """Whether ``col`` is a sex written in digits (``1``/``2``, ISO/IEC 5218): its values are
    those codes, ``1`` and ``2`` each in a quarter of them or more, and the words of the
    records' names (the first of ``names`` each fills) follow them: more of the words held by
    five records or more are held by one code than when the codes are shuffled (a given name
    is one sex's, a family name both's; a flag, a card type or a count follows no name).

    >>> given = ["Anna", "Eva", "Jan", "Udo"] * 10
    >>> df = pd.DataFrame({"n": [f"{g} Roth" for g in given],
    ...                    "s": ["2", "2", "1", "1"] * 10, "t": ["1"] * 20 + ["2"] * 20})
    >>> sex_digits(df, "s", ["n"]), sex_digits(df, "t", ["n"])
    (True, False)
    """
    import numpy as np

    from tekil.inference import first_present, sample_present
    from tekil.normalize.text import fold

    def digits(size: int) -> pd.Series | None:
        codes = as_strings(sample_present(df[col], size, seed)).str.strip()
        return codes if set(codes.unique()) <= _SEX_DIGITS else None

    # (A few hundred values first: most columns are no codes of digits.)
    if not names or digits(_HOLDERS * 40) is None or (codes := digits(_SAMPLE)) is None:
        return False
    if len(codes) < _HOLDERS * 4:
        return False
    if min((codes == "1").mean(), (codes == "2").mean()) < 0.25:
        return False
    told = codes[codes.isin(["1", "2"])]
    named = as_strings(first_present(df.loc[told.index], names).dropna())
    if named.empty:
        return False
    words = named.map(lambda v: sorted(set(fold(v).split()))).explode().dropna()
    code = told[words.index].to_numpy()

    def one_code_share(by: np.ndarray) -> float:
        counts = pd.crosstab(words.to_numpy(), by)
        held = counts.sum(axis=1)
        counts = counts[held >= _HOLDERS]
        if counts.empty:
            return 0.0
        return float((counts.max(axis=1) >= _ONE_SEX * counts.sum(axis=1)).mean())

    # (Shuffled by record, so that a record's words keep one code together.)
    rng = np.random.default_rng(seed)
    shuffled = pd.Series(rng.permutation(told.to_numpy()), index=told.index)[words.index]
    return one_code_share(code) >= max(2 * one_code_share(shuffled.to_numpy()), 0.2)
