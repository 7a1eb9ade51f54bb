"""Values of other scripts read in Latin letters: the reading by which a value meets its
spelling in another script, and by which phonetic keys, which know Latin letters only, read it.

Cyrillic and Greek letters as cards and passports write them, Armenian and Georgian by their
common romanisations; Arabic (with Persian and Urdu letters) and Hebrew by their consonants; the
letters of India's scripts by the sounds their Unicode names give, Thai, Lao and Khmer by their
syllables (:mod:`tekil.normalize.thai`, :mod:`~tekil.normalize.lao`,
:mod:`~tekil.normalize.khmer`); Japanese kana in
Hepburn's spelling; the Ethiopic syllables of Amharic and Tigrinya by their consonant and vowel. Values are folded first (:func:`tekil.normalize.text.fold`). Chinese
characters and Hangul have no reading here: a name's reading cannot be told from its letters.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from functools import lru_cache

from tekil.normalize.burmese import BURMESE, burmese_latin
from tekil.normalize.khmer import KHMER, khmer_latin
from tekil.normalize.lao import LAO, lao_latin
from tekil.normalize.thai import thai_latin

#: Cyrillic and Greek letters in Latin ones (:func:`latin`), as bank cards, passports and e-mail
#: addresses write them ("Иван Петров" on a card is "IVAN PETROV"): the common spelling of Russian
#: names, with Ukrainian, Belarusian, Serbian and Macedonian letters, the letters of the Turkic
#: and Tajik Cyrillic alphabets (Kazakh ә ғ қ ң ө ұ ү һ і, Uzbek ў қ ғ ҳ, Tajik ҷ, Tatar җ,
#: Bashkir ҙ ҫ ҡ) as Kazakh and Uzbek passports write them, which older systems and Russian forms
#: write as the plain Russian letter (Қасымов, Касымов: Kasymov), and ELOT 743's for Greek.
#: Spellings differ between systems ("Юлия": yuliya, iuliia); string similarity takes the rest.
#: Accents are off already (й is и, ё is е, ά is α).
_CYRILLIC_GREEK_TO_LATIN = str.maketrans({
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ж": "zh", "з": "z", "и": "i",
    "й": "i", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s",
    "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch",
    "ы": "y", "э": "e", "ю": "yu", "я": "ya", "ё": "e", "і": "i", "ї": "i", "є": "ye",
    "ґ": "g", "ў": "u", "ђ": "dj", "ј": "j", "љ": "lj", "њ": "nj", "ћ": "c", "џ": "dz",
    "ѓ": "g", "ќ": "k", "ѕ": "dz", "ъ": "", "ь": "",
    "ә": "a", "ғ": "g", "қ": "k", "ң": "n", "ө": "o", "ұ": "u", "ү": "u", "һ": "h", "ҳ": "h",
    "ҷ": "j", "җ": "zh", "ҙ": "z", "ҫ": "s", "ҡ": "k", "ӊ": "n", "ӏ": "",
    "α": "a", "β": "v", "γ": "g", "δ": "d", "ε": "e", "ζ": "z", "η": "i", "θ": "th", "ι": "i",
    "κ": "k", "λ": "l", "μ": "m", "ν": "n", "ξ": "x", "ο": "o", "π": "p", "ρ": "r", "σ": "s",
    "τ": "t", "υ": "y", "φ": "f", "χ": "ch", "ψ": "ps", "ω": "o", "ς": "s",
})  # fmt: skip
#: Arabic (with Persian and Urdu letters) and Hebrew letters by their consonants, as Latin
#: spellings keep them (محمد mhmd, Mohammed; vowels are mostly unwritten, and phonetic keys,
#: which skip vowels, meet the two).
_ARABIC_HEBREW_TO_LATIN = str.maketrans({
    "ا": "a", "أ": "a", "إ": "i", "آ": "a", "ء": "", "ؤ": "w", "ئ": "y", "ب": "b", "ت": "t",
    "ث": "th", "ج": "j", "ح": "h", "خ": "kh", "د": "d", "ذ": "dh", "ر": "r", "ز": "z", "س": "s",
    "ش": "sh", "ص": "s", "ض": "d", "ط": "t", "ظ": "z", "ع": "a", "غ": "gh", "ف": "f", "ق": "q",
    "ك": "k", "ل": "l", "م": "m", "ن": "n", "ه": "h", "ة": "a", "و": "w", "ي": "y", "ى": "a",
    "پ": "p", "چ": "ch", "ژ": "zh", "گ": "g", "ک": "k", "ی": "y", "ٹ": "t", "ڈ": "d", "ڑ": "r",
    "ں": "n", "ھ": "h", "ے": "e",
    "א": "a", "ב": "b", "ג": "g", "ד": "d", "ה": "h", "ו": "v", "ז": "z", "ח": "ch", "ט": "t",
    "י": "y", "כ": "k", "ך": "k", "ל": "l", "מ": "m", "ם": "m", "נ": "n", "ן": "n", "ס": "s",
    "ע": "", "פ": "p", "ף": "f", "צ": "ts", "ץ": "ts", "ק": "k", "ר": "r", "ש": "sh", "ת": "t",
})  # fmt: skip
#: Armenian and Georgian letters in Latin ones, by their common romanisations.
_ARMENIAN_GEORGIAN_TO_LATIN = str.maketrans({
    "ա": "a", "բ": "b", "գ": "g", "դ": "d", "ե": "e", "զ": "z", "է": "e", "ը": "y", "թ": "t",
    "ժ": "zh", "ի": "i", "լ": "l", "խ": "kh", "ծ": "ts", "կ": "k", "հ": "h", "ձ": "dz",
    "ղ": "gh", "ճ": "ch", "մ": "m", "յ": "y", "ն": "n", "շ": "sh", "ո": "o", "չ": "ch",
    "պ": "p", "ջ": "j", "ռ": "r", "ս": "s", "վ": "v", "տ": "t", "ր": "r", "ց": "ts", "ւ": "v",
    "փ": "p", "ք": "k", "օ": "o", "ֆ": "f", "և": "ev",
    "ა": "a", "ბ": "b", "გ": "g", "დ": "d", "ე": "e", "ვ": "v", "ზ": "z", "თ": "t", "ი": "i",
    "კ": "k", "ლ": "l", "მ": "m", "ნ": "n", "ო": "o", "პ": "p", "ჟ": "zh", "რ": "r", "ს": "s",
    "ტ": "t", "უ": "u", "ფ": "p", "ქ": "k", "ღ": "gh", "ყ": "q", "შ": "sh", "ჩ": "ch",
    "ც": "ts", "ძ": "dz", "წ": "ts", "ჭ": "ch", "ხ": "kh", "ჯ": "j", "ჰ": "h",
    # Azerbaijani's schwa, as passports and Russian spellings write it (Məmmədov: Mammadov,
    # Мамедов; Əliyev: Aliyev), as Kazakh's Cyrillic ә reads
    "ə": "a",
})  # fmt: skip
#: Armenian writes u as two letters, ո and ւ (Արթուր: Artur, Սիրանուշ: Siranush), and ո opening
#: a word sounds vo (Ոսկանյան: Voskanyan, as Russian writes it too: Восканян).
_ARMENIAN_PAIRS = re.compile(r"ու|\bո")
#: Greek writes u as omicron-upsilon (Παπαδοπούλου: papadopoulou), and ELOT 743 (passports,
#: cards) the other pairs as they sound: αυ, ευ, ηυ as av, ev, iv before a vowel or a voiced
#: consonant, af, ef, if before a voiceless one or at a word's end (Ευάγγελος: evangelos,
#: Ευθυμίου: efthymiou, Παύλος: pavlos); γγ, γξ, γχ as ng, nx, nch.
_GREEK_PAIRS = re.compile("ου|([αεη])υ|γ(?=[γξχ])")
_GREEK_PAIR_READINGS = {"α": "a", "ε": "e", "η": "i"}


def _greek_pair(match: re.Match) -> str:
    pair = match[0]
    if pair == "ου":
        return "ou"
    if pair == "γ":
        return "n"
    voiced = match.end() < len(match.string) and match.string[match.end()] in _VOICED
    return _GREEK_PAIR_READINGS[match[1]] + ("v" if voiced else "f")


#: What follows αυ, ευ, ηυ read v: a vowel or a voiced consonant.
_VOICED = frozenset("αεηιουωβγδζλμνρ")


def script(letter: str) -> str:
    """The script of a letter, as its Unicode name begins (``LATIN``, ``CYRILLIC``,
    ``GREEK``, ...; Chinese characters, kana and halfwidth forms all ``HAN``).

    >>> script("ж"), script("a"), script("山"), script("カ")
    ('CYRILLIC', 'LATIN', 'HAN', 'HAN')
    """
    word = unicodedata.name(letter, "?").split()[0]
    return "HAN" if word in ("CJK", "HIRAGANA", "KATAKANA", "HALFWIDTH") else word


def latin(folded: str) -> str:
    """A folded value's Cyrillic and Greek letters in Latin ones, as a card or a passport
    writes them, Arabic and Hebrew letters by their consonants (vowels are mostly unwritten),
    the letters of India's scripts (Devanagari, Bengali, Gurmukhi, Gujarati, Oriya,
    Tamil, Telugu, Kannada, Malayalam; Sinhala) by the sounds their Unicode names give, Thai, Lao
    and Khmer by their syllables (:func:`~tekil.normalize.thai.thai_latin`,
    :func:`~tekil.normalize.lao.lao_latin`, :func:`~tekil.normalize.khmer.khmer_latin`),
    and Japanese kana in Hepburn's spelling, as cards and passports write them:
    the reading by which a value meets its spelling in another script, and by which
    phonetic keys, which know Latin letters only, read it. Comparisons take the better of the
    two readings, so that a typo stays one letter where both sides are written in one script.

    >>> from tekil.normalize.text import fold
    >>> latin(fold("Пётр Ильич Чайковский")), latin(fold("Ελένη Παπαδοπούλου"))
    ('petr ilich chaikovskii', 'eleni papadopoulou')
    >>> latin("करिश्मा गोयल"), latin("রবীন্দ্রনাথ ঠাকুর"), latin("முருகன்")
    ('karishma goyal', 'rabindranath thakur', 'murukan')
    >>> latin("محمد عبدالله"), latin("דוד כהן"), latin("สมชาย เก่ง")
    ('mhmd abdallh', 'dvd khn', 'somchai keng')
    >>> latin("ヤマダ タロウ"), latin("きょうこ"), latin("ハットリ シンイチ"), latin("チャン ヴァン")
    ('yamada taro', 'kyoko', 'hattori shinichi', 'chan van')
    """
    return folded if folded.isascii() else _latin(folded)


#: Letters and pairs that the Latin spellings of Cyrillic names write several ways, as one: the
#: passports' and Russian habit (kh, zh, dzh, shch, ye, iu, ia) beside the Uzbek and Kazakh
#: Latin alphabets' (x, j, q, y); and g beside h, as Russian writes the h of other languages
#: with its г (Гасан: Hasan, Гусейнов: Huseynov, Глонти: Ghlonti) and Ukrainian's own г is h
#: (Григорій: Hryhorii). (An umlaut spelling of Kazakh ә, ae, is left: Cyrillic's own "ае"
#: reads so, Тухтаев.)
_LOOSE_PAIRS = re.compile(r"shch|sch|dzh|dj|zh|kh|ye|yo|[xqywg]")
_LOOSE = {"shch": "sh", "sch": "sh", "dzh": "j", "dj": "j", "zh": "j", "kh": "h", "ye": "e"}
_LOOSE |= {"yo": "e", "x": "h", "q": "k", "y": "i", "w": "v", "g": "h"}


def loose_latin(text: str) -> str:
    """A Latin spelling (or :func:`latin` reading) of a Cyrillic name with the letters that its
    spellings write several ways made one, and doubled letters single: Khodjaev, Xojayev and
    Ходжаев (khodzhaev) all ``hojaev``; Iuliia, Yulia and Юлия (yuliya) ``iulia``; Aliyev and
    Алиев ``aliev``; Qodirov and Кодиров ``kodirov``; Zhandos and Jandos ``jandos``; Huseynov and
    Гусейнов (guseinov) ``huseinov``. Which vowel a name has is left as written (Otkir and Уткир
    stay apart by a letter).

    >>> loose_latin("khodjaev"), loose_latin("xojayev"), loose_latin("iuliia"), loose_latin("yuliya")
    ('hojaev', 'hojaev', 'iulia', 'iulia')
    >>> loose_latin("guseinov"), loose_latin("huseynov"), loose_latin("ghlonti")
    ('huseinov', 'huseinov', 'hlonti')
    """
    return _DOUBLED.sub(r"\1", _LOOSE_PAIRS.sub(lambda m: _LOOSE[m.group()], text))


#: Cyrillic letters as the Latin alphabets of Serbian, Croatian, Bosnian and Macedonian (and
#: Czech, Slovak and Slovene) write them, their marks folded off: ж ž, ч č, ш š, ц c, х h, ђ đ,
#: ћ ć, џ dž, щ šč.
_SOUTH_SLAVIC = str.maketrans({"ж": "z", "ч": "c", "ш": "s", "щ": "sc", "ц": "c", "х": "h",
                               "ђ": "d", "ћ": "c", "џ": "dz", "й": "j"})  # fmt: skip


def south_slavic_latin(folded: str) -> str:
    """A folded value's Cyrillic letters as the Latin alphabet of Serbian (Gaj's), Croatian,
    Bosnian or Macedonian writes them, marks folded off as :func:`tekil.normalize.text.fold`
    folds a Latin spelling's: the reading by which ``Ђорђевић`` meets ``Đorđević`` (folded
    ``dordevic``) and ``ул. Цара Душана`` ``ul. Cara Dušana``, where a passport's reading
    (:func:`latin`: ``tsara dushana``) does not.

    >>> south_slavic_latin("ђорђевић"), south_slavic_latin("цара душана"), south_slavic_latin("живковић")
    ('dordevic', 'cara dusana', 'zivkovic')
    """
    return latin(folded.translate(_SOUTH_SLAVIC))


#: The scripts read letter by letter, in one table.
_TO_LATIN = _CYRILLIC_GREEK_TO_LATIN | _ARABIC_HEBREW_TO_LATIN | _ARMENIAN_GEORGIAN_TO_LATIN
#: A letter written twice or more: long vowels and retroflex letters read as their plain ones.
_DOUBLED = re.compile(r"(.)\1+")


@lru_cache(maxsize=1 << 16)
def _latin(folded: str) -> str:
    out = _GREEK_PAIRS.sub(_greek_pair, folded)
    if "ո" in out:
        out = _ARMENIAN_PAIRS.sub(lambda m: "u" if len(m[0]) == 2 else "vo", out)
    out = out.translate(_TO_LATIN)
    out = _INDIC.sub(_indic_word, _THAI.sub(lambda m: thai_latin(m[0]), out))
    out = _ETHIOPIC.sub(_ethiopic_word, out) if _ETHIOPIC.search(out) else out
    out = _BURMESE.sub(lambda m: burmese_latin(m[0]), out) if BURMESE.search(out) else out
    out = KHMER.sub(lambda m: khmer_latin(m[0]), out) if KHMER.search(out) else out
    out = LAO.sub(lambda m: lao_latin(m[0]), out) if LAO.search(out) else out
    return _KANA.sub(_kana_word, out) if _KANA.search(out) else out


#: A run of Ethiopic syllables (Amharic, Tigrinya), with the supplement's and extensions'.
_ETHIOPIC = re.compile("[\u1200-\u135a\u1380-\u138f\u2d80-\u2ddf\uab01-\uab2e]+")
#: A syllable's vowel as its Unicode name ends (``ETHIOPIC SYLLABLE TAA``), by its order: the
#: first (ä) and the sixth (ə, or none) are read by :func:`_ethiopic_word`.
_ETHIOPIC_VOWELS = (("OA", "wa"), ("AA", "a"), ("EE", "e"), ("A", "1"), ("U", "u"), ("I", "i"),
                    ("E", "6"), ("O", "o"))  # fmt: skip
#: Consonants whose Latin letters are not their names' (ቀ QA: k, ሐ HHA: h, ፀ TZA: ts).
_ETHIOPIC_CONSONANTS = {"Q": "k", "QH": "k", "X": "h", "HH": "h", "KX": "h", "C": "ch",
                        "TH": "t", "PH": "p", "TZ": "ts", "SZ": "s", "DD": "d", "GG": "g"}  # fmt: skip


def _ethiopic_word(match: re.Match) -> str:
    """One run of Ethiopic syllables in Latin letters, each its consonant and vowel, as Latin
    spellings write them: the first order (ä) ``e`` (ተስፋዬ: Tesfaye), but ``a`` after h and the
    glottal and pharyngeal stops (ሀብታሙ: Habtamu, አበበ: Abebe); the sixth (ə, or none)
    nothing (ገብረ: Gebre), but ``i`` opening the word (ግርማ: Girma)."""
    out = []
    for k, char in enumerate(match.group()):
        consonant, vowel = _ethiopic_syllable(char)
        if vowel == "1":
            vowel = "a" if consonant in ("", "h") else "e"
        elif vowel == "6":
            vowel = "i" if k == 0 else ""
        out.append(consonant + vowel)
    return "".join(out)


@lru_cache(maxsize=512)
def _ethiopic_syllable(char: str) -> tuple[str, str]:
    """(consonant, vowel or order) of one Ethiopic syllable, read off its Unicode name; the
    glottal and pharyngeal stops (አ, ዐ) have no Latin consonant."""
    name = unicodedata.name(char, "")
    if " SYLLABLE " not in name:
        return "", ""  # punctuation, numerals
    rest = name.split(" SYLLABLE ", 1)[1]
    stop = rest.startswith(("GLOTTAL ", "PHARYNGEAL "))
    rest = rest.rsplit(" ", 1)[-1]  # (the extensions' SEBATBEIT MWA: the last word's)
    for ending, vowel in _ETHIOPIC_VOWELS:
        if rest.endswith(ending) and (stop or len(rest) > len(ending)):
            stem = "" if stop else rest[: -len(ending)]
            labial = len(stem) > 1 and stem.endswith("W")  # ቈ QWA: kwe
            stem = stem[:-1] if labial else stem
            return _ETHIOPIC_CONSONANTS.get(stem, stem.lower()) + "w" * labial, vowel
    return rest.lower(), ""


#: A run of hiragana or katakana, with the long-vowel mark.
_KANA = re.compile("[\u3041-\u3096\u30a1-\u30fa\u30fc]+")
#: Hepburn's spellings where the Unicode names give Kunrei's (``KATAKANA LETTER SI``: shi).
_HEPBURN = {"si": "shi", "ti": "chi", "tu": "tsu", "hu": "fu", "zi": "ji", "di": "ji", "du": "zu"}
_HEPBURN |= {"wo": "o", "wi": "i", "we": "e"}


def _kana_word(match: re.Match) -> str:
    """One run of kana in Latin letters: a small ya, yu or yo joins the syllable before (キャ:
    kya, シャ: sha), a small vowel replaces its vowel (ファ: fa), a small tsu doubles the next
    consonant (ハット: hatto); long vowels are written as short ones, as cards do (サトー, サトウ:
    sato)."""
    out = ""
    double = False
    for char in match.group():
        kind, sound = _kana_letter(char)
        if kind == "sokuon":
            double = True
            continue
        if kind == "small" and out and out[-1] in "aiueo":
            stem = out[:-1]
            if sound[0] == "y" and out[-1] == "i" and stem and stem[-1] not in "aiueo":
                out = stem + (sound[1:] if stem.endswith(("sh", "ch", "j")) else sound)
            elif sound[0] != "y":  # (a lone u before a small vowel is a w: ウィ, wi)
                out = (
                    stem + ("w" if out[-1] == "u" and stem[-1:] in ("", *"aiueon") else "") + sound
                )
            continue
        if double and sound:
            out += "t" if sound.startswith("ch") else sound[0]
        double = False
        out += sound
    return _LONG_VOWEL.sub("", out)


#: A long vowel's second letter, as Hepburn on cards and passports leaves it out (サトウ: Sato,
#: ユウコ: Yuko), but not a u of its own before a vowel (イノウエ: Inoue).
_LONG_VOWEL = re.compile(r"(?<=o)u(?![aiueo])|(?<=([aiueo]))\1")


@lru_cache(maxsize=256)
def _kana_letter(char: str) -> tuple[str, str]:
    """(kind, Latin sound) of one kana, read off its Unicode name (``HIRAGANA LETTER SMALL YA``)."""
    name = unicodedata.name(char, "")
    if " LETTER " not in name:
        return "mark", ""  # the long-vowel mark
    sound = name.split(" LETTER ", 1)[1].lower()
    if sound.startswith("small "):
        sound = sound.removeprefix("small ")
        return ("sokuon", "") if sound == "tu" else ("small", sound)
    return "letter", _HEPBURN.get(sound, sound)


#: A run of Burmese letters and signs (:mod:`tekil.normalize.burmese` reads them).
_BURMESE = re.compile("[\u1000-\u109f]+")
#: A run of Thai letters (:mod:`tekil.normalize.thai` reads them).
_THAI = re.compile("[\u0e01-\u0e4e]+")


#: A run of letters of India's scripts (U+0900 Devanagari to U+0DFF Sinhala).
_INDIC = re.compile("[\u0900-\u0dff]+")
#: Independent vowels' names (``DEVANAGARI LETTER AA``): no consonant, no inherent a.
_VOWEL_NAMES = frozenset({
    "A", "AA", "I", "II", "U", "UU", "E", "EE", "AI", "O", "OO", "AU",
    "VOCALIC_R", "VOCALIC_RR", "VOCALIC_L", "VOCALIC_LL",
})  # fmt: skip
#: What part of a syllable a character is, by the words of its name.
_INDIC_KINDS = ((" LETTER ", "letter"), (" VOWEL SIGN ", "sign"), (" SIGN ", "mark"))


def _indic_word(match: re.Match) -> str:
    """One run of Indic letters in Latin ones: a consonant keeps its inherent ``a`` unless a
    vowel sign or a virama follows it, or it ends the word alone (Hindi drops it there: गोयल,
    goyal; not after a cluster: आदित्य, aditya; Sinhala keeps it: බණ්ඩාර, bandara); long vowels
    and doubled (retroflex) letters read as their plain ones; a nasal sign after a consonant
    follows its a (संदीप, sandip; ਸਿੰਘ, singh), a nukta turns its consonant into the sound it
    writes (ਸ਼, sh; ड़, r). Gurmukhi's addak doubles the consonant after it (ਗਿੱਲ, gill), and
    Punjabi, as its Latin spellings show, drops the inherent a between a vowel's consonant and a
    consonant with a vowel too (ਹਰਪ੍ਰੀਤ, harpreet: :func:`_punjabi_schwas`)."""
    units: list[list[str]] = []  # [kind, sound]: "C" consonant, "A" inherent a, "V" vowel, ...
    pending = False  # a consonant's inherent a, not written yet
    cluster = joined = False  # the pending consonant joins the one before (a virama between)
    double = False  # an addak before: the next consonant is doubled
    text = match.group()
    sinhala = text[0] >= _SINHALA_START
    for char in text:
        kind, sound = _indic_letter(char)
        if kind == "nukta":
            if units and units[-1][0] == "C":
                units[-1][1] = _NUKTA.get(units[-1][1], units[-1][1])
            continue
        if pending and kind in ("consonant", "vowel", "other", "mark", "addak"):
            units.append(["A", "a"])  # (and before a nasal: अंश, ansh; අසංක, asangka)
        if kind == "consonant":
            sound = "v" if joined and char == "ව" else sound  # Silva, but Ruwan
            if double and len(sound) == 1:
                sound += sound  # (an aspirate's doubling is not written: ਸਿੱਧੂ, Sidhu)
            units.append(["C", sound])
            pending, cluster, joined, double = True, joined, False, False
            continue
        joined = kind == "virama" and pending
        pending = False
        double = kind == "addak"
        if kind != "virama":
            units.append(["V" if kind in ("vowel", "sign") else "N", sound])
    if pending and (cluster or sinhala):
        units.append(["A", "a"])
    if "\u0a00" <= text[0] <= "\u0a7f":
        _punjabi_schwas(units, pending and not (cluster or sinhala))
    for k in range(len(units) - 1):  # a nasal before a labial is an m (ਅੰਮ੍ਰਿਤ amrit, अंबर ambar)
        if units[k] == ["N", "n"] and units[k + 1][0] == "C" and units[k + 1][1][0] in "pbm":
            units[k][1] = "" if units[k + 1][1][0] == "m" else "m"
    return "".join(sound for _, sound in units)


#: The consonants a nukta makes (ਸ਼ sh, ਜ਼ z, ਫ਼ f, ਖ਼ kh, ਗ਼ gh; ड़ r, ढ़ rh; क़ q).
_NUKTA = {"s": "sh", "j": "z", "ph": "f", "g": "gh", "k": "q", "d": "r", "dh": "rh"}


def _punjabi_schwas(units: list[list[str]], ends_bare: bool) -> None:
    """Drop, right to left, the inherent a of a consonant that follows a vowel when a consonant
    (or a cluster) with a vowel of its own comes next: ਕਮਲਜੀਤ kamaljit, ਅਮਨਦੀਪ amandip, ਰਾਜਵਿੰਦਰ
    rajvindar (a word's first consonant and one after a nasal or in a cluster keep theirs)."""
    kinds = [kind for kind, _ in units] + (["-"] if ends_bare else [])
    for k in range(len(units) - 1, 1, -1):
        if kinds[k] != "A" or kinds[k - 2] not in ("A", "V") or kinds[k - 1] != "C":
            continue
        j = k + 1
        while j < len(kinds) and kinds[j] == "C":
            j += 1
        if j > k + 1 and j < len(kinds) and kinds[j] in ("A", "V"):
            units[k][1] = ""
            kinds[k] = "-"  # dropped: the consonant before it has no vowel now


#: Where Sinhala's letters start: their Unicode names are the letters' own (``ALPAPRAANA
#: KAYANNA``, ``KETTI IS-PILLA``), no sounds, so they are read by :data:`_SINHALA`.
_SINHALA_START = "\u0d80"
#: Sinhala's letters as Sri Lankan names are spelt in Latin ones: the dental ත and ථ th
#: (Tharindu, Rathnayake), the retroflex ට t; ච ch; ව w (Wickramasinghe, Ruwan; v after a
#: consonant, Silva); ං ng (Jayasinghe); ශ and ෂ sh; æ as a.
_SINHALA: dict[str, tuple[str, str]] = {
    **{c: ("vowel", v) for c, v in zip("අආඇඈඉඊඋඌඍඎඏඐඑඒඓඔඕඖ",
        ["a", "a", "a", "a", "i", "i", "u", "u", "ri", "ri", "li", "li", "e", "e", "ai", "o", "o", "au"], strict=True)},
    **{c: ("consonant", v) for c, v in zip("කඛගඝඞඟචඡජඣඤඥඦටඨඩඪණඬතථදධනඳපඵබභමඹයරලවශෂසහළෆ",
        ["k", "kh", "g", "gh", "n", "ng", "ch", "ch", "j", "jh", "gn", "gn", "nj", "t", "th", "d",
         "dh", "n", "nd", "th", "th", "d", "dh", "n", "nd", "p", "ph", "b", "bh", "m", "mb", "y",
         "r", "l", "w", "sh", "sh", "s", "h", "l", "f"], strict=True)},
    **{c: ("sign", v) for c, v in zip("ාැෑිීුූෘෙේෛොෝෞෟෲෳ",
        ["a", "a", "a", "i", "i", "u", "u", "ru", "e", "e", "ai", "o", "o", "au", "li", "ru", "li"], strict=True)},
    "ඁ": ("mark", "n"), "ං": ("mark", "ng"), "ඃ": ("mark", "h"), "්": ("virama", ""),
}  # fmt: skip


@lru_cache(maxsize=4096)
def _indic_letter(char: str) -> tuple[str, str]:
    """(kind, Latin sound) of one Indic character, read off its Unicode name (Sinhala's off
    :data:`_SINHALA`)."""
    if char >= _SINHALA_START:
        return _SINHALA.get(char, ("other", ""))
    name = unicodedata.name(char, "")
    found = next(((m, k) for m, k in _INDIC_KINDS if m in name), None)
    if name in ("GURMUKHI TIPPI", "GURMUKHI ADDAK"):  # a nasal; the next consonant doubled
        return ("mark", "n") if name.endswith("TIPPI") else ("addak", "")
    if found is None:
        return "other", ""  # digits, punctuation, unassigned
    marker, kind = found
    rest = name.split(marker, 1)[1].replace(" ", "_")
    sound = _DOUBLED.sub(r"\1", re.sub(r"[^a-z]", "", rest.lower().replace("vocalic_", "r")))
    if kind == "letter":
        if rest in _VOWEL_NAMES:
            return "vowel", sound
        sound = sound[:-1] if len(sound) > 1 and sound.endswith("a") else sound
        if sound.startswith("c") and not name.startswith("TAMIL"):
            sound = "ch" + sound[1:]  # च, ਚ: ch (Chopra, Cheema; Tamil's ச is s as often)
        return "consonant", sound
    if kind == "sign":
        return "sign", sound
    if rest == "VIRAMA":  # the consonant before it has no vowel, and joins the next one
        return "virama", ""
    if rest == "NUKTA":
        return "nukta", ""
    return "mark", {"ANUSVARA": "n", "CANDRABINDU": "n", "VISARGA": "h", "BINDI": "n",
                    "ADAK_BINDI": "n"}.get(rest, "")  # fmt: skip


# ---------------------------------------------------------------- Arabic-script skeletons
#: Arabic-script letters (Arabic, Persian, Urdu) as the consonants their Latin spellings write:
#: Persian's readings of Arabic letters (ض ذ ظ as z, ث as s; Arabic's d and t are
#: :data:`_ARABIC_READING`'s), ق, غ and ک as one (Ghasemi, Qasemi; Tarek, Tariq; Kazemi), ش
#: and چ as one (Shirin; the French Chérif, Rachid: ch); the letters that write vowels
#: (ا, ع, hamza, ة, ى) as none, but و and ی, which Latin spellings keep (ou, oo, v; i, y, ee),
#: as w and y.
_SKELETON_LETTERS = str.maketrans({
    "ب": "b", "پ": "p", "ت": "t", "ط": "t", "ث": "s", "ج": "j", "چ": "S", "ح": "h", "خ": "x",
    "د": "d", "ذ": "z", "ر": "r", "ز": "z", "ژ": "j", "س": "s", "ش": "S", "ص": "s", "ض": "z",
    "ظ": "z", "غ": "q", "ف": "f", "ق": "q", "ک": "q", "ك": "q", "گ": "g", "ل": "l", "م": "m",
    "ن": "n", "ه": "h", "ہ": "h", "ھ": "h", "ی": "y", "ي": "y", "ے": "y", "ٹ": "t", "ڈ": "d",
    "ڑ": "r", "ں": "n", "ا": "", "آ": "", "أ": "", "إ": "", "ٱ": "", "ع": "", "ء": "", "و": "w",
    "ؤ": "w", "ئ": "y", "ة": "", "ۃ": "", "ى": "",
})  # fmt: skip
#: Arabic's own readings of the letters Persian reads otherwise (Ramadan, Othman).
_ARABIC_READING = str.maketrans({"ث": "t", "ذ": "d", "ض": "d", "ظ": "z"})
#: Latin letter pairs that write one Arabic-script or Hebrew letter, the vowel pairs written ی and و
#: (Mahmoud is no Mohamed), and the French dj of ج (Djamel).
_LATIN_PAIRS = re.compile(r"tz|kh|gh|sh|ch|zh|th|ph|dj|ee|ei|ey|ai|ay|ou|oo|uu")
_LATIN_PAIR = {"kh": "x", "gh": "q", "sh": "S", "ch": "S", "zh": "j", "th": "t", "ph": "f"}
_LATIN_PAIR |= {"tz": "tz"}  # the tz of Hebrew's צ, whose z is no zh (Yitzhak)
_LATIN_PAIR |= {"dj": "j"} | dict.fromkeys(("ee", "ei", "ey", "ai", "ay"), "y")
_LATIN_PAIR |= dict.fromkeys(("ou", "oo", "uu"), "w")
#: A c that is no ch: an s before e, i and y (French: Youcef, Belkacem), else a k.
_SOFT_C = re.compile(r"c(?=[eiy])")
_LATIN_VOWELS = str.maketrans(
    {"a": "", "e": "", "o": "", "u": "", "v": "w", "i": "y", "k": "q", "c": "q"}
)
#: Arabic's article, written as a word's start (after "abd" and "abu" too): Latin spellings
#: leave it out as often as not (الإدريسي: El Idrissi, Idrissi), or write it as the next
#: consonant doubled (Ettazi, Abderrahmane).
_ARABIC_ARTICLE = re.compile(r"(?:^|(?<=\s)|(?<=عبد)|(?<=ابو)|(?<=بو))ال(?=\S\S)")
_LATIN_ARTICLE = re.compile(r"(?:^|\s)(?:el|al|ul)(?:\s|$)")
#: The g of ج in Egypt (Gamal, Ragab) and its j elsewhere (Jamal); of ق in Tunisia and the
#: Gulf (Belgacem, Gassim).
_G_OR_J = str.maketrans({"g": "j"})
_G_OR_Q = str.maketrans({"g": "q"})
#: A single o or u is a short vowel (Mohammad, Muhammad) or و (Kosar, Musavi).
_O_OR_U = str.maketrans({"o": "w", "u": "w"})
#: A name that starts with a vowel (ا, آ, ع; a, e, i, o, u) starts its skeletons so: Ahmad is
#: no Hamid.
_VOWEL_FIRST = "_"
_VOWEL_LETTERS = frozenset("اآأإٱع")
_STARTS_WITH_VOWEL = re.compile(r"[aeiou]")
#: The article of a family name written as the next consonant doubled, its l unwritten:
#: Ettazi, Essaidi, Ezzahra.
_SUN_ARTICLE = re.compile(r"(?:^|(?<=\s))[ae](?=([b-df-hj-np-tv-z])\1)")
#: An i between consonants (not y, the ی itself).
_SHORT_I = re.compile(r"(?<=[b-df-hj-np-tv-zS])i(?=[b-df-hj-np-tv-zS])")
#: A word's first i before a consonant: a short vowel (Ibrahim, Ismail).
_FIRST_I = re.compile(r"(?<![a-zA-Z])i(?=[^aeiouy ])")
#: Most o's and u's a name has whose readings are each taken apart; more are read all alike.
_EACH_O_OR_U = 3
#: A French ou after a word's first consonant, before another: a short u that Arabic script
#: leaves unwritten (Houda هدى, Mourad مراد, Mounir منير), or و (Youssef يوسف, Nour نور); read
#: as a single u, which is either. Further on it is و (Mahmoud محمود, no Mohamed محمد).
_FIRST_OU = re.compile(r"(?<![a-z])(kh|gh|sh|ch|dj|th|[b-df-hj-np-tv-z])ou(?=[b-df-hj-np-tv-z])")


def _each_o_or_u(text: str) -> list[str]:
    """``text`` with each o and u read as a vowel or as w, each apart (all alike where it has
    more than :data:`_EACH_O_OR_U`)."""
    at = [k for k, c in enumerate(text) if c in "ou"]
    if len(at) > _EACH_O_OR_U:
        return [text, text.translate(_O_OR_U)]
    out = []
    for choice in itertools.product((False, True), repeat=len(at)):
        chars = list(text)
        for k, w in zip(at, choice, strict=True):
            if w:
                chars[k] = "w"
        out.append("".join(chars))
    return out


#: A word's last h after a vowel: the silent h of a word written with a final ه (Fatemeh).
_SILENT_H = re.compile(r"(?<=[aeiou])h$")
_ARABIC_SCRIPT = re.compile(r"^[\u0600-\u06ff\u0750-\u077f ]+$")
_DOUBLED_LETTER = re.compile(r"(.)\1+")


def arabic_script(folded: str) -> bool:
    """Whether a folded value is written in Arabic-script letters (Arabic, Persian, Urdu)."""
    return _ARABIC_SCRIPT.match(folded) is not None and not folded.isspace()


_HEBREW_SCRIPT = re.compile(r"^[\u05d0-\u05ea ]+$")


def hebrew_script(folded: str) -> bool:
    """Whether a folded value is written in Hebrew letters."""
    return _HEBREW_SCRIPT.match(folded) is not None and not folded.isspace()


def abjad_script(folded: str) -> bool:
    """Whether a folded value is written in an abjad that leaves short vowels unwritten, whose
    values meet their Latin spellings by :func:`skeletons`: Arabic-script or Hebrew letters."""
    return arabic_script(folded) or hebrew_script(folded)


_INDIC_SCRIPT = re.compile(r"^[\u0900-\u0dff ]+$")


def indic_script(folded: str) -> bool:
    """Whether a folded value is written in one of India's or Sri Lanka's scripts, whose
    values meet their Latin spellings by :func:`skeletons` too: their vowels are written, but
    Latin spellings write them many ways (ਹਰਪ੍ਰੀਤ: Harpreet, Harprit; ਰਾਜਵਿੰਦਰ: Rajwinder,
    Rajvinder)."""
    return _INDIC_SCRIPT.match(folded) is not None and not folded.isspace()


#: Hebrew letters (folded: the geresh gone) in the skeletons'
#: letters, each by the readings Latin spellings give it: ב b or v (Avraham, Abraham), ג g or j
#: (ג'מאל, Jamal), ז z or zh (ז'ק), ח h, kh or ch (Haim, Khaim, Chaim), כ k, kh or ch (Mikhal,
#: Michal), פ p or f, צ tz, ts, z, s or ch (Yitzhak, Peretz, Perez, צ'רניחובסקי), ש sh or s
#: (Shmuel, Samuel, Sarah); א and ע write vowels (none), ו o, u or v (w), י i or y (y).
_HEBREW_READINGS: dict[str, tuple[str, ...]] = {
    "א": ("",), "ב": ("b", "w"), "ג": ("g", "j"), "ד": ("d",), "ה": ("h",), "ו": ("w",),
    "ז": ("z", "j"), "ח": ("h", "x", "S"), "ט": ("t",), "י": ("y",), "כ": ("q", "x", "S"),
    "ל": ("l",), "מ": ("m",), "נ": ("n",), "ס": ("s",), "ע": ("",), "פ": ("p", "f"),
    "צ": ("tz", "ts", "z", "s", "S"), "ק": ("q",), "ר": ("r",), "ש": ("S", "s"), "ת": ("t",),
    "ך": ("x", "q", "S"), "ם": ("m",), "ן": ("n",), "ף": ("f",), "ץ": ("tz", "ts", "z", "s", "S"),
}  # fmt: skip
#: Most skeletons a Hebrew value's readings give; letters past it are read their first way.
_MOST_HEBREW_READINGS = 256


def skeletons(folded: str) -> frozenset[str]:
    """The consonant skeletons of a folded name, by which a name in Arabic-script letters meets
    its Latin spellings: Arabic script leaves short vowels unwritten, and Latin spellings
    differ in them (محمد: Mohammad, Muhammad; حسینی: Hosseini, Hoseini, Hosseyni), so both
    sides are read as their consonants, doubled letters once, with ی and its Latin i, y, ei,
    ee and و as ou, oo, v kept. The readings where they differ (ض: z in Persian, d in Arabic; a
    word's first i written or not; an o or u written و or not; a last a written ی, as Persian
    writes مصطفی, Mostafa; the article ال written, left out or doubling the next consonant,
    El Idrissi, Idrissi, Ettazi; a short i written between consonants, Khalid; ج as g in
    Egypt, Gamal) each give a skeleton; two values are spelled alike when they share one. A
    name that starts with a vowel (احمد, Ahmad) starts its skeletons with ``_``. A value in an
    Indic script has its Latin reading's (:func:`indic_script`). Empty for values in none of
    these scripts.

    >>> sorted(skeletons("حسینی")), sorted(skeletons("hosseyni"))  # o: a vowel, or و
    (['hsyny'], ['hsyny', 'hwsyny'])
    >>> skeletons("مصطفی") & skeletons("mostafa"), skeletons("رمضان") & skeletons("ramadan")
    (frozenset({'mstfy'}), frozenset({'rmdn'}))
    """
    if folded.isascii():
        return _latin_skeletons(folded)
    if arabic_script(folded):
        return _arabic_skeletons(folded)
    if indic_script(folded):
        return _latin_skeletons(latin(folded))  # as its Latin reading's: ਸੁਖਵਿੰਦਰ, sukhwinder
    return _hebrew_skeletons(folded) if hebrew_script(folded) else frozenset()


def _hebrew_skeletons(folded: str) -> frozenset[str]:
    """A Hebrew value's skeletons: each letter by its readings (:data:`_HEBREW_READINGS`); a
    word's last ה after a letter silent (שרה, Sarah; משה, Moshe); a value that starts with א or
    ע marked as one that starts with a vowel, and one that starts with י read either way
    (יצחק: Yitzhak, Itzhak)."""
    forms = {""}
    for word in folded.split():
        if len(word) > 1 and word[-1] == "ה":
            word = word[:-1]
        for letter in word:
            readings = _HEBREW_READINGS.get(letter, ("",))
            if len(forms) * len(readings) > _MOST_HEBREW_READINGS:
                readings = readings[:1]
            forms = {f + r for f in forms for r in readings}
    first = folded[:1]
    marks = (_VOWEL_FIRST,) if first in "אע" else (_VOWEL_FIRST, "") if first == "י" else ("",)
    if first == "י":  # a first י is a consonant (Yael), or writes a vowel (Itzhak, Elena)
        forms |= {f[1:] for f in forms}
    out = {m + _DOUBLED_LETTER.sub(r"\1", f) for f in forms for m in marks}
    return frozenset(s for s in out if len(s.lstrip(_VOWEL_FIRST)) >= 2)


def _arabic_skeletons(folded: str) -> frozenset[str]:
    out = set()
    bare = _ARABIC_ARTICLE.sub("", folded)
    texts = {folded, bare, folded.translate(_ARABIC_READING), bare.translate(_ARABIC_READING)}
    for text in texts:
        # a word's last ه after a letter is a silent e (فاطمه, Fatemeh) or an h that Latin
        # spellings drop after a vowel (عبدالله, Abdollah)
        words = [w[:-1] if len(w) > 1 and w[-1] in "هہ" else w for w in text.split()]
        mark = _VOWEL_FIRST if text[:1] in _VOWEL_LETTERS else ""
        out.add(mark + _DOUBLED_LETTER.sub(r"\1", "".join(words).translate(_SKELETON_LETTERS)))
    return frozenset(s for s in out if len(s.lstrip(_VOWEL_FIRST)) >= 2)


def _latin_skeletons(folded: str) -> frozenset[str]:
    words = [w for w in folded.split() if w.isalpha()]
    if not words:
        return frozenset()
    # A word's last h after a vowel: silent (Fatemeh), or ح (Salah)
    raw = {" ".join(words), " ".join(_SILENT_H.sub("", w) for w in words)}
    raw |= {_LATIN_ARTICLE.sub(" ", t).strip() or t for t in raw}
    raw |= {_SUN_ARTICLE.sub("", t) for t in raw}
    out = set()
    for text in raw:
        # (a French ou first is a vowel or و: Oussama, Ouazzani)
        marks = (_VOWEL_FIRST, "") if text.startswith("ou") else (_VOWEL_FIRST,)
        marks = marks if _STARTS_WITH_VOWEL.match(text) else ("",)
        text = _FIRST_OU.sub(r"\1u", text)
        text = _SOFT_C.sub("s", _LATIN_PAIRS.sub(lambda m: _LATIN_PAIR[m[0]], text))
        texts = {text, text.translate(_G_OR_J), text.translate(_G_OR_Q)}
        # An i between consonants is ی, or a short vowel that Arabic script leaves unwritten
        # (Khalid, Fatima, Hisham; Hamid is حمید, and Ahmad, احمد, starts with a vowel); a
        # word's first i before a consonant is a short vowel: Ibrahim, Ismail.
        forms = texts | {_SHORT_I.sub("", t) for t in texts}
        forms |= {_FIRST_I.sub("", t) for t in forms}
        # Each o or u apart: a short vowel, or و (Youssouf: یوسف).
        forms = {w for f in forms for w in _each_o_or_u(f)}
        forms |= {f[:-1] + "y" for f in forms if f.endswith("a")}  # Mostafa, Kobra: ی in Persian
        read = {
            _DOUBLED_LETTER.sub(r"\1", f.replace(" ", "").translate(_LATIN_VOWELS)) for f in forms
        }
        out |= {mark + f for f in read for mark in marks}
    return frozenset(s for s in out if len(s.lstrip(_VOWEL_FIRST)) >= 2)
