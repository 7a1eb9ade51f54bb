"""Turkish-aware text folding, the basis of every name, address and city comparison.

Python's ``str.lower`` is wrong for Turkish: ``"İ".lower()`` gives ``"i̇"`` (i plus
a combining dot) and ``"I".lower()`` gives ``"i"`` where Turkish wants ``"ı"``.
Different systems also store the same name with or without Turkish letters
("Şahin", "Sahin", "SAHİN", "ŞAHIN"). tekil therefore compares names in a
*folded* form: lower case the Turkish way, then map every Turkish letter to its
ASCII base (ı→i, ş→s, ğ→g, ç→c, ö→o, ü→u), strip other accents, and keep only
letters, digits and single spaces.

>>> fold("İSMAİL  ŞAHİN")
'ismail sahin'
>>> turkish_lower("IŞIK")
'ışık'
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache

_UPPER_TO_LOWER = str.maketrans({"I": "ı", "İ": "i"})
_LOWER_TO_UPPER = str.maketrans({"i": "İ", "ı": "I"})
_TURKISH_TO_ASCII = str.maketrans(
    {"ı": "i", "ş": "s", "ğ": "g", "ç": "c", "ö": "o", "ü": "u", "â": "a", "î": "i", "û": "u"}
)
#: Latin letters that no accent decomposes, as writers without them spell them ("Michał" is
#: "Michal", "Søren" "Soren", "Straße" "Strasse").
_LATIN_TO_ASCII = str.maketrans(
    {"ł": "l", "ø": "o", "æ": "ae", "œ": "oe", "ß": "ss", "đ": "d", "ð": "d", "þ": "th", "ħ": "h"}
)
#: Diacritics that writers may leave out, dropped by :func:`strip_accents`: the combining
#: accents of Latin, Greek and Cyrillic letters, Hebrew points and Arabic vowel marks. The
#: vowel signs and viramas of Indic and South-East Asian scripts, or Japanese kana's voicing
#: marks, are parts of their letters and are kept (``"कृष्ण"`` stays one word).
_OPTIONAL_MARKS = (
    (0x0300, 0x036F),
    (0x0483, 0x0489),
    (0x0591, 0x05C7),
    (0x0610, 0x061A),
    (0x064B, 0x065F),
    (0x0670, 0x0670),
    (0x06D6, 0x06ED),
    (0x1AB0, 0x1AFF),
    (0x1DC0, 0x1DFF),
    (0x20D0, 0x20FF),
    (0xFE20, 0xFE2F),
)
_DROP_OPTIONAL_MARKS = {c: None for lo, hi in _OPTIONAL_MARKS for c in range(lo, hi + 1)}

#: Traditional Chinese characters (Hong Kong, Taiwan, Macau) and their simplified forms (the
#: mainland, Singapore), for the characters of names and addresses most often written both
#: ways: 陳 and 陈 are one family name, 臺北 and 台北 one city. Each pair is a traditional
#: character and its simplified one; characters simplified alike from two (鍾 and 鐘: 钟) meet,
#: as on the mainland's own records.
_TRADITIONAL_PAIRS = (
    "倉仓 倫伦 偉伟 傑杰 傳传 儀仪 億亿 優优 凱凯 剛刚 劉刘 劍剑 勁劲 務务 勝胜 勳勋 區区 吳吴 呂吕 問问 "
    "喬乔 單单 嚴严 國国 園园 場场 塢坞 壽寿 夢梦 婭娅 嬋婵 嬌娇 孫孙 實实 寧宁 寶宝 層层 屬属 島岛 嵐岚 "
    "嶺岭 帳帐 廠厂 廣广 張张 強强 彥彦 愛爱 慶庆 憲宪 憶忆 應应 懷怀 戰战 戶户 揚扬 擁拥 晉晋 暉晖 曄晔 "
    "曉晓 書书 會会 東东 棟栋 楊杨 楓枫 業业 樂乐 樓楼 標标 樹树 樺桦 橋桥 機机 櫻樱 權权 歐欧 歡欢 歲岁 "
    "氣气 涇泾 淵渊 湧涌 湯汤 溫温 滬沪 滿满 漢汉 潔洁 潤润 澤泽 濟济 濤涛 濱滨 瀋沈 瀟潇 灘滩 灣湾 烏乌 "
    "煒炜 煥焕 熒荧 燁烨 燦灿 爍烁 爾尔 獅狮 獎奖 現现 瑋玮 瑤瑶 瑩莹 瑪玛 環环 瓊琼 產产 畢毕 當当 發发 "
    "盡尽 監监 盧卢 碩硕 碼码 禎祯 禪禅 禮礼 稱称 穎颖 筆笔 築筑 簡简 粵粤 紀纪 紅红 紋纹 納纳 純纯 紹绍 "
    "絡络 絢绚 絲丝 經经 維维 綱纲 綺绮 綾绫 緒绪 緯纬 練练 縣县 繫系 繼继 續续 羅罗 義义 聖圣 聞闻 聯联 "
    "聰聪 聲声 聶聂 職职 肅肃 臺台 與与 興兴 舊旧 艷艳 莊庄 華华 萬万 葉叶 蓮莲 蔣蒋 蕭萧 薈荟 藍蓝 藝艺 "
    "蘇苏 蘊蕴 蘭兰 處处 號号 螢萤 衛卫 裝装 見见 規规 視视 親亲 覺觉 觀观 記记 訪访 設设 許许 評评 詠咏 "
    "詩诗 話话 誌志 語语 誠诚 謙谦 謝谢 證证 譚谭 議议 譽誉 讓让 豐丰 豔艳 貝贝 貞贞 財财 貴贵 費费 貿贸 "
    "賀贺 資资 賈贾 賓宾 賢贤 賦赋 賴赖 賽赛 贊赞 贛赣 趙赵 車车 軍军 軒轩 輝辉 輪轮 辦办 農农 連连 進进 "
    "運运 達达 遙遥 遠远 選选 遼辽 邁迈 郵邮 鄉乡 鄒邹 鄔邬 鄧邓 鄭郑 鄰邻 鄺邝 醫医 釗钊 針针 鈞钧 鈴铃 "
    "銀银 銘铭 鋒锋 鋼钢 錄录 錢钱 錦锦 錫锡 鍵键 鍾钟 鎮镇 鏡镜 鐘钟 鐵铁 長长 門门 閃闪 開开 間间 閔闵 "
    "閣阁 閩闽 閻阎 關关 陝陕 陣阵 陳陈 陸陆 陽阳 隊队 際际 隨随 隴陇 雙双 雜杂 雞鸡 難难 雲云 電电 靈灵 "
    "靚靓 靜静 韋韦 韓韩 韜韬 韻韵 響响 頂顶 項项 順顺 須须 頌颂 頤颐 頭头 題题 顏颜 顥颢 顧顾 顯显 風风 "
    "飄飘 飛飞 養养 館馆 馬马 馮冯 馳驰 駿骏 騰腾 驊骅 驥骥 體体 鬥斗 魯鲁 鮑鲍 鮮鲜 鳥鸟 鳳凤 鳴鸣 鴻鸿 "
    "鵬鹏 鶴鹤 鷹鹰 麗丽 麥麦 黃黄 點点 齊齐 齡龄 龍龙 龐庞 龔龚 "
)
_TRADITIONAL_TO_SIMPLIFIED = str.maketrans({p[0]: p[1] for p in _TRADITIONAL_PAIRS.split()})
#: The Arabic yeh and kaf (ي ك), as Arabic keyboards and older Iranian software write them, are
#: the Persian letters ی and ک (Urdu's too): "هاشمي" and "هاشمی" are one name. (Alef maksura ى,
#: read a at a word's end in Arabic, stays.)
_ARABIC_TO_PERSIAN = str.maketrans({"ي": "ی", "ك": "ک"})
#: Pashto's letters as Dari (and Persian) writers write the same names: its gaf (ګ) and yehs (ې,
#: ۍ) are Persian گ and ی, its retroflexes (ټ ډ ړ ڼ) t, d, r and n, and ځ, ږ, ښ, څ the nearest
#: Persian letters (ز ژ ش س): "کاکړ" and "کاکر" (Kakar), "ګلالۍ" and "گلالی" (Gulalai) are one
#: name, as their Latin spellings are.
_PASHTO_TO_PERSIAN = str.maketrans(
    {"ګ": "گ", "ې": "ی", "ۍ": "ی", "ټ": "ت", "ډ": "د", "ړ": "ر", "ڼ": "ن", "ځ": "ز", "ږ": "ژ"}
    | {"ښ": "ش", "څ": "س"}
)
#: Hebrew's final letters (ך ם ן ף ץ) are the forms its letters take at a word's end, no other
#: letters: systems that cannot shape them, or that sort and capitalise, write the plain ones
#: ("כהנ" for "כהן"), and joined words keep them inside. Each is written as its place asks.
_HEBREW_MEDIAL = str.maketrans({"ך": "כ", "ם": "מ", "ן": "נ", "ף": "פ", "ץ": "צ"})
_HEBREW_FINAL = str.maketrans({"כ": "ך", "מ": "ם", "נ": "ן", "פ": "ף", "צ": "ץ"})
_HEBREW_WORD = re.compile("[\u05d0-\u05ea]+")
_LETTER_VARIANTS = _TRADITIONAL_TO_SIMPLIFIED | _ARABIC_TO_PERSIAN | _PASHTO_TO_PERSIAN
#: A geresh or gershayim after a Hebrew letter (ג'ק, ז'בוטינסקי, צ'רניחובסקי; דוא"ל), typed as an
#: apostrophe, a quotation mark or the Hebrew signs: a mark of the letter (ג' is j, צ' ch), no
#: break between words; dropped, or it would split the word in two.
_GERESH = re.compile("(?<=[\u05d0-\u05ea])['\"\u05f3\u05f4\u2019\u201d\u00b4`]")


#: Latin capitals that look like Greek or Cyrillic ones (A Α А, P Ρ Р), lower-cased: typed on the
#: wrong keyboard layout inside a Greek or Cyrillic word ("ΠAΠΑΔΟΠΟΥΛΟΣ" with a Latin A), and
#: the other way round. A word is read in the script most of its letters are in; a word whose
#: other letters are not all look-alikes is left as it is.
_LATIN_AS_GREEK = dict(zip("abehikmnoptxyz", "αβεηικμνορτχυζ", strict=True))
_LATIN_AS_CYRILLIC = dict(zip("abcehkmoptxy", "авсенкмортху", strict=True))
_TO_LATIN_LOOKS = {
    v: k for table in (_LATIN_AS_GREEK, _LATIN_AS_CYRILLIC) for k, v in table.items()
}
#: Folded Greek letters that look like Latin ones, as those (a Greek id's series, "ακ").
GREEK_AS_LATIN = str.maketrans({g: lat for lat, g in _LATIN_AS_GREEK.items()})
#: A Latin letter beside a Greek or Cyrillic one, in one word.
_MIXED = re.compile("[a-z][\u03b1-\u03c9\u0430-\u044f]|[\u03b1-\u03c9\u0430-\u044f][a-z]")
_WORD = re.compile("[a-z\u03b1-\u03c9\u0430-\u044f]+")


def _one_script(match: re.Match) -> str:
    """A folded word of Latin and Greek or Cyrillic letters in one script (see above)."""
    word = match[0]
    latin = sum("a" <= c <= "z" for c in word)
    greek = sum("\u03b1" <= c <= "\u03c9" for c in word)
    to_latin = latin * 2 > len(word)  # a Latin word with a Greek or Cyrillic letter or two
    if to_latin:
        table = _TO_LATIN_LOOKS
    else:
        table = _LATIN_AS_GREEK if greek * 2 >= len(word) - latin else _LATIN_AS_CYRILLIC
    out = [c if ("a" <= c <= "z") == to_latin else table.get(c) for c in word]
    return word if None in out else "".join(out)


def _mark_ranges() -> str:
    """A regular-expression class body of the combining marks of the basic plane."""
    marks = [c for c in range(0x0300, 0x10000) if unicodedata.category(chr(c))[0] == "M"]
    runs, start = [], marks[0]
    for prev, c in zip(marks, [*marks[1:], None], strict=True):
        if c != prev + 1:
            runs.append(f"\\u{start:04x}-\\u{prev:04x}" if prev > start else f"\\u{start:04x}")
            start = c
    return "".join(runs)


#: Combining marks, for character classes: Python's ``\\w`` leaves them out, so without them
#: a Devanagari or Thai word would fall apart at each vowel sign.
MARKS = _mark_ranges()
# Anything but a letter, digit or mark of any script: Cyrillic, Greek, Arabic or Hindi names
# survive folding.
_NON_ALNUM = re.compile(rf"(?:[^\w{MARKS}]|_)+")
_SPACES = re.compile(r"\s+")


def turkish_lower(text: str) -> str:
    """Lower-case ``text`` with Turkish rules (I→ı, İ→i)."""
    if not text.isascii():
        text = unicodedata.normalize("NFC", text)
    return text.translate(_UPPER_TO_LOWER).lower()


def turkish_upper(text: str) -> str:
    """Upper-case ``text`` with Turkish rules (i→İ, ı→I)."""
    return unicodedata.normalize("NFC", text).translate(_LOWER_TO_UPPER).upper()


def turkish_title(text: str) -> str:
    """Title-case each word with Turkish rules: ``"ismail IŞIK"`` → ``"İsmail Işık"``."""
    return " ".join(_title_word(word) for word in _SPACES.split(text.strip()) if word)


@lru_cache(maxsize=1 << 16)
def _title_word(word: str) -> str:
    # Names and addresses repeat their words: each distinct word is cased once.
    return "-".join(turkish_upper(p[:1]) + turkish_lower(p[1:]) for p in word.split("-"))


def title(text: str, turkish: bool = False) -> str:
    """Title-case each word; with Turkish rules (I→ı, i→İ) when ``turkish`` (the column's
    writers write Turkish, see :func:`writes_turkish_i`) or when the text itself has a letter
    only Turkish has (İ ı Ş ş Ğ ğ).

    >>> title("JOHN SMITH"), title("AYŞE YILMAZ", turkish=True), title("ismail IŞIK")
    ('John Smith', 'Ayşe Yılmaz', 'İsmail Işık')
    """
    if turkish or has_turkish_letter(text):
        return turkish_title(text)
    return " ".join(_plain_title_word(word) for word in _SPACES.split(text.strip()) if word)


@lru_cache(maxsize=1 << 16)
def _plain_title_word(word: str) -> str:
    return "-".join(p[:1].upper() + p[1:].lower() for p in word.split("-"))


_TURKISH_ONLY = frozenset("İıŞşĞğ")


def has_turkish_letter(text: str) -> bool:
    """Whether ``text`` holds a letter only Turkish has (İ ı Ş ş Ğ ğ)."""
    return not _TURKISH_ONLY.isdisjoint(text)


_ANY_I = re.compile("[IİıiÎî]")
#: Share of a column's words with an i that hold a letter only Turkish has when the column is
#: written in Turkish: 0.2-0.35 (mixed with ASCII spellings of it, or upper-cased by a
#: program that drops the dot of İ) to half; in another language's names with some Turkish
#: ones among them, a few hundredths.
TURKISH_I_SHARE = 0.1


def writes_turkish_i(values: Iterable[str]) -> bool:
    """Whether ``values`` are written in Turkish, with its dotted and dotless i: then a plain
    ``I`` is a dotless one, and ``"YILMAZ"`` reads ``"Yılmaz"``.

    >>> writes_turkish_i(["Ayşe Yılmaz", "ALİ KILIÇ", "Fatma Demir"]), writes_turkish_i(["IVAN"])
    (True, False)
    """
    words = {word for text in values for word in text.split() if _ANY_I.search(word)}
    turkish = sum(1 for word in words if has_turkish_letter(word))
    return bool(words) and turkish >= TURKISH_I_SHARE * len(words)


def strip_accents(text: str) -> str:
    """Drop the optional diacritics (é→e, ñ→n, Arabic vowel marks) after NFKD decomposition.

    Marks that are part of a letter stay (Hindi ``"कृष्ण"``, Japanese ``"が"``).
    """
    decomposed = unicodedata.normalize("NFKD", text).translate(_DROP_OPTIONAL_MARKS)
    return unicodedata.normalize("NFC", decomposed)


def fold(text: str) -> str:
    """Fold ``text`` for comparison: Turkish lower case, accents off, single spaces.

    Turkish and other accented Latin letters become ASCII (``ł`` → ``l``, ``ß`` → ``ss``,
    ``æ`` → ``ae``), traditional Chinese characters simplified (``陳`` → ``陈``), the Arabic
    yeh and kaf and Pashto's letters written as the Persian ones (``ي`` → ``ی``, ``ړ`` → ``ر``),
    Hebrew letters in the forms their places ask (``כהנ`` → ``כהן``), a geresh dropped (``ג'ק`` → ``גק``) and Latin
    look-alikes inside a Greek or Cyrillic word read in its script (``ΠAΠΑΣ`` → ``παπας``);
    letters of other scripts are kept, lower-cased (their Latin reading is
    :func:`~tekil.normalize.latin.latin`'s). Punctuation becomes a space, so ``"Ali-Rıza"``
    and ``"ali rıza"`` fold alike. Idempotent: ``fold(fold(x)) == fold(x)``.

    >>> fold("Jürgen Müller"), fold("ИВАН Петров")
    ('jurgen muller', 'иван петров')
    """
    lowered = turkish_lower(text).translate(_TURKISH_TO_ASCII)
    if not lowered.isascii():  # most names are ASCII by now: skip the decomposition
        lowered = strip_accents(lowered).lower().translate(_LATIN_TO_ASCII)
        lowered = lowered.translate(_LETTER_VARIANTS)
        if max(lowered, default="") >= "\u05d0" and _HEBREW_WORD.search(lowered):
            lowered = _HEBREW_WORD.sub(_hebrew_word, _GERESH.sub("", lowered))
        if _MIXED.search(lowered):
            lowered = _WORD.sub(_one_script, lowered)
    return _NON_ALNUM.sub(" ", lowered).strip()


def _hebrew_word(match: re.Match) -> str:
    """A Hebrew word with its letters in their places' forms: final ones last, plain ones before."""
    word = match[0].translate(_HEBREW_MEDIAL)
    return word[:-1] + word[-1].translate(_HEBREW_FINAL)


def collapse_spaces(text: str) -> str:
    """Trim and collapse runs of whitespace to one space."""
    return _SPACES.sub(" ", text).strip()
