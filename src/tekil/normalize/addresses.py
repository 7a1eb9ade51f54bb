"""Addresses, cities and postcodes.

Turkish addresses are written with many abbreviations for the same word
("Atatürk Mahallesi", "Atatürk Mah.", "ATATURK MH"), so the canonical form folds
the text and maps each street-type word to one short token. Street types of
English, German, Dutch, French, Spanish, Portuguese, Italian, Hungarian, Romanian, Greek,
Russian, Ukrainian, Armenian, Georgian, Azerbaijani, Serbian, Croatian, Macedonian and
Albanian are handled too, so that addresses from other countries compare alike ("Hauptstr. 5" and "Hauptstraße 5", "Av. Paulista" and
"Avenida Paulista", "Rue" and "R.", "ул. Тверская" and "Tverskaya St").

>>> import pandas as pd
>>> address(pd.Series(["Atatürk Mahallesi Cumhuriyet Caddesi No:12 D:4"]))["value"].tolist()
['ataturk mah cumhuriyet cad no 12 daire 4']
>>> city(pd.Series(["İST", "Istanbul", "34", "Antep"]))["value"].tolist()
['istanbul', 'istanbul', 'istanbul', 'gaziantep']
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from functools import lru_cache, partial
from itertools import pairwise

import pandas as pd

from tekil.normalize._common import (
    NA,
    UNPARSEABLE,
    CellReader,
    digits_misread,
    letters_misread,
    sample_texts,
)
from tekil.normalize._turkey import PROVINCE_ALIASES, PROVINCES
from tekil.normalize.text import collapse_spaces, fold, title, writes_turkish_i

# Folded word → canonical token. Words that are only abbreviations when a number
# follows ("k 3", "d 4") are in _BEFORE_NUMBER instead.
_STREET_WORDS: dict[str, str] = {
    **dict.fromkeys(["mahallesi", "mahalle", "mah", "mh", "mahal"], "mah"),
    **dict.fromkeys(["caddesi", "cadde", "cad", "cd", "cadd"], "cad"),
    **dict.fromkeys(["sokagi", "sokak", "sok", "sk"], "sok"),
    **dict.fromkeys(["bulvari", "bulvar", "blv", "bulv", "blvd", "boulevard", "bd", "bvd"], "blv"),
    **dict.fromkeys(["apartmani", "apartman", "apt", "ap", "apartment"], "apt"),
    **dict.fromkeys(["sitesi", "site", "sit"], "site"),
    **dict.fromkeys(["numara", "no", "nr", "nu", "num"], "no"),
    **dict.fromkeys(["kat", "kati"], "kat"),
    **dict.fromkeys(["daire", "dair"], "daire"),
    **dict.fromkeys(["blok", "bl", "blk"], "blok"),
    **dict.fromkeys(["koyu", "koy"], "koy"),
    # English street types, and the same words in other languages
    **dict.fromkeys(["street", "str", "st", "strasse", "straat"], "st"),
    **dict.fromkeys(["road", "rd"], "rd"),
    **dict.fromkeys(["avenue", "ave", "av", "avenida", "avda"], "ave"),
    **dict.fromkeys(["drive", "drv"], "drive"),
    **dict.fromkeys(
        ["place", "pl", "platz", "plaza", "pza", "piazza", "pzza", "plein", "praca", "pc"], "pl"
    ),
    **dict.fromkeys(["court", "crt", "ct"], "ct"),
    **dict.fromkeys(["crescent", "cres", "cr"], "cres"),
    **dict.fromkeys(["lane", "ln"], "ln"),
    **dict.fromkeys(["terrace", "tce", "terr"], "tce"),
    **dict.fromkeys(["highway", "hwy"], "hwy"),
    **dict.fromkeys(["parade", "pde"], "pde"),
    **dict.fromkeys(["circuit", "cct"], "cct"),
    **dict.fromkeys(["close", "cl"], "cl"),
    **dict.fromkeys(["square", "sq"], "sq"),
    # French, Spanish, Portuguese and Italian street types with their abbreviations
    **dict.fromkeys(["rue", "rua", "r"], "rue"),
    **dict.fromkeys(["chemin", "ch", "chem"], "chemin"),
    **dict.fromkeys(["impasse", "imp"], "imp"),
    **dict.fromkeys(["route", "rte"], "rte"),
    **dict.fromkeys(["calle", "cll"], "calle"),
    **dict.fromkeys(["carretera", "ctra"], "ctra"),
    **dict.fromkeys(["paseo", "pso"], "paseo"),
    **dict.fromkeys(["travessa", "trav", "tv"], "trav"),
    **dict.fromkeys(["estrada", "estr"], "estr"),
    **dict.fromkeys(["corso", "cso"], "corso"),
    # Hungarian and Romanian street types and their abbreviations ("Váci u. 12", "Bajcsy-
    # Zsilinszky krt.", "Str. Unirii nr. 5, bl. A3, ap. 4", "B-dul Unirii")
    **dict.fromkeys(["korut", "krt"], "krt"),
    **dict.fromkeys(["sugarut", "sgt"], "sgt"),
    **dict.fromkeys(["strada", "stada"], "st"),
    **dict.fromkeys(["bulevardul", "bulevard", "bdul"], "blv"),
    **dict.fromkeys(["bloc", "blocul"], "blok"),
    **dict.fromkeys(["apartament", "apartamentul"], "apt"),
    **dict.fromkeys(["scara", "sc"], "sc"),
    # Greek street types, in Greek letters and in Latin ones ("Λεωφ. Κηφισίας", "Kifisias Leof.",
    # "Οδός Ερμού"), and a flat ("Διαμ. 4")
    **dict.fromkeys(["λεωφορος", "λεωφ", "leoforos", "leof"], "ave"),
    **dict.fromkeys(["οδος", "οδ", "odos"], "st"),
    **dict.fromkeys(["πλατεια", "plateia"], "pl"),
    **dict.fromkeys(["διαμερισμα", "διαμ", "diamerisma"], "apt"),
    # Russian and Ukrainian street types and a flat ("г. Москва, ул. Тверская, д. 12, кв. 5",
    # "Тверская ул., 12-5", "вул. Шевченка"), as the former Soviet Union writes them
    **dict.fromkeys(["улица", "ул", "вулиця", "вул"], "st"),
    **dict.fromkeys(["проспект", "просп", "пр"], "ave"),
    **dict.fromkeys(["переулок", "пер", "провулок", "пров"], "ln"),
    **dict.fromkeys(["площадь", "пл", "площа"], "pl"),
    **dict.fromkeys(["бульвар", "бул"], "blv"),
    **dict.fromkeys(["квартира", "кв"], "apt"),
    # ... and as they are spelt in Latin letters ("ul. Lenina 5"; Polish "ul." and Czech
    # "ulice" are streets too), so that an address meets its transliteration
    **dict.fromkeys(["ul", "ulitsa", "ulica", "ulice", "vul", "vulytsia"], "st"),
    **dict.fromkeys(["prosp"], "ave"),
    **dict.fromkeys(["pereulok", "provulok"], "ln"),
    **dict.fromkeys(["ploshchad", "ploshcha"], "pl"),
    **dict.fromkeys(["kv", "kvartira"], "apt"),
    # Armenian ("Կոմիտասի պող. 12, բն. 5"), Georgian ("ჭავჭავაძის გამზ. 12, ბ. 5") and
    # Azerbaijani ("Nizami küç. 12", "Azadlıq prospekti") street types and a flat
    **dict.fromkeys(["պողոտա", "պող"], "ave"),
    **dict.fromkeys(["փողոց", "փ"], "st"),
    **dict.fromkeys(["նրբանցք", "նրբ"], "ln"),
    **dict.fromkeys(["հրապարակ"], "pl"),
    **dict.fromkeys(["բնակարան", "բն"], "apt"),
    **dict.fromkeys(["გამზირი", "გამზ"], "ave"),
    **dict.fromkeys(["ქუჩა"], "st"),
    **dict.fromkeys(["შესახვევი", "შეს"], "ln"),
    **dict.fromkeys(["მოედანი"], "pl"),
    **dict.fromkeys(["ბინა"], "apt"),
    **dict.fromkeys(["kucəsi", "kucə", "kuc"], "st"),
    **dict.fromkeys(["prospekti", "prospekt"], "ave"),
    **dict.fromkeys(["mənzil"], "apt"),
    # Serbian, Croatian, Bosnian and Macedonian in Latin and Cyrillic letters ("Bulevar
    # oslobođenja 15", "Trg bana Jelačića 3", "бул. Илинден 45"), and Albanian ("Rruga e
    # Kavajës, Pallati 5, Shk. 2, Ap. 14", "Rr. Nënë Tereza", "Lagjja Dardania"): streets,
    # boulevards, squares, a block's building and entrance, a flat, a floor, a quarter
    **dict.fromkeys(["bulevar", "булевар", "bulevardi", "bul"], "blv"),
    **dict.fromkeys(["trg", "трг", "sheshi", "shesh"], "pl"),
    **dict.fromkeys(["rruga", "rr", "rruge"], "st"),
    **dict.fromkeys(["pallati", "pall"], "blok"),
    **dict.fromkeys(["shkalla", "shk", "ulaz", "улаз", "влез"], "sc"),
    **dict.fromkeys(["apartamenti"], "apt"),
    **dict.fromkeys(["sprat", "спрат", "кат"], "kat"),
    **dict.fromkeys(["lagjja", "lagja", "lagjia"], "mah"),
}
#: German and Dutch streets are written as one word ("Hauptstraße", "Kerkstraat") and
#: abbreviated there ("Hauptstr."): the ending becomes "str".
_STREET_ENDING = re.compile(r"(?<=\w{3})(?:strasse|straat)$")
_BEFORE_NUMBER: dict[str, str] = {"k": "kat", "d": "daire", "n": "no", "u": "utca"}
# Russian "д. 12" (the house, дом), a Georgian "ბ. 5" (the flat, ბინა)
_BEFORE_NUMBER |= {"д": "no", "дом": "no", "ბ": "apt"}
# Serbian, Croatian and Macedonian "br. 12" (the number, broj), "stan 3" (the flat)
_BEFORE_NUMBER |= {"br": "no", "бр": "no", "broj": "no", "број": "no", "stan": "apt", "стан": "apt"}
#: Words of a floor written between two numbers, as Hungarian addresses write a flat: "12. 3.
#: em. 4." (the house, the floor, the door) is "12 3/4" too; they are left out.
_FLOOR_BETWEEN_NUMBERS = frozenset({"em", "emelet"})
#: Letters that abbreviate a street type where they open the address before a name
#: (Spanish "C/ Mayor", Italian "V. Roma").
_OPENING: dict[str, str] = {"c": "calle", "v": "via"}
_NUMBER = re.compile(r"^\d+[a-z]?$")
# Boundaries between a number and a word of 2+ letters ("no:12", "12sok"); zero-width so
# that one pass finds them all and the result is stable.
_DIGITS_LETTERS = re.compile(r"(?<=\d)(?=[a-z]{2})|(?<=[a-z]{2})(?=\d)")

_PROVINCE_BY_FOLDED: dict[str, int] = {fold(n): code for code, n in PROVINCES.items()}
_PROVINCE_BY_FOLDED.update(PROVINCE_ALIASES)


def address(values: pd.Series) -> pd.DataFrame:
    """Normalise free-text street addresses.

    Columns: ``value`` (folded tokens with street-type words canonical:
    ``mah cad sok blv apt site no kat daire blok`` and English ``st rd ave ...``),
    ``reason`` (``missing``; ``unparseable`` when no letter or digit is left; ``placeholder``
    for zeros or nines alone),
    ``number`` (the house number after ``no``, when there is one).
    """
    return address_reader().frame(values)


def address_reader() -> CellReader:
    """How :func:`address` reads one cell."""
    return CellReader("address", _one_address, ("value", "reason", "number"))


#: A post office box, however written ("P.O. Box", "PO Box", "POB", "Post Office Box"): one word.
_PO_BOX = re.compile(r"\b(?:post office box|p o box|po box|p o b|pob|case postale)\b")
#: A post-office box that opens the address by its short names: "Box 1234", Quebec's "C.P.
#: 1234" (case postale; after a street, a Spanish "C.P. 28013" is a postcode, no box).
_OPENING_BOX = re.compile(r"^(?:box|c p|cp)(?= \d)")
#: Reason of an address or postcode that is no one's: zeros or nines alone, typed where a
#: form wants a value (``0``, ``00000``, ``99999``); it is not compared.
PLACEHOLDER = "placeholder"
#: A US ZIP+4 code ("37631-2045"; no other country writes five digits, a hyphen and four).
_ZIP_PLUS_4 = re.compile(r"(\d{5})-\d{4}")
#: Digits of a US ZIP+4 code written without its dash.
_ZIP_AND_4 = 9
_ZEROS_OR_NINES = re.compile(r"0+|9+")
#: What registrars type where an address is unknown or there is none (folded): a value many
#: strangers share, no one's address.
_NO_ADDRESS = frozenset({
    "unknown", "not known", "unk", "no address", "none given", "not given", "no fixed abode",
    "nfa", "homeless", "declined", "refused", "not stated", "unbekannt", "inconnu", "inconnue",
    "desconocido", "desconocida", "desconhecido", "sconosciuto", "onbekend", "bilinmiyor",
    "okand", "ukjent", "ukendt", "tuntematon", "nieznany",
})  # fmt: skip


#: A Japanese address's block numbers: 4丁目14番25号, 四丁目14番地25, 14ー25 (a long-vowel mark
#: typed for a hyphen) are 4-14-25, as most write them; a number stands apart from the town's
#: and the building's names it is written against (本町4, 東909).
_JAPANESE_BLOCK = re.compile(
    r"([0-9０-９一二三四五六七八九十]+)\s*(?:丁目|番地|番|号室|号)|(?<=[0-9０-９])[ー−‐－](?=[0-9０-９])"
)
#: What either pattern above needs, found at a tenth of their cost (on NFKC text, whose digits
#: are ASCII): Japanese letters, or a dash that is no ASCII hyphen.
_MAY_BE_JAPANESE = re.compile(r"[\u3041-\u30ff\u4e00-\u9fff\u2010\u2212]")
_KANJI_DIGITS = str.maketrans("一二三四五六七八九", "123456789")
_SCRIPT_AND_DIGIT = re.compile(
    r"(?<=[\u3041-\u30ff\u4e00-\u9fff])(?=[0-9０-９])|(?<=[0-9０-９])(?=[\u3041-\u30ff\u4e00-\u9fff])"
)


def _japanese_numbers(text: str) -> str:
    def number(m: re.Match) -> str:
        if m.group(1) is None:
            return " "
        digits = m.group(1)
        if "十" in digits:  # 十 is 10, 十二 12, 二十 20, 二十三 23 (blocks are no larger)
            tens, _, ones = digits.partition("十")
            digits = str(
                int(tens.translate(_KANJI_DIGITS) or 1) * 10
                + int(ones.translate(_KANJI_DIGITS) or 0)
            )
        return " " + digits.translate(_KANJI_DIGITS) + " "

    return _SCRIPT_AND_DIGIT.sub(" ", _JAPANESE_BLOCK.sub(number, text))


def _one_address(text: str) -> tuple:
    # (Read with compatibility forms folded, ² and ２ as 2, so that reading it again is the same.)
    wide = unicodedata.normalize("NFKC", text)
    if (
        not wide.isascii()
        and _MAY_BE_JAPANESE.search(wide) is not None
        and (_JAPANESE_BLOCK.search(wide) is not None or _SCRIPT_AND_DIGIT.search(wide) is not None)
    ):
        text = _japanese_numbers(wide)
    words = [token for word in text.split() for token in _tokens(word)]
    if "box" in words or "pob" in words or "b" in words or "postale" in words:
        words = _PO_BOX.sub("pobox", " ".join(words)).split()
    if words and words[0] in ("box", "c", "cp"):
        words = _OPENING_BOX.sub("pobox", " ".join(words)).split()
    if not words:
        return (NA, UNPARSEABLE, NA)
    # (A code's two letters stand before digits: most addresses are passed over at that.)
    if any(
        len(w) == 2 and nxt[:1].isdigit() and w not in _HOUSE_NUMBER for w, nxt in pairwise(words)
    ):
        words = _digital_addresses(words)
    if words[0].isdigit() and all(_ZEROS_OR_NINES.fullmatch(w) for w in words):  # "0" for none
        return (" ".join(words), PLACEHOLDER, NA)
    if len(words) <= 3 and " ".join(words) in _NO_ADDRESS:  # "UNKNOWN" on unknown patients
        return (" ".join(words), PLACEHOLDER, NA)
    out: list[str] = []
    number = NA
    for i, word in enumerate(words):
        nxt = words[i + 1] if i + 1 < len(words) else ""
        if word in _FLOOR_BETWEEN_NUMBERS and out and _NUMBER.match(out[-1]) and _NUMBER.match(nxt):
            continue
        if word in _BEFORE_NUMBER and _NUMBER.match(nxt):
            word = _BEFORE_NUMBER[word]
        elif i == 0 and word in _OPENING and nxt and not _NUMBER.match(nxt):
            word = _OPENING[word]
        else:
            word = _STREET_WORDS.get(word, word)
        if word == "no" and _NUMBER.match(nxt) and number is NA:
            number = nxt
        out.append(word)
    return (" ".join(flat_after_street(out)), NA, number)


def flat_after_street(words: list[str]) -> list[str]:
    """An address's canonical words with a flat written first moved after the street, where most
    addresses write it ("Apt. 573, 4713 Davis Cape").

    >>> flat_after_street(["apt", "573", "4713", "davis", "cape"])
    ['4713', 'davis', 'cape', 'apt', '573']
    """
    if (
        len(words) > 3
        and words[0] in _UNIT_WORDS
        and _NUMBER.match(words[1])
        and words[2] not in _UNIT_WORDS
    ):
        return words[2:] + words[:2]
    return words


#: A flat's or a suite's word (canonical), which opens some addresses and closes most.
_UNIT_WORDS = frozenset({"apt", "daire", "suite", "ste", "unit", "flat"})


#: A GhanaPostGPS digital address's letters and numbers as tokens: ``GA-123-4567``, ``GA 123
#: 4567`` and ``GA1234567`` (a district's two letters, its area's three or four digits, the
#: house's four) are one code.
_AREA, _HOUSE = re.compile(r"\d{3,4}"), re.compile(r"\d{4}")
_AREA_AND_HOUSE = re.compile(r"\d{7,8}")
#: Two letters before a number that are no district's: a house number's ("no 123 4567").
_HOUSE_NUMBER = frozenset({"no", "nr"})


def _digital_addresses(words: list[str]) -> list[str]:
    """``words`` with each GhanaPostGPS code written as one word (``ga1234567``), however its
    letters and numbers were separated; "no 123 4567" is a house number, no code.

    >>> _digital_addresses(["h", "no", "12", "ga", "123", "4567", "kasoa"])
    ['h', 'no', '12', 'ga1234567', 'kasoa']
    >>> _digital_addresses(["ga", "1234567"]), _digital_addresses(["no", "123", "4567"])
    (['ga1234567'], ['no', '123', '4567'])
    """
    out: list[str] = []
    i = 0
    while i < len(words):
        word = words[i]
        if len(word) == 2 and word.isalpha() and word.isascii() and word not in _HOUSE_NUMBER:
            rest = words[i + 1 : i + 3]
            if len(rest) == 2 and _AREA.fullmatch(rest[0]) and _HOUSE.fullmatch(rest[1]):
                out.append(word + rest[0] + rest[1])
                i += 3
                continue
            if rest and _AREA_AND_HOUSE.fullmatch(rest[0]):
                out.append(word + rest[0])
                i += 2
                continue
        out.append(word)
        i += 1
    return out


@lru_cache(maxsize=1 << 16)
def _tokens(word: str) -> tuple[str, ...]:
    # Addresses repeat their words ("Mahallesi", street names): each is folded once. Folding
    # works within a word, so the words' tokens are the whole text's.
    # "No:12", "no.12", "12Sok" → separate words from numbers before mapping.
    return tuple(_STREET_ENDING.sub("str", t) for t in _DIGITS_LETTERS.sub(" ", fold(word)).split())


def city(values: pd.Series, turkish: bool | None = None, numbered: bool = False) -> pd.DataFrame:
    """Normalise city (province) names.

    Turkish provinces are recognised under their folded names, common aliases
    and abbreviations (IST, Antep, Urfa, İçel, İzmit) and their licence-plate
    code ("34"). Other cities are folded as they are, but for a last word "State" after
    the name ("Lagos State" is Lagos, as Nigerian and Indian forms write a state).

    Columns: ``value`` (folded canonical name), ``reason`` (``missing``,
    ``unparseable``), ``display`` ("İstanbul"; other cities title-cased, the Turkish way
    when ``turkish``, inferred from the column when not given), ``plate`` (the Turkish
    plate code as text, ``<NA>`` for other cities). ``numbered``: a column of districts, whose
    numbers are their own (Addis Ababa's woreda 09, Paris's 9th arrondissement), no plate code.
    """
    if turkish is None:
        turkish = writes_turkish_i(sample_texts(values, "city"))
    return city_reader(turkish=turkish, numbered=numbered).frame(values)


def city_reader(*, turkish: bool = False, numbered: bool = False) -> CellReader:
    """How :func:`city` reads one cell."""
    columns = ("value", "reason", "display", "plate")
    one = partial(_one_city, turkish=turkish, numbered=numbered)
    return CellReader("city", one, columns)


def _one_city(text: str, turkish: bool = False, numbered: bool = False) -> tuple:
    if numbered and text.strip().isdigit():  # a district's number: "09" is 9
        return (str(int(text)), NA, text.strip(), NA)
    # "Over1oon" scanned; folding may make digits too ("¼" is "1⁄4")
    text = letters_misread(text)
    folded = letters_misread(fold(text))
    if not folded:
        return (NA, UNPARSEABLE, NA, NA)
    code = _PROVINCE_BY_FOLDED.get(folded)
    if code is None and folded.isdigit() and 1 <= int(folded) <= 81 and len(folded) <= 2:
        code = int(folded)
    if code is None:
        # "Kadıköy / İstanbul", "istanbul merkez": a province as the last or first word.
        words = folded.split()
        for candidate in (words[-1], words[0]):
            if candidate in _PROVINCE_BY_FOLDED and len(words) <= 3:
                code = _PROVINCE_BY_FOLDED[candidate]
                break
    if code is not None:
        name = PROVINCES[code]
        return (fold(name), NA, name, f"{code:02d}")
    if not any(ch.isalpha() for ch in folded):
        return (NA, UNPARSEABLE, NA, NA)
    if folded.endswith(" state"):  # "Lagos State", "Kano State": the state Lagos, Kano
        folded = folded[: -len(" state")]
    return (folded, NA, title(collapse_spaces(text), turkish), NA)


def postcode(values: pd.Series, digits: int | None = None) -> pd.DataFrame:
    """Normalise postcodes: upper-case letters and digits only ("34 710" → "34710").

    Columns: ``value``, ``reason`` (``missing``, ``unparseable`` when nothing is left,
    ``placeholder`` for zeros or nines alone, typed where a form wants a postcode).
    ``digits``: the length of the column's postcodes of digits (:func:`postcode_digits`), to
    which shorter ones are padded with zeros: a spreadsheet stores ``06100`` as ``6100``;
    in such a column one or two letters that look like digits are those digits (``S84O7``).

    >>> postcode(pd.Series(["34 710", "00000", "0", "SW1A 1AA"]))["reason"].tolist()
    [<NA>, 'placeholder', 'placeholder', <NA>]
    >>> postcode(pd.Series([6100, "06100", "S84O7"]), digits=5)["value"].tolist()
    ['06100', '06100', '58407']
    >>> postcode(pd.Series(["37631-2045", "31706-690"]))["value"].tolist()  # ZIP+4, a CEP
    ['37631', '31706690']
    >>> postcode(pd.Series(["SE-115 95", "D-10115", "NL-1012 AB"]))["value"].tolist()
    ['11595', '10115', '1012AB']
    """
    return postcode_reader(digits).frame(values)


def postcode_reader(digits: int | None = None) -> CellReader:
    """How :func:`postcode` reads one cell."""
    one = partial(_one_postcode_here, digits=digits)
    return CellReader("postcode", one, ("value", "reason"))


#: A country's letters and a hyphen before a postcode, as European mail writes it (``SE-115
#: 95``, ``D-10115``, ``F-59491``, ``LV-1050``): the same postcode as ``115 95``.
_COUNTRY_PREFIX = re.compile(r"^\s*[A-Za-z]{1,3}-\s?(?=\d)")  # (at the start: "H2X-1Y4" has none)


#: A postcode's label written before it: Greek ΤΚ (Ταχυδρομικός Κώδικας), German PLZ, French
#: and Spanish CP, Italian CAP (before five digits: "Cap 3000" is a place), Czech and Slovak
#: PSČ, India's PIN, ZIP and postcode.
POSTCODE_LABEL = re.compile(
    r"(?<![^\s,])(?:Τ\.?\s?Κ\.?|T\.?K\.|PLZ|C\.\s?P\.|(?:CP|CAP)(?=\s*\d{5}(?!\d))|PS[ČC]"
    r"|PIN(?:\s?code)?|ZIP(?:\s?code)?|post(?:al)?\s?code|c[óo]digo\s+postal|code\s+postal)"
    r"\s*[:.-]?\s*(?=\d{3})",
    re.I,
)


def _one_postcode_here(text: str, digits: int | None = None) -> tuple:
    """:func:`one_postcode` of a postcode without its country prefix or label (an id keeps
    its own)."""
    return one_postcode(_COUNTRY_PREFIX.sub("", POSTCODE_LABEL.sub("", text), count=1), digits)


#: A code written as one run of letters and digits (spaces around it).
_UNSEPARATED = re.compile(r"\s*[^\W_]+\s*")


def postcode_digits(texts: list[str]) -> int | None:
    """The most common length of the postcodes of digits alone among ``texts`` (a sample of
    a column), if nine in ten of its postcodes are digits and almost none is longer (the
    shorter ones lost their leading zeros); else None. Nor where a tenth of them or more are
    two digits short or more: codes of a length of their own (a nine-digit identity card's
    number beside a twelve-digit one), not codes that lost zeros, which few do; unless as
    many of the whole ones start with as many zeros (a quarter of as many or more), as Iran's
    national codes of those born in Tehran start with 00, and lose both.

    >>> postcode_digits(["06100", "34710", "6100", "1010"]), postcode_digits(["SW1A 1AA", "1010"])
    (5, None)
    >>> postcode_digits(["079091013300", "001185438411", "199075796"])
    """
    texts = [_COUNTRY_PREFIX.sub("", POSTCODE_LABEL.sub("", t), count=1) for t in texts]
    codes = [
        re.sub(r"[^0-9A-Za-z]", "", (m[1] if (m := _ZIP_PLUS_4.fullmatch(t)) else t)) for t in texts
    ]
    codes = [c if c.isdigit() else (digits_misread(c, 3) or c) for c in codes]  # "S84O7"
    numbers = [len(c) for c in codes if c.isdigit()]
    if not numbers or len(numbers) < 0.9 * len(codes):
        return None
    counts = Counter(numbers)
    length = counts.most_common(1)[0][0]
    # (A US ZIP code's four more digits written without their dash: a ZIP+4, no longer code.)
    longer = sum(n > length and not (length == 5 and n == _ZIP_AND_4) for n in numbers)
    whole = [c for c in codes if len(c) == length and c.isdigit()]

    def stored_as_numbers(n: int, k: int) -> bool:
        return sum(c.startswith("0" * (length - n)) for c in whole) >= _ZEROS_LED * k

    own = any(
        n <= length - 2 and k >= 0.1 * len(numbers) and not stored_as_numbers(n, k)
        for n, k in counts.items()
    )
    return length if longer <= 0.05 * len(numbers) and not own else None


#: Of the codes that lost zeros from their front, the share at least that the whole ones
#: starting with as many zeros make: they are as many as those lost, times the share of the
#: column not stored as numbers by a spreadsheet (from a fifth on).
_ZEROS_LED = 0.25


def one_postcode(text: str, digits: int | None = None) -> tuple:
    """One postcode's ``value`` and ``reason`` (:func:`postcode`)."""
    zip_plus_4 = _ZIP_PLUS_4.fullmatch(text)
    if zip_plus_4:  # the four digits after a US ZIP code are written or not: the ZIP code
        text = zip_plus_4[1]
    value = re.sub(r"[^0-9A-Z]", "", fold(text).upper())
    if digits is not None and not value.isdigit():
        # A column of digits alone: "S84O7" is 58407 scanned or retyped, one letter or two.
        misread = digits_misread(text, max(digits - 2, 3))
        read = re.sub(r"[^0-9]", "", misread) if misread is not None else ""
        value = read if 0 < len(read) <= digits else value
    if not value:
        return (NA, UNPARSEABLE)
    if (
        digits is not None
        and len(value) < digits
        and value.isdigit()
        and _UNSEPARATED.fullmatch(text)
    ):
        # (Zeros lost where a number was stored as one, written with no separator between its
        # digits: "27-03-35-3784" was text, and kept its.)
        value = value.zfill(digits)
    if digits == 5 and len(value) == _ZIP_AND_4 and value.isdigit():
        value = value[:5]  # "331444934": a ZIP+4 written without its dash, in a column of ZIPs
    return (value, PLACEHOLDER) if _ZEROS_OR_NINES.fullmatch(value) else (value, NA)
