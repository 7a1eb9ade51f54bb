"""Irish family names written in Irish, read in their English forms: a man's ``Ó Súilleabháin``,
a woman's ``Ní Shúilleabháin`` and a married woman's ``(Bean) Uí Shúilleabháin`` are O'Sullivan;
``Mac Cárthaigh``, ``Nic Cárthaigh`` and ``Mhic Cárthaigh`` McCarthy; ``Breathnach`` and
``Bhreathnach`` Walsh; ``de Búrca`` Burke, as Irish speakers write on an Irish-language form the
names that their other papers carry in English.

An Irish family name is a prefix (``Ó``/``Ua`` grandson of, ``Mac``/``Mag`` son of; a woman's
``Ní``/``Nic``/``Nig``, a wife's ``Uí``/``Mhic``/``Mhig``) and a name in the genitive, which the
woman's and wife's prefixes lenite (an ``h`` after its first consonant: ``Bhriain`` of
``Briain``) and ``Ó`` puts an ``h`` before when it starts with a vowel (``Ó hAodha``). Read
without them, the stem is one name whoever bears it; its English forms are those most
families took (some took two: Mac Gabhann is McGowan or Smith, Ó hAodha Hughes or Hayes).

Values are folded names (lower case, marks off, as :func:`~tekil.normalize.names.name` leaves
them); each name read so is replaced by its English forms, the rest of the value kept.

>>> english_forms("sean o suilleabhain"), english_forms("bean ui bhriain")
(('sean osullivan',), ('obrien',))
>>> english_forms("ni cheallaigh"), english_forms("mac gabhann"), english_forms("o haodha")
(('kelly', 'okelly'), ('mcgowan', 'smith'), ('hughes', 'hayes'))
>>> english_forms("o sullivan"), english_forms("ni hao"), english_forms("murphy")
((), (), ())
"""

from __future__ import annotations

from functools import lru_cache

__all__ = ["english_forms"]

#: Stems of Irish family names (folded, first consonant unlenited) → their English forms as
#: names are folded (O'Sullivan "osullivan", McCarthy "mccarthy"), the commoner first.
_STEMS: dict[str, tuple[str, ...]] = {
    "murchu": ("murphy",), "ceallaigh": ("kelly", "okelly"), "suilleabhain": ("osullivan",),
    "gabhann": ("mcgowan", "smith"), "briain": ("obrien",), "broin": ("byrne", "obyrne"),
    "riain": ("ryan",), "conchuir": ("oconnor",), "conchobhair": ("oconnor",),
    "neill": ("oneill",), "raghallaigh": ("oreilly", "reilly"), "duill": ("doyle",),
    "dubhghaill": ("doyle",), "carthaigh": ("mccarthy",), "gallchoir": ("gallagher",),
    "gallchobhair": ("gallagher",), "dochartaigh": ("doherty", "odoherty"),
    "cinneide": ("kennedy",), "loingsigh": ("lynch",), "muiri": ("murray",), "cuinn": ("quinn",),
    "mordha": ("moore",), "lochlainn": ("mcloughlin", "mclaughlin"),
    "cearbhaill": ("carroll", "ocarroll"), "conghaile": ("connolly",), "dalaigh": ("daly",),
    "conaill": ("oconnell",), "braonain": ("brennan",), "coileain": ("collins",),
    "gearailt": ("fitzgerald",), "uidhir": ("maguire", "mcguire"), "suibhne": ("sweeney", "mcsweeney"),
    "donaill": ("odonnell",), "domhnaill": ("odonnell", "mcdonnell"), "dubhthaigh": ("duffy",),
    "se": ("oshea",), "craith": ("mcgrath",), "baoill": ("boyle", "oboyle"),
    "bradaigh": ("brady",), "aodha": ("hughes", "hayes"), "nuallain": ("nolan",),
    "mathuna": ("omahony", "mahony"), "floinn": ("flynn",), "ealaithe": ("healy",),
    "ealaighthe": ("healy",), "ceallachain": ("callaghan", "ocallaghan"),
    "donnabhain": ("odonovan", "donovan"), "drisceoil": ("odriscoll", "driscoll"),
    "flannagain": ("flanagan",), "fearghail": ("farrell", "ofarrell"),
    "maille": ("omalley",), "tuathail": ("otoole",), "dunlaing": ("dowling",),
    "cleirigh": ("clarke", "cleary"), "ruairc": ("orourke",), "diarmada": ("mcdermott",),
    "conmara": ("mcnamara",), "meachair": ("meagher",), "anluain": ("hanlon", "ohanlon"),
    "ogain": ("hogan",), "allmhurain": ("halloran", "ohalloran"), "riordain": ("oriordan", "riordan"),
    "grada": ("grady", "ogrady"), "corcrain": ("corcoran",), "maonaigh": ("mooney",),
    "siochain": ("sheehan",), "tuama": ("twomey",), "laoghaire": ("oleary", "leary"),
    "duibhir": ("odwyer", "dwyer"), "cathasaigh": ("casey",), "donnchadha": ("donohoe", "donoghue"),
    "faolain": ("whelan", "phelan"), "neachtain": ("naughton",), "dubhda": ("dowd", "odowd"),
    "eadhra": ("ohara", "hara"), "aonghusa": ("mcguinness", "guinness"), "cana": ("mccann",),
    "caba": ("mccabe",), "giolla padraig": ("fitzpatrick",), "an baird": ("ward", "mcward"),
    "mathghamhna": ("mcmahon",), "aodhagain": ("egan", "hegarty"),
}  # fmt: skip
#: Stems read after ``Mac`` (and its women's forms) otherwise than after ``Ó``: Mac Mathúna is
#: McMahon where Ó Mathúna is O'Mahony, Mac Aodha McHugh where Ó hAodha is Hughes.
_AFTER_MAC: dict[str, tuple[str, ...]] = {
    "mathuna": ("mcmahon",), "aodha": ("mchugh",), "domhnaill": ("mcdonnell", "mcdonald"),
    "conaill": ("mcconnell",), "suibhne": ("mcsweeney", "sweeney"), "gabhann": ("mcgowan", "smith"),
}  # fmt: skip
#: Names borne without a prefix (a woman's lenited: Bhreathnach), and those after ``de``
#: (Norman ones: de Búrca, de Paor).
_BARE: dict[str, tuple[str, ...]] = {
    "breathnach": ("walsh",), "caomhanach": ("kavanagh",), "seoighe": ("joyce",),
    "burca": ("burke", "bourke"), "paor": ("power",), "barra": ("barry",), "faoite": ("white",),
    "bairead": ("barrett",), "puirseil": ("purcell",),
}  # fmt: skip
_MAC_STEMS = {**_STEMS, **_AFTER_MAC}
_NORMAN = frozenset({"burca", "paor", "barra", "faoite", "bairead", "puirseil"})
_O = frozenset({"o", "ua"})
_MAC = frozenset({"mac", "mag", "nic", "nig", "mhic", "mhig"})
_WOMEN = frozenset({"ni", "ui"})
#: ``Bean`` (wife) before a married woman's name: Bean Uí Cheallaigh is Mrs Kelly.
_WIFE = "bean"
#: Consonants that lenite (an ``h`` after them).
_LENITED = frozenset("bcdfgmpst")


def _unlenited(word: str) -> str:
    """``word`` without its lenition (``bhriain`` → ``briain``) or an ``h`` before a vowel
    (``haodha`` → ``aodha``)."""
    if len(word) > 2 and word[1] == "h" and word[0] in _LENITED:
        return word[0] + word[2:]
    if len(word) > 2 and word[0] == "h" and word[1] in "aeiou":
        return word[1:]
    return word


def _stem(words: list[str], k: int, table: dict[str, tuple[str, ...]]) -> tuple[tuple, int]:
    """The English forms of the name at ``words[k]`` (two words at most, ``Mac Giolla
    Phádraig``) and how many words it takes; ``((), 0)`` if none."""
    for span in (2, 1):
        if k + span <= len(words):
            stem = " ".join(_unlenited(w) for w in words[k : k + span])
            if stem in table:
                return table[stem], span
    return (), 0


def _written(stem: str) -> set[str]:
    """How a stem read without a prefix is written: as it is, lenited, or after an ``h``."""
    out = {stem}
    if stem[0] in _LENITED:
        out.add(stem[0] + "h" + stem[1:])
    if stem[0] in "aeiou":
        out.add("h" + stem)
    return out


#: Words one of which a value must hold for :func:`english_forms` to read anything in it.
_OPENING = frozenset(
    {*_O, *_WOMEN, *_MAC, "de"}.union(*(_written(b) for b in _BARE if b not in _NORMAN))
)


def english_forms(value: str) -> tuple[str, ...]:
    """``value`` with its Irish family names in their English forms, one reading per form
    (empty if it holds none)."""
    words = value.split()
    # Most values (a file's other names, its addresses and e-mails) hold no prefix or bare
    # name: found with a set at a fifth of the cost of reading them word by word.
    if _OPENING.isdisjoint(words):
        return ()
    return _english_forms(value)


@lru_cache(maxsize=65536)
def _english_forms(value: str) -> tuple[str, ...]:
    words = value.split()
    out: list[tuple[str, ...]] = []
    found = False
    k = 0
    while k < len(words):
        word = words[k]
        forms, span = (), 0
        if word == _WIFE and k + 1 < len(words) and words[k + 1] in _WOMEN | _MAC | _O:
            k += 1  # "Bean Uí ...": the wife's word dropped, her name read
            continue
        if word in _O or word in _WOMEN:
            forms, span = _stem(words, k + 1, _STEMS)
        elif word in _MAC:
            forms, span = _stem(words, k + 1, _MAC_STEMS)
        elif word == "de" and k + 1 < len(words) and _unlenited(words[k + 1]) in _NORMAN:
            forms, span = _BARE[_unlenited(words[k + 1])], 1
        elif _unlenited(word) in _BARE and _unlenited(word) not in _NORMAN:
            forms, span = _BARE[_unlenited(word)], 0
        if forms:
            found = True
            out.append(forms)
            k += 1 + span
            continue
        out.append((word,))
        k += 1
    if not found:
        return ()
    width = max(len(f) for f in out)
    return tuple(" ".join(f[min(n, len(f) - 1)] for f in out) for n in range(width))
