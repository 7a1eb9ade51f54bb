"""Lao script in Latin letters as Lao names are romanised (the French-based spelling of Lao
passports and ids): ``ພົມມະຈັນ`` is phommachan, ``ສີສຸພັນທອງ`` sisouphanthong, ``ວົງສະຫວັນ``
vongsavan, as a clerk writes them (``Phommachanh``, ``Sisouphanthong``, ``Vongsavanh``).

Lao writes syllables as Thai does, from the same Indic letters in the same order (Unicode gave
the two blocks one layout: ກ U+0E81 is ก U+0E01), so a Lao word is read as its Thai spelling is
(:func:`~tekil.normalize.thai.thai_latin`), with the signs Thai lacks spelt as Thai spells their
sounds (``ົ`` short o, unwritten in Thai; ``ົວ`` ua; ``ຽ`` ia; ``ໍ`` o; ``ຼ`` l below) and the
French spelling's letters: ``ວ`` is v, not w, and u is written ou (Souliya, Bounmy).

>>> [lao_latin(w) for w in ("ພົມມະຈັນ", "ສີສຸພັນທອງ", "ວົງສະຫວັນ", "ບຸນມີ", "ສົມສັກ", "ບົວພັນ")]
['phommachan', 'sisouphanthong', 'vongsavan', 'bounmi', 'somsak', 'bouaphan']
>>> [lao_latin(w) for w in ("ແກ້ວມະນີ", "ດວງມາລາ", "ວຽງຈັນ", "ຫຼວງພະບາງ", "ຄຳພອນ")]
['kaeomani', 'douangmala', 'viangchan', 'louangphabang', 'khamphon']
>>> lao_latin("ສີປະເສີດ")
'sipasoet'
"""

from __future__ import annotations

import re
from functools import lru_cache

from tekil.normalize.thai import thai_latin

__all__ = ["LAO", "lao_latin"]

#: A run of Lao letters and signs.
LAO = re.compile("[\u0e81-\u0edf]+")
#: Lao letters as the Thai letters of their sounds: most sit 0x80 above their Thai twins; ຍ is
#: y closing a syllable too (ย, not ญ), ຊ s (ซ), the ligatures ໜ ໝ hn hm, the ຼ below l.
_TO_THAI = {chr(c): chr(c - 0x80) for c in range(0x0E81, 0x0ECE)}
_TO_THAI |= {"ຍ": "ย", "ຊ": "ซ", "ໜ": "หน", "ໝ": "หม", "ຼ": "ล", "ໍ": "อ", "ົ": ""}
_TO_THAI |= {chr(c): chr(c - 0x80) for c in range(0x0ED0, 0x0EDA)}  # digits
_THAI = str.maketrans(_TO_THAI)
#: ``ົວ`` (ua, บัว) and a consonant with ``ຽ`` after it (ia, เ-ีย: ວຽງ, เวียง).
_UA = re.compile("ົວ")
_IA = re.compile("(.)ຽ")
#: ``ເ-ີ`` (oe, long; ສີປະເສີດ Sipaseuth), which Thai writes ``เ-ิ``.
_OE = re.compile("ເ(.)ີ")


@lru_cache(maxsize=1 << 14)
def lao_latin(word: str) -> str:
    """A run of Lao letters in Latin ones, syllable by syllable."""
    s = _OE.sub(lambda m: "ເ" + m[1] + "ິ", _UA.sub("ັວ", word))
    s = _IA.sub(lambda m: "ເ" + m[1] + "ີຢ", s).translate(_THAI)
    return thai_latin(s).replace("w", "v").replace("u", "ou").replace("oou", "ou")
