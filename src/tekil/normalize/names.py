"""Person names: Turkish-aware folding, honorifics, a display form and a given/family split.

>>> import pandas as pd
>>> out = name(pd.Series(["Sayın AYŞE NUR ŞAHİN", "Dr. mehmet ali yilmaz", "Ahmet Bey"]))
>>> out["value"].tolist()
['ayse nur sahin', 'mehmet ali yilmaz', 'ahmet']
>>> out["display"].tolist()
['Ayşe Nur Şahin', 'Mehmet Ali Yilmaz', 'Ahmet']
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from functools import lru_cache, partial

import pandas as pd

from tekil.normalize._common import (
    NA,
    UNPARSEABLE,
    CellReader,
    letters_misread,
    mojibake_undone,
    sample_texts,
)
from tekil.normalize.burmese import BURMESE, burmese_syllables, burmese_title
from tekil.normalize.text import (
    MARKS,
    collapse_spaces,
    fold,
    has_turkish_letter,
    title,
    writes_turkish_i,
)

#: Reason for values that are clearly not a name ("test", "bilinmiyor", "xxx").
PLACEHOLDER = "placeholder"

# Folded forms of titles and forms of address, Turkish, English and of other European
# languages. They are dropped wherever they stand ("Ahmet Bey", "Sayın Ayşe Hanım", "Prof. Dr.
# X"); not "Don" or "M.", which are also names and initials.
HONORIFICS = frozenset(
    [
        "bey",
        "hanim",
        "hanimefendi",
        "beyefendi",
        "sayin",
        "sn",
        "say",
        "bay",
        "bayan",
        "dr",
        "doc",
        "prof",
        "av",
        "muh",
        "ogr",
        "gor",
        "uzm",
        "ecz",
        "vet",
        "opr",
        "yrd",
        "mr",
        "mrs",
        "ms",
        "miss",
        "mx",
        "sir",
        "dame",
        "madam",
        "mme",
        "mlle",
        "herr",
        "frau",
        "hr",  # Herr, as Danish and Norwegian write it too
        "fr",  # Frau; Father, of a priest
        "monsieur",
        "madame",
        "mademoiselle",
        "sra",
        "dna",  # Doña
        "srta",
        "senor",
        "senora",
        "senorita",
        "senhor",
        "senhora",
        "sig",
        "signor",
        "signora",
        "signorina",
        "dhr",
        "mevr",
        "mej",
        # Singapore and Malaysia: Madam, the Malay forms of address and the pilgrim's title.
        "mdm",
        "encik",
        "puan",
        "cik",
        "hj",
        "hjh",
        "haji",
        "hajjah",
        # India: Shrimati (a married woman) and Shri.
        "smt",
        "shrimati",
        "srimati",
        "shri",
        # West Africa: the pilgrim's titles as Nigeria and Ghana write them, and the
        # professional and church titles written before names (Engineer, the Reverend).
        "alhaji",
        "alhaja",
        "alh",
        "hajia",
        "hajiya",
        "engr",
        # Ghana: Madam written "Mad." and the Auntie a market woman is called by.
        "mad",
        "auntie",
        "aunty",
        "rev",
        "revd",
        "evang",
        "pst",
        "deaconess",
        # Italy: Dottore, Dottoressa ("Dott.ssa"), Avvocato, Geometra, Ragioniere.
        "dott",
        "dottor",
        "dottore",
        "dottoressa",
        "ssa",
        "avv",
        "geom",
        "rag",
        # Greece: Mrs (κα, κυρία), Mr (κος, κύριος), Dr (the lower-case κ. alone: see _one_name).
        "κα",
        "κος",
        "κυρια",
        "κυριος",
        "δρ",
        # Academic degrees written before the name in Central Europe, the Low Countries and
        # Indonesia: Diplom ("Dipl.-Ing.", "Dipl.-Kfm."), Magister (Polish, Czech "Mgr."),
        # doctorandus ("drs."); Ing., Ir. and Mag. in LEADING_HONORIFICS.
        "dipl",
        "kfm",
        "mgr",
        "drs",
    ]
)
#: Titles dropped only before a name, where they are no name themselves: "Sr." before a name
#: is the Spanish "Señor" (after it, "Senior", :data:`SUFFIXES`); Chief, Pastor, Barrister
#: ("Barr."), Architect ("Arc."), the Honourable and the Hausa Mallam before a Nigerian name,
#: where Barr, Pastor, Deacon and Hon are family or given names after one; the pilgrim's
#: title as the Maghreb and Egypt write it (Hajj, Hadja, الحاج), a family name after a
#: given one (Ali Hadj, Benhadj); the engineer's and the magister's degrees (Czech, Austrian,
#: Dutch "Ing.", Dutch and Indonesian "Ir.", Austrian "Mag."), syllables of Chinese names after one.
LEADING_HONORIFICS = frozenset(
    ["sr", "chief", "pastor", "barr", "arc", "hon", "mallam", "malam", "deacon",
     "hajj", "hajja", "haj", "hadj", "hadja", "الحاج", "الحاجة", "الحاجه", "ing", "ir", "mag",
     # Muhammad and Mosammat abbreviated before a South Asian or Malay name ("Md. Rafiqul
     # Islam", "Mst. Nasrin Akter", "Mohd Azlan"): most men's and women's, and often dropped.
     "md", "mohd", "muhd", "mst", "most", "mosammat", "mosamat", "মোঃ", "মোসাঃ", "মো",
     # Titles of descent and rank before a Pakistani or Bangladeshi name, as often left out
     # ("Syed Ali Raza", "Ch. Rizwan Ahmad", "Sheikh Kamal"); after the name, a family name.
     "syed", "syeda", "sheikh", "shaikh", "sk", "ch", "chaudhry", "chaudhary", "mian"]
)  # fmt: skip

#: Forms of address that are given names too, before a given name only: the Spanish and
#: Portuguese "Don", "Doña", "Dona" ("Don Rodrigo"; but "Don Smith" is a Donald). Whether the
#: next word is a given name the data tells (:func:`tekil.records.read_whole_name`).
GIVEN_NAME_HONORIFICS = frozenset(["don", "dona"])

#: Generational suffixes: kept in the name (a father and son differ by them), never taken
#: for the family name.
SUFFIXES = frozenset(["jr", "sr", "ii", "iii", "iv", "junior", "senior", "jnr", "snr"])

#: Degrees and professional letters written after a name ("Anne Lee PhD", "John Smith, MD"):
#: dropped from the end of a name of three words or more ("Md Rahman" is Mohammed Rahman).
POST_NOMINALS = frozenset([
    "phd", "dphil", "md", "dds", "dmd", "dvm", "esq", "mba", "cpa", "rn", "lpn", "jd", "llm",
    "msc", "bsc", "meng", "mph", "frcp", "frcs", "facs",
])  # fmt: skip

#: Words that start a family name rather than end the given names: "Jan van der Berg" is Jan
#: of the van der Berg family, "João da Silva" of the da Silva, "Juan de la Cruz" of the de la
#: Cruz, "Mohammed bin Salman" of the bin Salman (as written in full, folded); Spanish and
#: Filipino ones joined or of a saint ("Juan Dela Cruz", "Ana De los Santos", "Joel Sta. Maria",
#: "Rosa San Juan").
PARTICLES = frozenset([
    "van", "von", "der", "den", "de", "del", "della", "dei", "degli", "di", "da", "das", "do",
    "dos", "du", "des", "la", "le", "ter", "ten", "zu", "zum", "zur",
    "dela", "delos", "delas", "los", "las", "san", "santa", "santo", "sta", "sto",
    "bin", "binti", "bint", "ibn", "al", "el", "ben", "بن", "بنت", "ابن", "ال", "آل",
    "ould", "ait",  # son of, sons of (Ould Abbes, Ait Ali)
    "bani", "beni", "banu", "بنی", "بنو",  # of the tribe of (Bani Hani, Jordan's; Beni Hassan)
])  # fmt: skip
#: Particles that are never a given name themselves: with one word after them, they are a
#: family name alone ("M. El Hassani", "Mme Ould Abbes"); "Van", "Ben", "Al" may be given names.
FAMILY_ONLY_PARTICLES = frozenset(["el", "ould", "ait", "آل", "بنی", "بنو"])

#: Family names that their people write first, then the middle names, the given name last, by
#: which they are called: Vietnamese ("Nguyễn Thị Minh Khai" is Khai of the Nguyễn family; Thị
#: and Văn, the middle names of most women and men, go with the family name, and "Văn" is no
#: Dutch "van"). Folded; the common ones, which most of Vietnam's people bear, that are no
#: given name too (Hoàng, Mai, Hà, Lâm, Châu, Giang are both, and stay out).
FAMILY_NAMES_FIRST = frozenset([
    "nguyen", "tran", "le", "pham", "huynh", "phan", "vu", "vo", "dang", "bui", "do", "ho", "ngo",
    "duong", "ly", "dinh", "truong", "luong", "trinh", "doan", "luu", "quach", "kieu", "vuong",
])  # fmt: skip

# Folded values that people type when they do not know or will not give a name.
PLACEHOLDERS = frozenset(
    [
        "test",
        "deneme",
        "xxx",
        "nmi",  # "no middle initial", "no middle name" of US forms
        "nmn",
        "xx",
        "x",
        "yok",
        "bilinmiyor",
        "bilinmeyen",
        "isimsiz",
        "adsiz",
        "belirtilmemis",
        "unknown",
        "none",
        "null",
        "nil",
        "na",
        "n a",  # N/A ("A." and "N." alone are initials: Anna, Nikolai)
        "nn",
        "asdf",
        "qwerty",
        "musteri",
        "customer",
        "anonim",
        "anonymous",
        # Whoever lives there: a supplier's or a mailer's record of an address, not a person.
        "occupier",
        "the occupier",
        "the occupiers",
        "current occupier",
        "the current occupier",
        "resident",
        "the resident",
        "the residents",
        "householder",
        "the householder",
        "the owner",
        "the homeowner",
        # A patient brought in unknown: an emergency department's alias for whoever it is.
        "john doe",
        "jane doe",
        "baby doe",
        "unknown unknown",
        "unknown male",
        "unknown female",
        "male",
        "female",
        "trauma",
        "zztrauma",
        "zzunknown",
        "unidentified",
    ]
)

#: A newborn's registration before the child is named ("BABY GIRL", "BG", "Baby Boy B",
#: "TWIN A", "Baby of Jane"): no given name of the child's, the family name after it (a
#: mother's, or the father's) theirs. Folded; the twin's letter and a mother's name go too.
#: "Baby" alone is a given name or a nickname (Filipino, Keralan), "Baby Smith" too.
_NEWBORN = re.compile(
    r"(?:(?:baby|infant|newborn|nb) ?(?:girl|boy|male|female)|bg|bb|twin"
    r"|(?:baby|infant|newborn)(?= (?:[a-f]|of)\b))(?: (?:[a-f]|twin(?: [a-f])?))?(?: of(?: \S+)?)?"
)

_DIGITS = re.compile(r"\d+")
#: Words of letters apart from single spaces or hyphens: what most names are.
_PLAIN = re.compile(r"[^\W\d_]+(?:[ -][^\W\d_]+)*")
_SIGNORA = re.compile(r"\bsig\.?\s*ra\b\.?", re.IGNORECASE)
_DISPLAY_JUNK = re.compile(rf"[^\w{MARKS}\s\-]+|_")
#: Marks that join the letters beside them: apostrophes, Hebrew's geresh and gershayim, and the
#: turned comma and apostrophe of Uzbek Latin's oʻ, gʻ and its hamza (Toʻxtayev, Maʼruf), which
#: keyboards without them type as ‘ or ` (O‘tkir, To`xtayev) or leave out.
_JOINING_MARKS = str.maketrans(dict.fromkeys("'’\u02bb\u02bc\u2018`\u05f3\u05f4", ""))
_ORPHAN_MARKS = re.compile(rf"(?<![\w{MARKS}])[{MARKS}]+")  # a mark with no letter to sit on
#: Remarks written beside a name: "(work)", "[old]", "{dup}", a quoted nickname ("Johnny").
_REMARKS = re.compile(r"\([^)]*\)|\[[^\]]*\]|\{[^}]*\}|\"[^\"]*\"|“[^”]*”|„[^“”]*[“”]")
#: Two people in one name field: "John & Jane Smith", "Mr and Mrs Smith", "Hans und Eva Weber".
_COUPLE = re.compile(r"\s*(?:&|\band\b|\bund\b)\s*", re.IGNORECASE)
#: A doctor's field after the title ("Dr. med.", "Prof. Dr. rer. nat."): lower case, abbreviated.
_DEGREE_AFTER_TITLE = re.compile(r"\b([Dd][Rr]|[Pp][Rr][Oo][Ff])\.?\s+(?:[a-z]{2,6}\.\s*)+")


def name(
    values: pd.Series,
    turkish: bool | None = None,
    hyphenated_words: bool = False,
    family_in_capitals: bool | None = False,
    syllables_joined: bool = True,
    family_first: bool = False,
    monsieur: bool = False,
    burmese: bool = False,
    family_particles: tuple[str, ...] = (),
) -> pd.DataFrame:
    """Normalise a column of person names (first, last or full names).

    Returns a DataFrame aligned to ``values`` with columns:

    * ``value``   - folded form for matching: Turkish lower case, ASCII letters
      (ı→i, ş→s, ğ→g, ç→c, ö→o, ü→u), honorifics and digits removed, single spaces;
    * ``reason``  - ``missing``, ``unparseable`` (no letters left), ``placeholder``
      ("test", "bilinmiyor", "xxx"), or ``<NA>`` when fine;
    * ``display`` - the name as a person would write it ("Ayşe Nur Şahin"), title case
      with the original letters kept; Turkish title case (``"YILMAZ"`` → ``"Yılmaz"``)
      when ``turkish``, which is inferred from the column when not given
      (:func:`~tekil.normalize.text.writes_turkish_i`), and for a name written with a letter
      only Turkish has;
    * ``given`` / ``family`` - folded split of a full name: the last word is the
      family name, the rest the given names (``<NA>`` for one-word names); with
      ``hyphenated_words`` a hyphenated name is one word ("Hans Müller-Lüdenscheidt" is of
      the Müller Lüdenscheidt family), with ``family_in_capitals`` a family name written
      first in capitals comes last ("DUPONT Jean"; inferred from the column when None,
      :func:`writes_family_in_capitals`). A name of two to four Chinese characters or Hangul
      syllables ("张伟", "김민수") is a one-syllable family name and a given name, unless
      not ``syllables_joined`` (a column that writes them apart: "민수 김"; there "민수"
      alone is one name, :func:`writes_syllables_joined`). With ``family_first`` a name of
      several words in Chinese characters is its family name first ("山田 太郎",
      :func:`writes_family_first`), as one in kana always is ("ヤマダ タロウ"). With
      ``monsieur`` an "M." before a name is the French title (a column that writes "Mme" and
      "Mlle" too, :func:`writes_french_titles`), not an initial; with ``burmese`` a Burmese
      form of address before a name in Latin letters ("U", "Daw", "Ko", "Ma", "Mg") is
      dropped, as one in Burmese script always is (a column that writes them,
      :func:`writes_burmese_titles`). A name of two words whose first is one of
      ``family_particles`` ("Ben Salah", "Van Dijk") is a family name alone (a column that
      writes them inside names, :func:`writes_particles_inside`), not Ben of the Salah family.
    """
    if turkish is None:
        turkish = writes_turkish_i(sample_texts(values, "name"))
    if family_in_capitals is None:
        family_in_capitals = whole_name_arguments(values)["family_in_capitals"]
    return reader(
        turkish=turkish,
        hyphenated_words=hyphenated_words,
        family_in_capitals=family_in_capitals,
        syllables_joined=syllables_joined,
        family_first=family_first,
        monsieur=monsieur,
        burmese=burmese,
        family_particles=family_particles,
    ).frame(values)


def reader(
    *,
    turkish: bool = False,
    hyphenated_words: bool = False,
    family_in_capitals: bool = False,
    syllables_joined: bool = True,
    family_first: bool = False,
    monsieur: bool = False,
    burmese: bool = False,
    family_particles: tuple[str, ...] = (),
) -> CellReader:
    """How :func:`name` reads one cell (the arguments are :func:`name`'s)."""
    columns = ("value", "reason", "display", "given", "family")
    as_written = (hyphenated_words, family_in_capitals)
    if (
        as_written == (False, False)
        and syllables_joined
        and not (family_first or monsieur or burmese or family_particles)
    ):
        # (as stores made before read names)
        return CellReader("name", _turkish_name if turkish else _one_name, columns)
    one = partial(
        _one_name,
        turkish=turkish,
        as_written=as_written,
        syllables_joined=syllables_joined,
        family_first=family_first,
        monsieur=monsieur,
        burmese=burmese,
        family_particles=frozenset(family_particles),
    )
    return CellReader("name", one, columns)


def whole_name_arguments(values: pd.Series, seed: int = 0) -> dict[str, bool]:
    """How a column of whole names is split as written (:func:`name`'s arguments), read off
    a seeded sample of 2,000 of its values."""
    texts = sample_texts(values, "name", 2000, seed=seed)
    return {
        "hyphenated_words": True,
        "family_in_capitals": writes_family_in_capitals(texts),
        "syllables_joined": writes_syllables_joined(texts),
        "family_first": writes_family_first(texts),
        **({"monsieur": True} if writes_french_titles(texts) else {}),
        **({"burmese": True} if writes_burmese_titles(texts) else {}),
        **({"family_particles": inside} if (inside := writes_particles_inside(texts)) else {}),
    }


#: French forms of address written before a name (folded): a column that holds them writes
#: "M." for Monsieur.
_FRENCH_TITLES = frozenset(["mme", "mlle", "madame", "mademoiselle", "monsieur"])
#: Fewest names of a column with a French title before them (of its sample of 2,000) that
#: make "M." Monsieur: a few in a thousand are the column's custom, one or two a stray.
FRENCH_TITLES_SHARE = 0.005


def writes_french_titles(texts: list[str]) -> bool:
    """Whether a column of whole names writes French forms of address before them ("Mme
    Alaoui", "Mlle Nadia"): then its "M." before a name is Monsieur, not an initial.

    >>> writes_french_titles(["Mme Alaoui", "M. Benali", "Karim Tazi", "Mlle Nadia"])
    True
    >>> writes_french_titles(["M. Smith", "John Smith", "Mrs Jones"])
    False
    """
    titled = sum(1 for t in texts if t.split() and _fold_word(t.split()[0]) in _FRENCH_TITLES)
    return titled >= max(2, FRENCH_TITLES_SHARE * len(texts))


#: Burmese forms of address written before a name in Latin letters (folded): U (a man), Daw (a
#: woman), Ko, Ma (a young man, a young woman), Maung or Mg (a boy), Dr; and the Karen and Shan
#: ones (Saw, Naw; Sai, Nang), which some systems keep and others leave out.
BURMESE_TITLES = frozenset(["u", "daw", "ko", "ma", "maung", "mg", "dr"])
BURMESE_PEOPLES = frozenset(["saw", "naw", "sai", "nang"])
#: Of these, the ones no other language writes before a name: a column that writes them (a
#: hundredth of its names) writes Burmese names, and its "Ko" or "Ma" is no Korean or Chinese
#: family name.
_ONLY_BURMESE_TITLES = frozenset(["u", "daw", "maung", "mg", "mg."])
BURMESE_TITLES_SHARE = 0.01


def writes_burmese_titles(texts: list[str]) -> bool:
    """Whether a column of whole names writes Burmese forms of address before them ("U Aung
    Kyaw", "Daw Khin Mya", "Mg Thu"): then its "Ko" and "Ma" before a name are ones too.

    >>> writes_burmese_titles(["U Aung Kyaw", "Daw Khin Mya", "Ko Min Min", "Su Su"])
    True
    >>> writes_burmese_titles(["Ko Eun-ji", "Ma Long", "Kim Min-ji", "U. Schmidt"])
    False
    """
    titled = [w[0] for t in texts if len(w := t.split()) > 1 and _fold_word(w[0]) in BURMESE_TITLES]
    own = [w for w in titled if w.lower() in _ONLY_BURMESE_TITLES]  # (not "U.", an initial)
    return len(own) >= max(2, BURMESE_TITLES_SHARE * len(texts)) and any(
        _fold_word(w) != "u" for w in own
    )


def writes_particles_inside(texts: list[str]) -> list[str]:
    """The particles that may be given names ("Ben", "Al", "Van") which a column of whole names
    writes inside names, between a given name and a family name ("Karim Ben Ali", "Jan van
    Dijk"), at least twice and no less often than first in a name of two words ("Ben Smith"):
    there, "Ben Salah" and "Van Dijk" are family names alone. Folded, sorted.

    >>> writes_particles_inside(["Karim Ben Ali", "Sami Ben Salah", "Ben Moussa", "Yacine Haddad"])
    ['ben']
    >>> writes_particles_inside(["Ben Smith", "Ben Jones", "Mary Ann Smith", "Al Green"])
    []
    """
    inside: Counter[str] = Counter()
    first: Counter[str] = Counter()
    for text in texts:
        words = [_fold_word(w) for w in text.split()]
        words = [w for w in words if w not in HONORIFICS] or words
        if len(words) == 2 and words[0] in PARTICLES:
            first[words[0]] += 1
        # (not behind a family name written first: "Nguyen Van An" is Vietnamese Văn)
        if len(words) >= 3 and words[0] not in FAMILY_NAMES_FIRST | PARTICLES:
            inside.update(w for w in set(words[1:-1]) if w in PARTICLES)
    return sorted(
        p for p, n in inside.items() if n >= 2 and n >= first[p] and p not in FAMILY_ONLY_PARTICLES
    )


def writes_family_first(texts: list[str]) -> bool:
    """Whether whole names of several words in Chinese characters or kana are written family
    name first ("山田 太郎", "ヤマダ タロウ"), as Chinese and Japanese write them, not given
    name first ("秀兰 戴", as some systems made for Latin letters do): fewer words stand first
    than last, a people's family names being fewer than its given names (at least twenty such
    names, and a quarter fewer).

    >>> writes_family_first(["山田 太郎", "山田 花子", "田中 太郎", "田中 一郎"] * 5)
    True
    """
    firsts: set[str] = set()
    lasts: set[str] = set()
    count = 0
    for text in texts:
        words = text.split()
        if len(words) >= 2 and all(map(written_family_first, words)):
            firsts.add(words[0])
            lasts.add(words[-1])
            count += 1
    return count >= 20 and 4 * len(firsts) <= 3 * len(lasts)


def writes_syllables_joined(texts: list[str]) -> bool:
    """Whether whole names of Chinese characters or Hangul syllables are written without a
    space ("王秀英", "김민수"): as many of three or four syllables in one word as of several
    words ("민수 김"). Two syllables alone say nothing (a given name, or "张伟").

    >>> writes_syllables_joined(["王秀英", "张伟", "김민수"]), writes_syllables_joined(["민수 김", "민수"])
    (True, False)
    """
    joined = spaced = 0
    for text in texts:
        words = text.split()
        if not all(map(syllabic, words)):
            continue
        if len(words) > 1:
            spaced += 1
        elif 3 <= len(text) <= 4:
            joined += 1
    return joined >= spaced


def writes_family_in_capitals(texts: list[str]) -> bool:
    """Whether whole names whose words in capitals stand beside others (``DUPONT Jean``,
    ``Jean DUPONT``) write the family name so: of those words that the column's other names
    also hold, most (three in four) stand there last more often than first. Names put in
    capitals by chance are given names about half the time; family names in capitals stand
    last elsewhere unless they are given names too (Martin, Richard, Nicolas: six of France's
    ten commonest family names), which a sample of a French file finds for one in six or seven
    of them (six in seven had read 2,000 of Faker's French names either way by the sample).

    >>> writes_family_in_capitals(["DUPONT Jean", "Marie Dupont", "MARTIN Luc", "Paul Martin"])
    True
    >>> writes_family_in_capitals(["JEAN Dupont", "Jean Martin", "Luc MARTIN", "Paul Martin"])
    False
    """
    in_capitals, first, last = Counter(), Counter(), Counter()
    for text in texts:
        # A title before a name in capitals ("Mrs GRACE MENSAH", "Nii ERIC ANKRAH") and an
        # initial inside it ("ADJOA G. ARTHUR") leave it a name in capitals, not one of a
        # family name in capitals beside given names.
        words = [w for w in text.split() if _fold_word(w) not in _TITLES and not _INITIAL.match(w)]
        if len(words) < 2:
            continue
        capitals = [_in_capitals(word) for word in words]
        if any(capitals) and not all(capitals):
            in_capitals.update(_fold_word(w) for w, c in zip(words, capitals, strict=True) if c)
        else:
            first[_fold_word(words[0])] += 1
            last[_fold_word(words[-1])] += 1
    if not in_capitals:
        return False
    seen = [last[word] > first[word] for word in in_capitals if first[word] != last[word]]
    # No word in capitals the column also writes elsewhere (initials only, "Mr AG Pae"): no sign.
    return bool(seen) and sum(seen) >= 3 / 4 * len(seen)


#: Titles and forms of address a name may start with: Ghana's Nana (an elder, a chief), the Ga
#: Nii and Naa, and Maame (mother) are names too, written before a name in capitals all the same.
_TITLES = HONORIFICS | LEADING_HONORIFICS | SUFFIXES | {"nana", "nii", "naa", "maame"}
#: An initial: a letter, perhaps with a full stop.
_INITIAL = re.compile(r"[^\W\d_]\.?$")

#: ``fold`` of one word, cached: a column of names holds far fewer words than names.
_fold_word = lru_cache(maxsize=1 << 16)(fold)


def _fold_words(text: str) -> str:
    """``fold(text)``, each distinct word folded once (folding works within words)."""
    return " ".join(word for word in map(_fold_word, text.split()) if word)


def _turkish_name(text: str) -> tuple:
    return _one_name(text, turkish=True)


#: A deceased person's estate named for them ("Executors of the late John Smith", "Exors of
#: J Smith Dec'd", "The Estate of Mary Jones (deceased)"): the person is the deceased.
_ESTATE = re.compile(
    r"^\s*(?:the\s+)?(?:executors?|exors?|executrix|administrators?|personal\s+representatives?"
    r"|(?:the\s+)?estate)\s+(?:of\s+)?(?:the\s+)?(?:estate\s+of\s+)?(?:the\s+)?(?:late\s+)?"
    r"|\s*\(?\b(?:dec'?d|deceased)\b\.?\)?\s*$",
    re.IGNORECASE,
)
_ESTATE_WORDS = ("exec", "exor", "estate", "dec", "admin", "repres")


def _estate_of(text: str) -> str:
    if not any(word in text.lower() for word in _ESTATE_WORDS):
        return text
    return _ESTATE.sub(" ", text).strip() or text


#: Words that join a person's names to their father's ("Ahmad bin Ismail", "Siti binte
#: Tarudin", "Rajesh s/o Krishnan", "Kavitha a/p Muthu"; Fiji's "f/n", father's name: "Sunita
#: Devi f/n Ram Lal"), or a wife's to her husband's ("Shazia w/o Rizwan Akram", as Pakistani
#: and Indian forms write it): the given names before, the father's or husband's after, as the
#: family name other records write alone.
_SLASHED = re.compile(r"(?<=\s)(?:[sdw]\s*/\s*o|a\s*/\s*[lp]|f\s*/\s*n)\.?(?=\s)", re.IGNORECASE)


def _father_joined(tokens: list[str], slashed: bool) -> int | None:
    """Where the word joining given names to a father's stands (never first or last; "so",
    "do", "al", "ap" only where written with a slash: "al" is also the article of Arabic
    family names), or None."""
    joining = _JOINING | _SLASHED_JOINING if slashed else _JOINING
    return next((k for k in range(1, len(tokens) - 1) if tokens[k] in joining), None)


_JOINING = frozenset({"bin", "binti", "binte", "bte", "bt", "bint", "ibn"})
_SLASHED_JOINING = frozenset({"so", "do", "wo", "al", "ap", "fn"})


#: Abbreviations of names written with a point or a raised letter before another name, as
#: Spanish and Filipino forms write them: "Ma. Cristina", "Mª José" (María), "Sta. Maria",
#: "Sto. Tomas" (Santa, Santo, of a family name).
_ABBREVIATED = re.compile(r"\b(Ma|MA|ma|Sta|STA|sta|Sto|STO|sto)\.\s*(?=\w\w)|\bMª(?=\s*\w\w)")
_WRITTEN_OUT = {"ma": "Maria ", "sta": "Santa ", "sto": "Santo ", "mª": "Maria "}


def _written_out(text: str) -> str:
    """``text`` with :data:`_ABBREVIATED` names written out ("Ma. Cristina" → "Maria Cristina")."""
    return _ABBREVIATED.sub(
        lambda m: _WRITTEN_OUT.get(m.group(0).strip(" .").lower(), m.group(0)), text
    )


#: Saint and Jean abbreviated before another name, with or without a point, as French and
#: Haitian records write them: "St Fleur", "St-Louis" (Saint), "Ste-Anne" (Sainte), "Jn
#: Baptiste", "Jn-Robert" (Jean); an English "St John" is Saint John too. No name is any of
#: these words alone, and none is written after the name it abbreviates.
_SAINTED = re.compile(
    r"(?<![^\W\d_])(st|ste|jn)(?![^\W\d_])\.?([\s-]*)(?=[^\W\d_]{2})", re.IGNORECASE
)
_SAINTED_OUT = {"st": "Saint", "ste": "Sainte", "jn": "Jean"}


def _sainted_out(text: str) -> str:
    """``text`` with :data:`_SAINTED` written out, in the abbreviation's case ("ST FLEUR" →
    "SAINT FLEUR", "Jn-Baptiste" → "Jean-Baptiste", "St.Louis" → "Saint Louis").

    >>> _sainted_out("ST FLEUR"), _sainted_out("Jn-Baptiste"), _sainted_out("Marie St.Louis")
    ('SAINT FLEUR', 'Jean-Baptiste', 'Marie Saint Louis')
    >>> _sainted_out("Stanley St"), _sainted_out("Jnr Smith")
    ('Stanley St', 'Jnr Smith')
    """

    def one(m: re.Match) -> str:
        word = _SAINTED_OUT[m.group(1).lower()]
        word = word.upper() if m.group(1).isupper() else word
        return word + (m.group(2) or " ")

    return _SAINTED.sub(one, text)


#: Ethiopian and Eritrean compound names, "servant of", "child of", "power of", "plant of",
#: "gift of" a saint (Gebremariam, Woldegiorgis, Hailemariam, Teklehaimanot, Habtemichael):
#: abbreviated with a slash (``G/Mariam``, ``W/Giorgis``, ``H/Mariam``, ``T/Haimanot``; with a
#: point and no space before a saint's name, ``T.Giorgis``; in Ge'ez
#: script ``ገ/ማርያም``), or written in two words (``Gebre Mariam``, ``ገብረ ማርያም``), they are one
#: name, written in one word as most records write it. In Latin letters only before a saint's
#: name: Haile and Tekle are given names of their own too ("Haile Gebreselassie").
#: The saints' names that follow such a prefix ("Mariam", "Egziabher", "Giorgis", "Michael").
_SAINTS = (
    r"(?i:mar[iy]|egz|medh|medih|gi[oy]r|geor|ghior|sel+as|silas|mi[ck]h?a?el|i?yesus|kidan"
    r"|haimanot|tsadi?k|kristos|amlak|meskel|tensae)[^\W\d_]*(?![^\W\d_])"
)
_COMPOUND_CUT = re.compile(
    rf"(?<![^\W\d_])([GgWwHhTt])\s*(?:/|\.(?={_SAINTS}))\s*(?=[^\W\d_]{{3}})"
    r"|(?<![^\W\d_])((?:[Gg][Hh]?[Ee][Bb][Rr][EeAa]|[Ww][AaEeOo][Ll][Dd][EeAa]|[Hh][Aa][IiYy][Ll][Ee]"
    rf"|[Tt][Ee][Kk][Ll][EeAa]|[Hh][Aa][Bb][Tt][Ee]))\s+(?={_SAINTS})"
    r"|(?<![^\W\d_])(ገ|ወ|ኃ|ሀ|ሃ|ተ)\s*/\s*(?=[\u1200-\u137f])"
    r"|(?<![^\W\d_])(ገብረ|ወልደ|ኃይለ|ሀብተ|ተክለ)\s+(?=[\u1200-\u137f])"
)
_COMPOUND_PREFIXES = {"g": "Gebre", "w": "Wolde", "h": "Haile", "t": "Tekle",
                      "ገ": "ገብረ", "ወ": "ወልደ", "ኃ": "ኃይለ", "ሀ": "ሀብተ", "ሃ": "ኃይለ", "ተ": "ተክለ"}  # fmt: skip


#: What every compound of :data:`_COMPOUND_CUT` holds: cheap tests that pass most names by.
_COMPOUND_STARTS = ("gebr", "ghebr", "wald", "weld", "wold", "hail", "hayl", "tekl", "habt")
_ETHIOPIC = re.compile("[\u1200-\u137f]")


def _compounds_joined(text: str) -> str:
    """``text`` with Ethiopian compound names (:data:`_COMPOUND_CUT`) written in one word."""
    if " " not in text and "/" not in text and "." not in text:
        return text
    if "/" not in text and "." not in text:
        low = text.lower()
        if not any(start in low for start in _COMPOUND_STARTS) and not (
            not text.isascii() and _ETHIOPIC.search(text)
        ):
            return text
    return _COMPOUND_CUT.sub(
        lambda m: (
            _COMPOUND_PREFIXES[(m.group(1) or m.group(3)).lower()]
            if m.group(1) or m.group(3)
            else m.group(2) or m.group(4)
        ),
        text,
    )


#: Arabic compound names: "servant of" one of God's names (Abdelkader, written Abd El Kader,
#: Abdel-Kader, Abdul Rahman; عبد القادر) and "... of the faith" (Salaheddine, Salah El Din,
#: Nour Eddine, Moin-ud-Din) are one name, written in one word as many records write it.
_ARABIC_COMPOUND = re.compile(
    r"(?<![^\W\d_])((?i:abd|abdel|abdul|abdal|abdoul|abdil))\.?[\s-]+"
    r"(?:((?i:el|al|ul|ol|il|ar|er|ur|as|es|at|et|az|ez|an|en|ad|ed))[\s-]+)?(?=[^\W\d_]{2})"
    r"|(?<=[^\W\d_])[\s-]+((?i:el|ed|ud|al|ad|eddin|eddine|uddin))(?:[\s-]+((?i:din|dine)))?"
    r"(?![^\W\d_])"
    r"|(?<![^\W\d_])(عبد)\s+(?=[^\W\d_])"
)


def _arabic_compounds_joined(text: str) -> str:
    """``text`` with Arabic compound names (:data:`_ARABIC_COMPOUND`) written in one word."""
    low = text.lower()
    if "abd" not in low and "din" not in low and "عبد" not in text:
        return text
    return _ARABIC_COMPOUND.sub(_compound_part, text)


def _compound_part(m: re.Match) -> str:
    if m.group(1) or m.group(5):  # abd (el): the prefix and its article, joined to what follows
        return (m.group(1) or m.group(5)) + (m.group(2) or "")
    if m.group(4) is None and m.group(3).lower() not in ("eddin", "eddine", "uddin"):
        return m.group(0)  # el, al alone after a name: an article of a family name (Ali El Amrani)
    return m.group(3) + (m.group(4) or "")


#: Thai titles, written before the given name with or without a space (นายสมชาย, นาง สุดา):
#: Mr, Mrs, Miss (นางสาว, น.ส.), a boy and a girl (เด็กชาย, ด.ช.; เด็กหญิง, ด.ญ.), Khun.
_THAI_TITLE = re.compile(
    r"^\s*(?:นางสาว|นาง|นาย|น\.\s?ส\.|เด็กชาย|เด็กหญิง|ด\.\s?ช\.|ด\.\s?ญ\.|คุณ)\s*"
    r"(?=[\u0e01-\u0e2e][\u0e01-\u0e4e])"
)


def _one_name(
    text: str,
    turkish: bool = False,
    as_written: tuple[bool, bool] = (False, False),
    syllables_joined: bool = True,
    family_first: bool = False,
    monsieur: bool = False,
    burmese: bool = False,
    family_particles: frozenset[str] = frozenset(),
) -> tuple:
    text = mojibake_undone(text)  # "JOÃƒO": UTF-8 read back through the wrong code page
    if "^" in text:
        text = _hl7_name(text)
    if "/" in text:
        text = _reservation_name(text)
    if not (as_written[1] or burmese):  # (a family name in capitals may move: read in full)
        plain = _plain_name(text, turkish)
        if plain is not None:
            return plain
    return _read_name(
        text, turkish, as_written, syllables_joined, family_first, monsieur, burmese,
        family_particles,
    )  # fmt: skip


#: A name as airline reservations (and the hotels and agencies fed by them) write it: the
#: family name, a slash and the given names, no spaces around it ("SMITH/JOHN MR"). The word
#: before the slash has two letters or more: "G/Mariam" (Gebremariam), "s/o" are no such name.
_RESERVATION = re.compile(
    r"([^\W\d_](?:[^\W\d_]|['’ -])*[^\W\d_]{2})/([^\W\d_](?:[^\W\d_]|['’ .-])*)"
)
#: Titles a reservation writes after the given names, with a space or glued to them
#: ("JOHNMR", "KEVINMSTR": Master, a boy), longest first; Dr only apart (Aleksandr).
_RESERVATION_TITLES = ("MSTR", "MISS", "MRS", "MR", "MS")
_RESERVATION_APART = frozenset({*_RESERVATION_TITLES, "DR", "PROF", "REV", "CHD", "INF"})


def _reservation_name(text: str) -> str:
    """A reservation's ``FAMILY/GIVEN TITLE`` as ``FAMILY, GIVEN``, which is read family name
    first (all of it before the comma); a title after the given names dropped, also one glued
    to them where the name is in capitals. Any other text is left as it is.

    >>> _reservation_name("SMITH/JOHN MR"), _reservation_name("MUELLER/ANNALENAMRS")
    ('SMITH, JOHN', 'MUELLER, ANNALENA')
    >>> _reservation_name("GARCIA LOPEZ/MARIA JOSE MS"), _reservation_name("LEE/KEVINMSTR")
    ('GARCIA LOPEZ, MARIA JOSE', 'LEE, KEVIN')
    >>> _reservation_name("HASSAN/AMR"), _reservation_name("IVANOV/ALEKSANDR")
    ('HASSAN, AMR', 'IVANOV, ALEKSANDR')
    >>> _reservation_name("Ram Prasad s/o Shiu"), _reservation_name("Abebe G/Mariam")
    ('Ram Prasad s/o Shiu', 'Abebe G/Mariam')
    """
    m = _RESERVATION.fullmatch(text.strip())
    if m is None:
        return text
    family, given = m.group(1).strip(), m.group(2).split()
    if len(given) > 1 and given[-1].upper().rstrip(".") in _RESERVATION_APART:
        given.pop()
    elif given and text.isupper():
        last = given[-1]
        cut = next(
            (t for t in _RESERVATION_TITLES if last.endswith(t) and len(last) - len(t) >= 2), ""
        )
        if cut:
            given[-1] = last[: -len(cut)]
    return f"{family}, {' '.join(given)}" if given else text


def _hl7_name(text: str) -> str:
    """A name as HL7 messages write it (their XPN type: family name, given name, middle names,
    suffix, title and degree, apart by carets) as ``FAMILY SUFFIX, GIVEN MIDDLE``, which is
    read family name first (all of it before the comma); the title and degree dropped.

    >>> _hl7_name("SMITH^JOHN^A"), _hl7_name("SMITH^JOHN^^JR^DR^MD"), _hl7_name("SMITH^JOHN")
    ('SMITH, JOHN A', 'SMITH JR, JOHN', 'SMITH, JOHN')
    >>> _hl7_name("SMITH^"), _hl7_name("^JOHN")
    ('SMITH', 'JOHN')
    """
    parts = [part.strip() for part in text.split("^")] + [""] * 3
    family = " ".join(part for part in (parts[0], parts[3]) if part)
    given = " ".join(part for part in parts[1:3] if part)
    return f"{family}, {given}" if family and given else family or given


def _newborn(tokens: list[str]) -> int:
    """How many of a name's first words say it is a newborn's, not yet named ("baby girl
    smith": 2); 0 for any other name, also where nothing follows ("baby": a placeholder)."""
    for k in range(min(len(tokens) - 1, 4), 0, -1):
        if _NEWBORN.fullmatch(" ".join(tokens[:k])):
            return k
    return 0


def _plain_name(text: str, turkish: bool) -> tuple | None:
    """What :func:`_read_name` makes of a name of ordinary words of Latin letters, one space
    apart (:func:`_ordinary_word`), as most names are: each word title-cased and folded
    once; the last word the family name. None for any other name.

    >>> _plain_name("AYŞE nur ŞAHİN", False)
    ('ayse nur sahin', <NA>, 'Ayşe Nur Şahin', 'ayse nur', 'sahin')
    >>> _plain_name("Jan van der Berg", False) is None  # (particles: read in full)
    True
    """
    words = text.split(" ")
    turkish = turkish or has_turkish_letter(text)  # as title() decides
    read = [_ordinary_word(word, turkish) for word in words]
    if None in read:
        return None
    display = " ".join(titled for titled, _ in read)
    tokens = [folded for _, folded in read]
    value = " ".join(tokens)
    if value in PLACEHOLDERS or _NEWBORN.fullmatch(value) or _newborn(tokens):
        return None
    if len(tokens) == 1:
        return (value, NA, display, NA, NA)
    return (value, NA, display, " ".join(tokens[:-1]), tokens[-1])


@lru_cache(maxsize=1 << 17)
def _ordinary_word(word: str, turkish: bool) -> tuple[str, str] | None:
    """A word's title case and folded form, where :func:`_read_name` reads it as a plain
    part of a name wherever it stands: two letters or more, of the Latin alphabets, as
    Unicode composes them; no title, particle, suffix or other word that a name's reading
    treats apart, nor a part of one (an Ethiopian or Arabic compound, an estate, a birth
    name, a couple's "and"). None for any other word."""
    if len(word) < 2 or not word.isalpha() or max(word) > _LATIN_END:
        return None
    if not (word.isascii() or unicodedata.is_normalized("NFKC", word)):
        return None
    titled = title(word, turkish)
    folded = _fold_word(titled)
    low = word.lower()
    if (
        not folded.isalpha()
        or folded in _WORDS_APART
        or _born(word)
        or _married(word)
        or _wife_of(word)
        or any(part in low or part in folded for part in _PARTS_APART)
        or folded.endswith(_PATRONYMIC_ENDINGS)
    ):
        return None
    return titled, folded


#: The last letter of the Latin alphabets (Latin Extended-B): other scripts read in full.
_LATIN_END = "\u024f"
#: Folded words that :func:`_read_name` treats apart wherever they stand.
_WORDS_APART = (
    HONORIFICS | LEADING_HONORIFICS | GIVEN_NAME_HONORIFICS | SUFFIXES | POST_NOMINALS
    | PARTICLES | FAMILY_ONLY_PARTICLES | FAMILY_NAMES_FIRST | PLACEHOLDERS | _JOINING
    | _SLASHED_JOINING | {"and", "und"} | set(_SAINTED_OUT)
)  # fmt: skip
#: Parts of words that start a reading of their own: compounds, estates, "Sig.ra".
_PARTS_APART = (*_COMPOUND_STARTS, "abd", "din", *_ESTATE_WORDS, "sig")


def _read_name(
    text: str,
    turkish: bool,
    as_written: tuple[bool, bool],
    syllables_joined: bool,
    family_first: bool,
    monsieur: bool,
    burmese: bool = False,
    family_particles: frozenset[str] = frozenset(),
) -> tuple:
    """A name read in full: :func:`_one_name`'s arguments."""
    if "\u02bb" in text or "\u02bc" in text:  # apostrophes Unicode counts as letters (Oʻtkir)
        text = text.translate(_JOINING_MARKS)
    if "\u0e01" <= text.lstrip()[:1] <= "\u0e4e":
        text = _THAI_TITLE.sub("", text, count=1)
    if BURMESE.search(text):  # a syllable a word, as Latin letters write them; no U, Daw, Ko
        text = burmese_title(burmese_syllables(text))
    if text.count(" ") >= 2:  # an estate has three words or more ("Estate of Smith")
        text = _estate_of(text)
    if "." in text or "ª" in text:
        text = _written_out(_generation_last(text))
    if _SAINTED.search(text):
        text = _sainted_out(text)
    text = _arabic_compounds_joined(_compounds_joined(text))
    slashed = "/" in text and _SLASHED.search(text) is not None
    if slashed:  # "s/o" as one word, to be dropped below
        text = _SLASHED.sub(lambda m: re.sub(r"[\s/.]", "", m.group(0)), text)
    # Most names are words of letters: no remarks, commas, digits or marks to clean.
    plain = _PLAIN.fullmatch(text) is not None and (
        text.isascii() or unicodedata.is_normalized("NFKC", text)
    )
    if plain:
        text = _first_person(text)
        words = (_SIGNORA.sub("signora", text) if "sig" in text.lower() else text).split()
    else:
        words = _cleaned_words(text)
    kept = [w for w in words if _fold_word(w) not in HONORIFICS] or words
    born = next((k for k, w in enumerate(kept) if _born(w)), 0)
    if 0 < born < len(kept) - 1:
        kept = kept[:born]  # "Schulz geb. Meier": the name now, not the birth name after it
    if len(kept) >= 3 and any(map(_married, kept[1:-1])):
        # "DIOP épouse FALL", "Fofana ép. Traoré": her birth name and her husband's, as
        # French forms join them; one system knows her by one, another by the other.
        kept = [kept[0], *(w for w in kept[1:-1] if not _married(w)), kept[-1]]
    kept, wife = _without_husband(kept)
    if len(kept) > 1 and kept[0] == "κ":
        kept = kept[1:]  # Greek "κ." before a name is Mr, in lower case (an initial is "Κ.")
    if len(kept) > 1 and _fold_word(kept[0]) in LEADING_HONORIFICS:
        kept = kept[1:]
    if monsieur and len(kept) > 1 and kept[0] in ("M.", "M", "m.", "m"):
        kept = kept[1:]  # Monsieur, in a column that writes Mme and Mlle
    if burmese and len(kept) > 1 and _fold_word(kept[0]) in BURMESE_TITLES:
        kept = kept[1:]  # U, Daw, Ko, Ma, Maung, in a column that writes Burmese names so
    if burmese and len(kept) > 1 and _fold_word(kept[0]) in BURMESE_PEOPLES:
        kept = kept[1:]  # the Karen and Shan Saw, Naw, Sai, Nang, as often left out
    while len(kept) > 2 and _fold_word(kept[-1]) in POST_NOMINALS:
        kept = kept[:-1]
    display = title(" ".join(kept), turkish)
    # Digits go after folding too: NFKD turns "¼" into "1⁄4" (a plain name folds to letters).
    value = _fold_words(display) if plain else collapse_spaces(_DIGITS.sub(" ", fold(display)))
    if not (plain and text.isascii()) and value != _first_person(value):
        # A couple's "and" that stands apart only once cleaned or folded ("ÀND2A", "ANÐ"):
        # read the value as a second pass would, so that reading a value again gives it back.
        return _one_name(
            _first_person(value),
            turkish,
            as_written,
            syllables_joined,
            family_first,
            monsieur,
            burmese,
            family_particles,
        )
    if not value:
        return (NA, UNPARSEABLE, NA, NA, NA)
    if value in PLACEHOLDERS or _NEWBORN.fullmatch(value):
        return (value, PLACEHOLDER, display, NA, NA)
    tokens = value.split()
    born = _newborn(tokens)
    if born:  # "BABY GIRL SMITH": the family name alone
        family = " ".join(tokens[born:])
        return (family, NA, title(family, turkish), NA, family)
    at = _father_joined(tokens, slashed) if len(tokens) >= 3 else None
    if at is not None and slashed and at >= 2 and len(tokens) - at - 1 >= 2:
        # "ram prasad s/o shiu narayan", "ali raza s/o muhammad akram": two names or more on
        # each side, the person's whole name before (as other records write it alone), the
        # father's or husband's after, someone else's.
        own = tokens[:at]
        return (" ".join(own), NA, display, " ".join(own[:-1]), own[-1])
    if at is not None:  # "ahmad bin ismail": given names, and the father's as a family name
        father = tokens[at + 1 :]
        while len(father) > 1 and father[-1] in SUFFIXES:
            father = father[:-1]  # (the suffix stays in the value only)
        value = " ".join(tokens[:at] + tokens[at + 1 :])
        return (value, NA, display, " ".join(tokens[:at]), " ".join(father))
    if syllables_joined and len(tokens) == 1 and 2 <= len(value) <= 4 and syllabic(value):
        # "张伟", "김민수": family name first, one character (two of four: 欧阳娜娜, 남궁민수).
        cut = 2 if len(value) == 4 else 1
        return (value, NA, display, value[cut:], value[:cut])
    # "山田 太郎", "ヤマダ タロウ": Taro of the Yamada family, in a column that writes Chinese
    # characters so (:func:`writes_family_first`), and in kana, Japanese only, always.
    first = family_first or _KANA.search(value) is not None
    if first and len(tokens) >= 2 and all(map(written_family_first, tokens)):
        return (value, NA, display, " ".join(tokens[1:]), tokens[0])
    if as_written != (False, False):
        tokens = _written_words(kept, tokens, *as_written)
    given, family = _split_at_comma(text, tokens) if "," in text else (None, None)
    if wife and len(tokens) == 1:
        return (value, NA, display, NA, value)  # "Kovács Jánosné": a Kovács, her name unwritten
    if family is None:
        given, family = split_whole_name(tokens, family_particles)
    return (value, NA, display, given or NA, family or NA)


#: Hungarian generation words written before a name ("ifj. Nagy János", the younger; "id.", the
#: elder; after a title: "dr. ifj. Tóth László") and Czech and Slovak ones after it ("Jan Novák
#: ml.", mladší; "st.", starší), with their points (the words alone may be names).
_GENERATION_BEFORE = re.compile(r"^((?:dr\.?\s+)?)(ifj|id)\.\s*(?=\S+\s+\S)", re.I)
_GENERATION_AFTER = re.compile(r"(?<=\S\s)\s*\b(ml|st)\.\s*$", re.I)


def _generation_last(text: str) -> str:
    """A name with its generation word written as English writes it, last, where the suffix is
    read (:func:`~tekil.normalize.generations.suffix_apart`).

    >>> _generation_last("ifj. Nagy János"), _generation_last("dr. id. Tóth László")
    ('Nagy János Jr', 'dr. Tóth László Sr')
    >>> _generation_last("Jan Novák ml."), _generation_last("St. John Smith")
    ('Jan Novák Jr', 'St. John Smith')
    >>> _generation_last("Ifj Nagy"), _generation_last("Novák st.")
    ('Ifj Nagy', 'Novák st.')
    """
    if (m := _GENERATION_BEFORE.match(text)) is not None:
        word = "Jr" if m.group(2).lower() == "ifj" else "Sr"
        return f"{text[: m.start(2)]}{text[m.end() :].rstrip()} {word}"
    if (m := _GENERATION_AFTER.search(text)) is not None and len(text[: m.start()].split()) >= 2:
        return f"{text[: m.start()].rstrip()} {'Jr' if m.group(1).lower() == 'ml' else 'Sr'}"
    return text


def _without_husband(words: list[str]) -> tuple[list[str], bool]:
    """A Hungarian married woman's name without her husband's part (``-né``, "wife of"), and
    whether there was one: "Kovácsné Szabó Anna" (his family name, then her own name) is Anna
    Szabó; "Kovács Jánosné" (his whole name) is a Kovács whose own given name is not written,
    and no János. "Kovácsné Anna" (his family name, her given name) stays as written.

    >>> _without_husband(["Kovácsné", "Szabó", "Anna"]), _without_husband(["Kovács", "Jánosné"])
    ((['Szabó', 'Anna'], True), (['Kovács'], True))
    >>> _without_husband(["René", "Dupont"]), _without_husband(["Kovácsné", "Anna"])
    ((['René', 'Dupont'], False), (['Kovácsné', 'Anna'], False))
    """
    if len(words) >= 3 and _wife_of(words[0]) and not any(map(_wife_of, words[1:])):
        return words[1:], True
    if len(words) >= 2 and _wife_of(words[-1]) and not any(map(_wife_of, words[:-1])):
        return words[:-1], True
    return words, False


def _wife_of(word: str) -> bool:
    """Whether a word is a name with the Hungarian ending of a married woman: "Kovácsné",
    "JÁNOSNÉ" (a stem of three letters or more: "René" is a French given name)."""
    low = word.lower()
    return low.endswith("né") and len(low) >= 5 and low[:-2].isalpha()


#: Words that put the birth name after a woman's name now: German "geb." (geborene), French and
#: English "née" (with its accent: "Nee" is a Chinese name's syllable too).
BIRTH_NAME_MARKERS = frozenset(["geb", "geborene", "née"])


def _born(word: str) -> bool:
    return word.lower().rstrip(".") in BIRTH_NAME_MARKERS


#: Words of a French form that join a married woman's birth name to her husband's family name:
#: "épouse" and its short forms ("ép.", "epse"), "veuve" (his widow, "Vve").
MARRIED_MARKERS = frozenset(["epouse", "ep", "epse", "veuve", "vve"])


def _married(word: str) -> bool:
    return fold(word).lower().rstrip(".") in MARRIED_MARKERS


def _split_at_comma(text: str, tokens: list[str]) -> tuple[str | None, str | None]:
    """Given and family name of a name written family name first before a comma: all of what
    the comma ends is the family name ("Ripoll Cozar, Jose Maria"), not its last word alone;
    ``(None, None)`` for any other name."""
    if _surname_first(text) == text:
        return None, None
    before = [_fold_word(w) for w in _cleaned_words(text.split(",")[0])]
    before = [w for w in before if w and w not in HONORIFICS]
    if len(tokens) > 1 and tokens[-1] in SUFFIXES:  # "Smith Jr, John": John Smith, a junior
        tokens = tokens[:-1]
        before = before[:-1] if len(before) > 1 and before[-1] in SUFFIXES else before
    if not 0 < len(before) < len(tokens) or tokens[-len(before) :] != before:
        return None, None
    return " ".join(tokens[: -len(before)]), " ".join(before)


def _cleaned_words(text: str) -> list[str]:
    """The words of a name as written, with remarks, punctuation and digits cleaned away."""
    # Compatibility forms first (superscripts, full-width letters, ligatures), so that a
    # second pass over the result sees the same words.
    text = _REMARKS.sub(" ", unicodedata.normalize("NFKC", text))
    text = _first_person(_surname_first(text))
    text = _SIGNORA.sub("signora", text)  # "Sig.ra" would leave its "ra" as a name
    if "." in text:
        text = _DEGREE_AFTER_TITLE.sub(r"\1 ", text)
    if _DIGITS.search(text):  # "Mi1ou" scanned: a digit in a word is the letter it looks like
        text = letters_misread(text)
    # Apostrophes join ("O'Neil" is one word), as do Hebrew's geresh and gershayim (צ׳רני is
    # one word, the mark the letter's); other punctuation separates.
    cleaned = _DISPLAY_JUNK.sub(" ", _DIGITS.sub(" ", text.translate(_JOINING_MARKS)))
    cleaned = _ORPHAN_MARKS.sub("", cleaned)
    return collapse_spaces(cleaned).split()


def _written_words(
    kept: list[str], tokens: list[str], hyphenated_words: bool, family_in_capitals: bool
) -> list[str]:
    """The words of a whole name to split, folded (``tokens``: its folded value's words), as
    written: a hyphenated name one word, a family name written first in capitals ("DUPONT
    Jean", "DE LA FONTAINE Jean-Pierre", as French and official forms write it) after the
    given names."""
    ordered = _family_name_last(kept) if family_in_capitals else kept
    if ordered is kept and not (hyphenated_words and any("-" in word for word in kept)):
        return tokens  # most names: their folded value's words
    if not hyphenated_words:
        ordered = [part for word in ordered for part in word.split("-")]
    words = (collapse_spaces(_DIGITS.sub(" ", _fold_word(word))) for word in ordered)
    return [word for word in words if word]


#: A word of two letters or more, all capitals (or parts of one joined by hyphens).
_CAPITALS = re.compile(rf"[^\W\d_]{{2,}}[{MARKS}]*(?:-[^\W\d_]+[{MARKS}]*)*")


def _in_capitals(word: str) -> bool:
    return word.isupper() and _CAPITALS.fullmatch(word) is not None


def _family_name_last(words: list[str]) -> list[str]:
    """``words`` with a run of words in capitals before the others, and no word in capitals
    after them, moved to the end (``words`` itself otherwise). Particles alone are not a family
    name ("VAN DER Berg"), nor is an initial ("J. Smith")."""
    capitals = list(map(_in_capitals, words))
    run = capitals.index(False) if False in capitals else len(words)
    if run == 0 or run == len(words) or any(capitals[run:]):
        return words
    if all(_fold_word(word) in PARTICLES for word in words[:run]):
        return words
    return words[run:] + words[:run]


def split_whole_name(
    tokens: list[str], family_particles: frozenset[str] = frozenset()
) -> tuple[str | None, str | None]:
    """Given and family name of a folded whole name's words: the family name is the last word
    that is no generational suffix ("John Smith Jr"), with the particles before it ("Jan van
    der Berg"); the given names are the words before. A name that starts with a family name
    written first (:data:`FAMILY_NAMES_FIRST`) and ends with none is its given name last, the
    rest its family and middle names. ``(None, None)`` for one word; ``(None, family)`` for a
    family name alone, a particle that is no given name (:data:`FAMILY_ONLY_PARTICLES`, or one
    of ``family_particles``, which the data writes inside names) and one word.

    >>> split_whole_name(["jan", "van", "der", "berg"])
    ('jan', 'van der berg')
    >>> split_whole_name(["nguyen", "van", "an"])
    ('an', 'nguyen van')
    >>> split_whole_name(["el", "hassani"])
    (None, 'el hassani')
    >>> split_whole_name(["аббасов", "гасан", "али", "оглы"])
    ('гасан', 'аббасов')
    """
    first_family = len(tokens) >= 2 and tokens[0] in FAMILY_NAMES_FIRST
    if first_family and tokens[-1] not in FAMILY_NAMES_FIRST | SUFFIXES:
        return tokens[-1], " ".join(tokens[:-1])  # "nguyen thi minh khai": Khai, a Nguyen
    if len(tokens) == 3:
        # An East Slavic name with its patronymic: "Шевченко Олена Ігорівна" (family name
        # first, as forms and registers write it) or "Olena Ihorivna Shevchenko".
        middle, end = map(_patronymic, tokens[1:])
        if middle:
            return tokens[0], tokens[2]
        if end:
            return tokens[1], tokens[0]
    if len(tokens) == 4 and tokens[2] not in _TURKIC_PATRONYMIC and tokens[3] in _TURKIC_PATRONYMIC:
        # A Turkic patronymic of two words: "Аббасов Гасан Али оглы" (family name first, as
        # Russian forms write it), "Məmmədova Günel Əli qızı".
        return tokens[1], tokens[0]
    if len(tokens) == 4 and tokens[2] in _TURKIC_PATRONYMIC:
        return tokens[0], tokens[3]  # "Hasan Ali oglu Abbasov": the family name last
    particle = tokens[0] in FAMILY_ONLY_PARTICLES or tokens[0] in family_particles
    if len(tokens) == 2 and particle and tokens[1] not in SUFFIXES:
        return None, " ".join(tokens)  # "el hassani": a family name alone
    if len(tokens) >= 3 and len(tokens[0]) > 1 and all(len(t) == 1 for t in tokens[1:]):
        return tokens[1], tokens[0]  # "Шевченко О. І.", "Kowalski J. M.": initials after
    last = next((k for k in range(len(tokens) - 1, 0, -1) if tokens[k] not in SUFFIXES), 0)
    if last == 0:
        return None, None
    start = last
    while start > 1 and tokens[start - 1] in PARTICLES:
        start -= 1
    return " ".join(tokens[:start]), " ".join(tokens[start : last + 1])


#: The endings of East Slavic patronymics, folded (Иванович, Ивановна, Іванівна, Ivanovych,
#: Ivanivna, Sergeevich): a family name ends so too (Абрамович), but never between a given
#: name and a family name, nor after them.
_PATRONYMIC_ENDINGS = (
    "ович", "евич", "овна", "евна", "івна", "ична",
    "ovich", "evich", "ovych", "evych", "ovna", "evna", "ivna", "ichna", "ovitch",
)  # fmt: skip


def _patronymic(word: str) -> bool:
    return len(word) > 6 and word.endswith(_PATRONYMIC_ENDINGS)


#: The words (and, joined, the endings) of Turkic patronymics, folded: Kazakh ұлы / улы / uly (a
#: son) and қызы / кызы / kyzy (a daughter), Uzbek oʻgʻli / qizi (ўғли / қизи), Azerbaijani oğlu /
#: qızı (in Russian papers оглы / кызы or гызы, in their Latin letters ogly), Kyrgyz uulu / kyzy.
_TURKIC_PATRONYMIC = (
    "ұлы", "улы", "uly", "uli", "ulu", "uulu", "ogli", "ugli", "oglu", "уғли", "угли", "огли",
    "оглы", "ogly", "қызы", "кызы", "гызы", "kyzy", "kizi", "qizi", "gizi", "қизи", "кизи",
)  # fmt: skip
#: An Armenian patronymic as Armenian papers give it: the father's name in the genitive, one
#: word in Armenian letters ending in ի (Արամի: Արամ's; Վահեի; Նիկիտայի, a յ after a vowel).
_ARMENIAN_GENITIVE = re.compile("([\u0561-\u0587]{3,}?)(?:(?<=[աեէըոօ])յ)?ի")
#: East Slavic patronymics' endings after the father's name (Ерланович: Ерлан; Абдуллаевич:
#: Абдулла; Сергеевна: Серге(й)), longest first.
_SLAVIC_PATRONYMIC = (
    "ovitch", "ovich", "evich", "ovych", "evych", "ichna", "ovna", "evna", "ivna",
    "ович", "евич", "овна", "евна", "івна", "ична",
)  # fmt: skip


def patronymic_father(folded: str) -> str | None:
    """The father's given name a folded patronymic is made of, in whichever grammar: East Slavic
    (Ерланович, Rustamovich), Kazakh (Ерланұлы, Ерлан улы, Erlan kyzy), Uzbek (Rustam oʻgʻli,
    Dilshod qizi), Azerbaijani (Əli oğlu, Али оглы), Armenian (Արամի, the genitive); None for a value that is no patronymic. Two
    patronymics of one father in two grammars (a Russian form's and an identity card's) meet
    by it.

    >>> patronymic_father("ерланович"), patronymic_father("ерланұлы"), patronymic_father("rustam ogli")
    ('ерлан', 'ерлан', 'rustam')
    >>> patronymic_father("abdullaevich"), patronymic_father("james"), patronymic_father("ogli")
    ('abdulla', None, None)
    >>> patronymic_father("արամի"), patronymic_father("վահեի"), patronymic_father("ali оглы")
    ('արամ', 'վահե', 'ali')
    """
    words = folded.split()
    armenian = _ARMENIAN_GENITIVE.fullmatch(folded)
    if armenian:
        stem = armenian[1]
    elif len(words) == 2 and words[1] in _TURKIC_PATRONYMIC:
        stem = words[0]
    elif len(words) == 1:
        word = words[0]
        end = next((e for e in (*_SLAVIC_PATRONYMIC, *_TURKIC_PATRONYMIC) if word.endswith(e)), "")
        stem = word[: -len(end)] if end else ""
    else:
        return None
    return stem if len(stem) >= 3 else None


def syllabic(word: str) -> bool:
    """Whether ``word`` is written in Chinese characters or Hangul syllables: a syllable each,
    in names often written without a space between family and given name ("张伟", "김민수")."""
    return bool(word) and all(map(_han_or_hangul, word))


def written_family_first(word: str) -> bool:
    """Whether ``word`` is written in Chinese characters or kana (full- or half-width), the
    scripts of names written family name first (Hangul is written both ways: "민수 김")."""
    return bool(word) and all(_FAMILY_FIRST_SCRIPTS.fullmatch(ch) for ch in word)


_FAMILY_FIRST_SCRIPTS = re.compile(  # (and 々, which repeats a character: 佐々木, 野々村)
    "[\u3005\u3041-\u30ff\u31f0-\u31ff\uff66-\uff9f\u3400-\u4dbf\u4e00-\u9fff\U00020000-\U0002fa1f]"
)


_KANA = re.compile("[\u3041-\u30ff\u31f0-\u31ff\uff66-\uff9f]")


def _han_or_hangul(char: str) -> bool:
    code = ord(char)
    return 0x4E00 <= code <= 0x9FFF or 0x3400 <= code <= 0x4DBF or 0xAC00 <= code <= 0xD7A3


def _first_person(text: str) -> str:
    """The first of two people in one name: ``"John & Jane Smith"`` → ``"John Smith"``,
    ``"John Smith and Jane Doe"`` → ``"John Smith"``, ``"Mr & Mrs Smith"`` → ``"Mr Smith"``."""
    if "&" not in text and "nd" not in text and "ND" not in text and "Nd" not in text:
        return text  # (a check a tenth of the split's cost, for the names with no couple)
    parts = [p for p in _COUPLE.split(text) if p.strip()]
    if len(parts) < 2:
        return parts[0] if parts else text
    first, last = parts[0].split(), parts[-1].split()
    named = [w for w in first if _fold_word(w) not in HONORIFICS]
    if len(named) >= 2 or len(last) < 2:  # the first person's whole name, or given names alone
        return parts[0]
    return f"{parts[0]} {last[-1]}"  # the family name written once, after both


def _surname_first(text: str) -> str:
    """``"Smith, John"`` → ``"John Smith"``; ``"John Smith, Jr."`` is left as it is. A
    generational suffix after the family name or as a part of its own goes last, as ``"John
    Smith Jr"`` writes it: ``"Smith Jr, John"``, ``"Smith, Jr., John"``, ``"Smith, John, Jr."``.

    >>> _surname_first("Walker Jr, Anthony"), _surname_first("García, Jr., José Luis")
    ('Anthony Walker Jr', 'José Luis García Jr.')
    """
    parts = [part.strip() for part in text.split(",")]
    if len(parts) == 3 and all(parts):
        at = [k for k in (1, 2) if _fold_word(parts[k].rstrip(".")) in SUFFIXES]
        if len(at) == 1:  # "Smith, Jr., John", "Smith, John, Jr."
            family, given = parts[0], parts[3 - at[0]]
            return f"{_surname_first(f'{family}, {given}')} {parts[at[0]]}"
    if text.count(",") != 1:
        return text
    family, given = parts
    if not family or not given or _fold_word(given.rstrip(".")) in SUFFIXES | POST_NOMINALS:
        return text
    words = family.split()
    if len(words) > 1 and _fold_word(words[-1].rstrip(".")) in SUFFIXES:  # "Smith Jr, John"
        rest = " ".join(words[:-1])
        return f"{_surname_first(f'{rest}, {given}')} {words[-1]}"
    names = given.split()
    if len(names) > 1 and _fold_word(names[-1].rstrip(".")) in SUFFIXES:  # "Smith, John Jr"
        return f"{' '.join(names[:-1])} {family} {names[-1]}"
    # A title before the family name stays before the whole name ("Mag. Gruber, Eva" is Mag.
    # Eva Gruber), where a title that is a name only there is dropped.
    words = family.split()
    k = 0
    while k < len(words) - 1 and _fold_word(words[k]) in HONORIFICS | LEADING_HONORIFICS:
        k += 1
    if k:
        return f"{' '.join(words[:k])} {given} {' '.join(words[k:])}"
    return f"{given} {family}"
