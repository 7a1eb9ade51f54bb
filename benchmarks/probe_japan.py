"""A Japanese retail group's customer file: a points programme, a credit card unit, an online
shop and a delivery / gift desk, stacked in one file (a ``source`` column; a column of the same
name in two systems is one column).

* Points programme (``ポイント``), keyed by staff from paper forms at the till:
  ``会員番号`` (13 digits with a JAN check digit), ``氏名`` in kanji with a full-width, a
  half-width or no space between family and given name, ``フリガナ`` in full-width katakana,
  half-width ``ｶﾀｶﾅ`` (records migrated from the old POS) or hiragana, ``生年月日`` as
  ``1985/03/12``, ``昭和60年3月12日`` or ``S60.3.12``, ``性別`` ``男``/``女``, ``郵便番号``
  (``150-0001``, ``1500001``, ``〒150-0001``, full-width), ``都道府県``, ``住所`` (city, town,
  block and building, digits and hyphens full- or half-width, ``丁目/番地/号`` or hyphens,
  ``ー`` typed for a hyphen), ``電話番号`` (the household's landline, or a mobile where there is
  none), ``携帯電話``, ``メールアドレス`` (carrier mail ``@docomo.ne.jp`` / ``@ezweb.ne.jp`` /
  ``@softbank.ne.jp``, some with the dots docomo once allowed), ``代表会員番号`` (the family
  group's head, whose points the family pools), enrolment date, store, points. The old
  JIS-only system cannot hold ``髙``, ``﨑``, ``𠮷``: they come out as the common form or ``〓``.
  Enrolments are seldom updated: old names, addresses and carrier mails stay.
* Credit card unit (``CARD``), a mainframe with English column names that holds names only in
  half-width kana (``NAME_KANA`` ``ﾔﾏﾀﾞ ﾀﾛｳ``, small kana often written large: ``ｷﾖｳｺ``) and as
  embossed (``CARD_HOLDER`` ``TARO YAMADA`` or ``YAMADA TARO``, Hepburn as on the passport:
  long vowels dropped or written ``OH`` / ``OU``, ``ン`` before b/m/p as ``M``). ``CUST_NO`` is
  the account; family cards (``CARD_TYPE`` ``FAMILY``) carry the principal's account, mobile
  and address. Masked card number, ``BIRTH_DATE`` ``19850312``, ``SEX`` ``1``/``2``, ``MOBILE``
  (``09012345678`` or ``+81 90 1234 5678``), ``HOME_TEL``, ``ZIP``, ``ADDRESS_EN``
  (``101 PARK HOUSE JINGUMAE, 1-2-3 JINGUMAE, SHIBUYA-KU, TOKYO``), the employer in bank-style
  half-width kana (``ｶ)ﾄｳｷﾖｳｼﾖｳｼﾞ``) and its switchboard (shared by colleagues), a driver's
  licence number (12 digits with its check digit) or passport, the linked points number. A
  woman who married gets a new card in her new name; the old account stays, closed.
* Online shop (``EC``), typed by the customers: ``name`` in kanji, romaji (``Taro Yamada``,
  ``yamada taro``, ``YAMADA TAROU``) or kana, ``name_kana`` (katakana, hiragana, half-width or
  empty), ``email``, ``tel`` (``０９０－１２３４－５６７８``, ``090ー1234ー5678``), ``zip``,
  ``address`` (with or without the prefecture), ``birthday``, a linked points card.
* Delivery and gift desk (``配送``), a Yamato-style label file: ``伝票番号`` (11 digits and a
  mod-7 check digit), ``区分``. Store deliveries (``通常``) have the customer as ``届け先`` and
  the store as ``依頼主``; gifts (``ギフト``: ``お中元``, ``お歳暮``, ``内祝``) have the
  customer as ``依頼主`` and a parent, an in-law, a boss or a friend as ``届け先``; returns
  (``返品``) go from the customer to the returns centre. Names keyed by the desk staff, with
  ``様`` after the recipient, couples as ``山田 太郎・花子``.

What makes it hard: one reading written with different kanji (``斎藤``/``斉藤``/``齋藤``/
``齊藤`` サイトウ, ``渡辺``/``渡邊``/``渡邉`` ワタナベ, ``伊藤``/``伊東`` イトウ, given names
by the IME's first candidate: ``裕子``/``優子``/``祐子`` ユウコ); old character forms
(``髙橋``, ``山﨑``, ``澤田``, ``𠮷田``); readings of one name that differ (``ナカジマ``/
``ナカシマ``, ``コウノ``/``カワノ``); kana full-width, half-width, hiragana, with and without
spaces; romaji with the long vowels dropped or written (``SATO``/``SATOH``/``SATOU``, ``OHNO``
/``ONO`` for 大野 and ``ONO`` for 小野), in given-family or family-given order; no romaji for
most records and no kanji on the card unit; married women with a new family name, a new address
and often a new e-mail, their old records at their parents' address and landline; very common
family names (佐藤, 鈴木, 高橋, 田中) with common given names; households sharing a landline,
an address, a family e-mail and a family points group; parents who appear as gift recipients on
their children's labels; colleagues sharing a switchboard; Korean residents under their
everyday name (通名) except on the card; Vietnamese names in katakana; full-width digits and
hyphens; people who moved or changed carrier (a new mail, the same number).
"""

from __future__ import annotations

import datetime as dt
import random
import unicodedata

import pandas as pd

from check_digits import luhn_digit
from draws import TODAY, Draws, wpick
from slips import slip

# ---------------------------------------------------------------- family names
# (registered form, reading(s) "A|B" with the first the more common, weight in 10,000 persons)
SURNAMES = [
    ("佐藤", "サトウ", 187), ("鈴木", "スズキ", 180), ("高橋", "タカハシ", 138), ("田中", "タナカ", 132),
    ("伊藤", "イトウ", 107), ("渡辺", "ワタナベ", 100), ("山本", "ヤマモト", 107), ("中村", "ナカムラ", 104),
    ("小林", "コバヤシ", 101), ("加藤", "カトウ", 89), ("吉田", "ヨシダ", 83), ("山田", "ヤマダ", 81),
    ("佐々木", "ササキ", 67), ("山口", "ヤマグチ", 64), ("松本", "マツモト", 62), ("井上", "イノウエ", 61),
    ("木村", "キムラ", 57), ("林", "ハヤシ", 53), ("斎藤", "サイトウ", 34), ("清水", "シミズ", 52),
    ("山崎", "ヤマザキ|ヤマサキ", 48), ("森", "モリ", 47), ("池田", "イケダ", 44), ("橋本", "ハシモト", 44),
    ("阿部", "アベ", 44), ("石川", "イシカワ", 43), ("山下", "ヤマシタ", 42), ("中島", "ナカジマ|ナカシマ", 42),
    ("石井", "イシイ", 41), ("小川", "オガワ", 41), ("前田", "マエダ", 40), ("岡田", "オカダ", 40),
    ("長谷川", "ハセガワ", 40), ("藤田", "フジタ", 39), ("後藤", "ゴトウ", 39), ("近藤", "コンドウ", 38),
    ("村上", "ムラカミ", 37), ("遠藤", "エンドウ", 35), ("青木", "アオキ", 34), ("坂本", "サカモト", 33),
    ("斉藤", "サイトウ", 23), ("福田", "フクダ", 33), ("太田", "オオタ", 32), ("西村", "ニシムラ", 32),
    ("藤井", "フジイ", 31), ("金子", "カネコ", 30), ("岡本", "オカモト", 30), ("藤原", "フジワラ", 30),
    ("中野", "ナカノ", 29), ("三浦", "ミウラ", 29), ("原田", "ハラダ", 29), ("中川", "ナカガワ", 28),
    ("松田", "マツダ", 28), ("竹内", "タケウチ", 28), ("小野", "オノ", 28), ("田村", "タムラ", 28),
    ("中山", "ナカヤマ", 27), ("和田", "ワダ", 27), ("石田", "イシダ", 27), ("森田", "モリタ", 26),
    ("上田", "ウエダ", 26), ("原", "ハラ", 26), ("内田", "ウチダ", 26), ("柴田", "シバタ", 26),
    ("酒井", "サカイ", 25), ("宮崎", "ミヤザキ", 25), ("横山", "ヨコヤマ", 25), ("高木", "タカギ", 25),
    ("安藤", "アンドウ", 24), ("宮本", "ミヤモト", 24), ("大野", "オオノ", 24), ("小島", "コジマ|オジマ", 24),
    ("工藤", "クドウ", 23), ("谷口", "タニグチ", 23), ("今井", "イマイ", 23), ("高田", "タカダ|タカタ", 22),
    ("丸山", "マルヤマ", 22), ("増田", "マスダ", 22), ("杉山", "スギヤマ", 22), ("村田", "ムラタ", 22),
    ("大塚", "オオツカ", 21), ("新井", "アライ", 21), ("小山", "コヤマ|オヤマ", 21), ("平野", "ヒラノ", 21),
    ("藤本", "フジモト", 20), ("河野", "コウノ|カワノ", 20), ("上野", "ウエノ", 20), ("野口", "ノグチ", 20),
    ("武田", "タケダ", 20), ("松井", "マツイ", 19), ("千葉", "チバ", 19), ("岩崎", "イワサキ", 19),
    ("菅原", "スガワラ", 19), ("木下", "キノシタ", 19), ("久保", "クボ", 19), ("佐野", "サノ", 18),
    ("野村", "ノムラ", 18), ("松尾", "マツオ", 18), ("菊地", "キクチ", 12), ("杉本", "スギモト", 18),
    ("市川", "イチカワ", 17), ("古川", "フルカワ", 17), ("大西", "オオニシ", 17), ("島田", "シマダ", 17),
    ("水野", "ミズノ", 17), ("桜井", "サクライ", 17), ("高野", "タカノ", 17), ("渡部", "ワタナベ|ワタベ", 16),
    ("吉川", "ヨシカワ", 16), ("菊池", "キクチ", 16), ("五十嵐", "イガラシ", 14), ("服部", "ハットリ", 14),
    ("東", "ヒガシ|アズマ", 12), ("大橋", "オオハシ", 14), ("大久保", "オオクボ", 13), ("本田", "ホンダ", 13),
    ("北村", "キタムラ", 15), ("小松", "コマツ", 14), ("関", "セキ", 13), ("辻", "ツジ", 12),
    ("堀", "ホリ", 12), ("片山", "カタヤマ", 13), ("大谷", "オオタニ", 12), ("菅野", "カンノ|スガノ", 12),
    ("本間", "ホンマ", 9), ("難波", "ナンバ", 5), ("神田", "カンダ", 8), ("三宅", "ミヤケ", 10),
    ("星野", "ホシノ", 14), ("矢野", "ヤノ", 14), ("浅野", "アサノ", 14), ("松下", "マツシタ", 14),
    ("荒井", "アライ", 13), ("内藤", "ナイトウ", 13), ("熊谷", "クマガイ", 12), ("沢田", "サワダ", 11),
    ("浜田", "ハマダ", 14), ("広瀬", "ヒロセ", 11), ("上村", "ウエムラ|カミムラ", 10), ("角田", "カクタ|ツノダ", 8),
    ("伊東", "イトウ", 9), ("大内", "オオウチ", 5), ("加納", "カノウ", 4), ("佐久間", "サクマ", 8),
    ("宇野", "ウノ", 7), ("小野寺", "オノデラ", 7), ("大森", "オオモリ", 9), ("神保", "ジンボ", 3),
    # old forms, registered so in the family register
    ("髙橋", "タカハシ", 6), ("山﨑", "ヤマザキ", 4), ("齋藤", "サイトウ", 10), ("齊藤", "サイトウ", 3),
    ("渡邊", "ワタナベ", 7), ("渡邉", "ワタナベ", 7), ("澤田", "サワダ", 3), ("濱田", "ハマダ", 3),
    ("廣瀬", "ヒロセ", 2), ("櫻井", "サクライ", 3), ("嶋田", "シマダ", 3), ("𠮷田", "ヨシダ", 2),
]  # fmt: skip
# what others type for a registered old form (the IME's everyday form first)
SUR_TYPED = {
    "髙橋": ["高橋"], "山﨑": ["山崎"], "齋藤": ["斎藤", "斉藤"], "齊藤": ["斉藤", "斎藤"],
    "渡邊": ["渡辺", "渡邉"], "渡邉": ["渡辺", "渡邊"], "澤田": ["沢田"], "濱田": ["浜田"],
    "廣瀬": ["広瀬"], "櫻井": ["桜井"], "嶋田": ["島田"], "𠮷田": ["吉田"],
}  # fmt: skip
# homophones a clerk's IME offers for the same reading
SUR_CONFUSED = {
    "斎藤": "斉藤", "斉藤": "斎藤", "菊地": "菊池", "菊池": "菊地", "伊藤": "伊東", "伊東": "伊藤",
    "荒井": "新井", "新井": "荒井", "島田": "嶋田", "渡辺": "渡部", "沢田": "澤田", "浜田": "濱田",
}  # fmt: skip
# characters a JIS X 0208-only system cannot hold
NOT_IN_JIS = {"髙": "高", "﨑": "崎", "𠮷": "吉"}

# ---------------------------------------------------------------- given names
# (reading, {kanji: weight}, weight) by sex and generation (born before 1965, 1965-89, 1990-)
GIVEN = {
    ("M", 0): [
        ("ヒロシ", {"博": 5, "浩": 4, "弘": 3, "宏": 2, "寛": 1}, 10), ("キヨシ", {"清": 5, "潔": 1}, 5),
        ("シゲル", {"茂": 4, "繁": 1}, 5), ("イサム", {"勇": 4, "勲": 1}, 4), ("ススム", {"進": 3, "晋": 1}, 4),
        ("ミノル", {"実": 4, "稔": 2, "實": 1}, 5), ("タダシ", {"正": 3, "忠": 2}, 4),
        ("タカシ", {"隆": 4, "孝": 3, "崇": 1, "高志": 1}, 7), ("マコト", {"誠": 4, "真": 1, "信": 1}, 5),
        ("オサム", {"修": 4, "治": 2, "収": 1}, 5), ("アキラ", {"明": 4, "昭": 2, "彰": 2, "晃": 1}, 6),
        ("カズオ", {"和夫": 4, "一夫": 2, "和男": 2}, 6), ("マサオ", {"正雄": 3, "正夫": 3, "昌男": 1}, 5),
        ("ユキオ", {"幸雄": 3, "幸夫": 2}, 4), ("イチロウ", {"一郎": 5, "市郎": 1}, 4),
        ("ケンイチ", {"健一": 4, "賢一": 2, "憲一": 1}, 5), ("ヒデキ", {"秀樹": 3, "英樹": 2}, 3),
        ("ユタカ", {"豊": 4, "裕": 1}, 4), ("マサル", {"勝": 3, "優": 1}, 3),
        ("タケシ", {"武": 2, "猛": 1, "健": 1, "剛": 1}, 4), ("トシオ", {"俊夫": 2, "敏夫": 2, "利夫": 1}, 4),
        ("ノボル", {"昇": 2, "登": 2}, 3), ("ヨシオ", {"義雄": 2, "良雄": 2, "芳男": 1}, 3),
        ("サトシ", {"聡": 3, "智": 2, "哲": 1}, 4), ("シンイチ", {"真一": 3, "伸一": 2, "慎一": 1}, 4),
        ("ツトム", {"勉": 3, "努": 1}, 3), ("マモル", {"守": 3, "衛": 1}, 2),
        ("ヒロユキ", {"博之": 2, "浩之": 2, "弘幸": 1}, 3), ("コウイチ", {"浩一": 3, "幸一": 2, "孝一": 1}, 4),
        ("ジュンイチ", {"純一": 2, "潤一": 1, "順一": 1}, 2), ("ショウジ", {"昭二": 2, "正二": 1, "庄司": 1}, 2),
    ],
    ("M", 1): [
        ("ダイスケ", {"大輔": 5, "大介": 3}, 8), ("ケンタ", {"健太": 5, "賢太": 1}, 5),
        ("タクヤ", {"拓也": 4, "卓也": 2, "拓哉": 2}, 7), ("カズヤ", {"和也": 4, "一也": 1, "和哉": 1}, 5),
        ("ナオキ", {"直樹": 4, "尚樹": 1, "直紀": 1}, 6), ("タツヤ", {"達也": 4, "竜也": 2, "辰也": 1}, 6),
        ("テツヤ", {"哲也": 4, "徹也": 1}, 4), ("ツヨシ", {"剛": 4, "毅": 1}, 3), ("リョウ", {"亮": 3, "涼": 1, "良": 1}, 3),
        ("マナブ", {"学": 3}, 2), ("ケンジ", {"健二": 3, "賢治": 2, "憲二": 1}, 5),
        ("コウジ", {"浩二": 3, "幸治": 2, "耕司": 1, "孝二": 1}, 5), ("ユウイチ", {"雄一": 2, "裕一": 2, "勇一": 1}, 4),
        ("タカユキ", {"隆之": 2, "孝之": 2, "貴之": 1}, 4), ("ヨウヘイ", {"洋平": 3, "陽平": 2}, 3),
        ("トモユキ", {"智之": 2, "知之": 1, "友幸": 1}, 3), ("ユウスケ", {"裕介": 2, "雄介": 2, "祐介": 2, "優介": 1}, 6),
        ("シンヤ", {"慎也": 2, "真也": 2, "伸也": 1}, 4), ("ダイキ", {"大樹": 3, "大輝": 2}, 4),
        ("タロウ", {"太郎": 4}, 3), ("ヒロキ", {"浩樹": 2, "弘樹": 1, "大樹": 1, "裕樹": 1}, 4),
        ("マサキ", {"正樹": 2, "雅樹": 1, "真樹": 1}, 3), ("ショウタ", {"翔太": 3, "祥太": 1}, 3),
        ("ジュン", {"純": 2, "淳": 2, "潤": 1}, 3), ("ケイスケ", {"圭介": 3, "啓介": 2, "恵介": 1}, 4),
        ("リョウタ", {"亮太": 3, "良太": 2, "涼太": 1}, 4), ("マサヒロ", {"正博": 2, "雅弘": 2, "昌宏": 1}, 3),
        ("ヒデアキ", {"秀明": 2, "英明": 1}, 2), ("シュンペイ", {"俊平": 2, "駿平": 1}, 1),
    ],
    ("M", 2): [
        ("ハルト", {"陽翔": 3, "大翔": 2, "悠人": 2, "陽斗": 1}, 6), ("レン", {"蓮": 4, "廉": 1}, 6),
        ("ユウト", {"悠斗": 3, "優斗": 2, "勇斗": 1}, 6), ("ソウタ", {"颯太": 4, "蒼太": 2, "奏太": 1}, 6),
        ("タクミ", {"拓海": 3, "匠": 2, "巧": 1}, 5), ("ミナト", {"湊": 4}, 4), ("ヤマト", {"大和": 4}, 3),
        ("ユウマ", {"悠真": 3, "佑真": 1}, 4), ("リク", {"陸": 4}, 3), ("カイト", {"海斗": 3, "快斗": 1}, 4),
        ("ツバサ", {"翼": 4}, 3), ("ショウタ", {"翔太": 4, "将太": 1}, 5), ("ダイキ", {"大輝": 4, "大貴": 1}, 4),
        ("ユウキ", {"優希": 2, "勇気": 2, "悠貴": 1}, 4), ("ハヤト", {"隼人": 3, "颯斗": 1}, 3),
        ("コウキ", {"光希": 2, "航希": 1, "晃希": 1}, 3), ("リョウスケ", {"亮介": 2, "涼介": 2}, 3),
        ("ソラ", {"空": 2, "蒼空": 1}, 2), ("シュン", {"駿": 2, "瞬": 1, "俊": 1}, 3), ("タイガ", {"大河": 2, "泰我": 1}, 2),
    ],
    ("F", 0): [
        ("カズコ", {"和子": 5, "一子": 1}, 6), ("サチコ", {"幸子": 5, "祥子": 1}, 6), ("セツコ", {"節子": 4}, 4),
        ("ヨウコ", {"洋子": 4, "陽子": 3, "容子": 1, "葉子": 1}, 7),
        ("ケイコ", {"恵子": 4, "啓子": 2, "敬子": 1, "圭子": 1, "惠子": 1}, 7), ("キョウコ", {"京子": 4, "恭子": 2}, 5),
        ("クミコ", {"久美子": 4, "公美子": 1}, 4), ("ミチコ", {"美智子": 4, "道子": 2, "美知子": 1}, 5),
        ("ヒロコ", {"弘子": 2, "裕子": 2, "博子": 2, "広子": 1}, 5), ("エツコ", {"悦子": 3}, 3),
        ("ノリコ", {"典子": 3, "紀子": 2, "法子": 1}, 5), ("ジュンコ", {"順子": 3, "純子": 3, "淳子": 1}, 5),
        ("フミコ", {"文子": 3, "富美子": 1}, 3), ("ノブコ", {"信子": 3, "伸子": 1}, 3),
        ("ヨシコ", {"良子": 3, "芳子": 2, "好子": 1, "佳子": 1}, 4), ("チヨコ", {"千代子": 3}, 2),
        ("マサコ", {"雅子": 2, "正子": 2, "昌子": 1}, 4), ("トシコ", {"敏子": 2, "俊子": 2, "利子": 1}, 4),
        ("ヤスコ", {"康子": 2, "泰子": 2, "靖子": 1}, 4), ("ヒサコ", {"久子": 2, "寿子": 1}, 2),
        ("エミコ", {"恵美子": 3, "笑子": 1}, 3), ("ミヨコ", {"美代子": 3}, 2), ("レイコ", {"玲子": 2, "礼子": 2, "麗子": 1}, 3),
        ("チエコ", {"智恵子": 2, "千恵子": 2}, 2),
    ],
    ("F", 1): [
        ("ユウコ", {"裕子": 3, "優子": 3, "祐子": 2, "悠子": 1}, 8), ("ユミ", {"由美": 4, "裕美": 1, "由実": 1}, 5),
        ("マユミ", {"真由美": 4, "麻由美": 1}, 5), ("ナオミ", {"直美": 3, "尚美": 2}, 4),
        ("トモコ", {"智子": 4, "友子": 2, "朋子": 1}, 6), ("エミ", {"恵美": 3, "絵美": 2}, 4),
        ("アケミ", {"明美": 3, "朱美": 1}, 3), ("ミホ", {"美穂": 3, "美保": 2, "美帆": 1}, 5),
        ("アイ", {"愛": 4, "藍": 1}, 4), ("マイ", {"麻衣": 3, "舞": 3}, 5), ("カオリ", {"香織": 4, "かおり": 2, "香": 1}, 5),
        ("メグミ", {"恵": 3, "めぐみ": 2, "恵美": 1}, 5), ("アヤ", {"彩": 3, "綾": 2, "亜矢": 1}, 4), ("チヒロ", {"千尋": 3}, 2),
        ("ユキ", {"由紀": 2, "有紀": 1, "由貴": 1, "雪": 1}, 4), ("アキコ", {"亜希子": 2, "明子": 2, "晶子": 2}, 4),
        ("ミカ", {"美香": 3, "美佳": 2}, 4), ("サオリ", {"沙織": 3, "早織": 1, "さおり": 1}, 4),
        ("アヤカ", {"綾香": 3, "彩香": 2}, 4), ("エリ", {"恵理": 2, "絵里": 2, "恵里": 1}, 3),
        ("マキ", {"真紀": 2, "麻紀": 1, "真希": 1}, 3), ("ミキ", {"美紀": 3, "美樹": 1}, 3), ("ユカ", {"由香": 3, "友香": 1}, 4),
        ("ヒトミ", {"瞳": 3, "仁美": 1}, 3), ("サヤカ", {"沙耶香": 2, "さやか": 2, "清香": 1}, 3),
        ("ノゾミ", {"希": 2, "望": 2, "のぞみ": 1}, 3), ("キョウコ", {"恭子": 2, "京子": 1}, 2),
    ],
    ("F", 2): [
        ("ヒナ", {"陽菜": 3, "日菜": 1, "ひな": 1}, 5), ("ユイ", {"結衣": 4, "唯": 2, "結": 1}, 6),
        ("アオイ", {"葵": 4, "碧": 1}, 4), ("サクラ", {"さくら": 3, "桜": 2}, 5), ("ミサキ", {"美咲": 4, "美紗希": 1}, 4),
        ("リン", {"凛": 4, "鈴": 1}, 4), ("ユイナ", {"結菜": 3}, 3), ("メイ", {"芽依": 3, "芽衣": 2}, 4),
        ("リコ", {"莉子": 3, "理子": 1}, 3), ("ミズキ", {"美月": 2, "瑞希": 2}, 3), ("ナナミ", {"七海": 3, "菜々美": 1}, 3),
        ("アン", {"杏": 2}, 2), ("ユウナ", {"優奈": 2, "夕奈": 1}, 2), ("ハルカ", {"遥": 3, "春香": 1, "陽香": 1}, 4),
        ("カホ", {"果穂": 2, "夏帆": 2}, 3), ("モエ", {"萌": 2, "萌絵": 1}, 2), ("マナ", {"真奈": 2, "愛菜": 2}, 3),
        ("アカリ", {"明里": 2, "あかり": 2, "朱里": 1}, 3), ("ホノカ", {"穂乃花": 2, "ほのか": 1}, 2),
        ("ミユ", {"美優": 2, "未有": 1}, 2),
    ],
}  # fmt: skip

# foreign residents: (family kanji or None, family kana, romaji), (given ..., ...)
CN_FAM = [("王", "ワン", "WANG"), ("李", "リ", "LI"), ("張", "チョウ", "ZHANG"), ("劉", "リュウ", "LIU"),
    ("陳", "チン", "CHEN"), ("楊", "ヤン", "YANG")]  # fmt: skip
CN_GIV = {"M": [("偉", "ウェイ", "WEI"), ("磊", "レイ", "LEI"), ("強", "チャン", "QIANG"), ("浩然", "ハオラン", "HAORAN")],
    "F": [("静", "ジン", "JING"), ("敏", "ミン", "MIN"), ("芳", "ファン", "FANG"), ("麗娜", "リナ", "LINA")]}  # fmt: skip
VN_FAM = [
    ("グエン", "NGUYEN"),
    ("チャン", "TRAN"),
    ("レ", "LE"),
    ("ファム", "PHAM"),
    ("ホアン", "HOANG"),
]
VN_GIV = {"M": [("ヴァン　ナム", "VAN NAM"), ("ヴァン　ドゥック", "VAN DUC"), ("クアン　ミン", "QUANG MINH"),
    ("ヴァン　フン", "VAN HUNG")], "F": [("ティ　ラン", "THI LAN"), ("ティ　フォン", "THI PHUONG"),
    ("ティ　ハー", "THI HA"), ("ゴック　アン", "NGOC ANH")]}  # fmt: skip
# Korean residents: official name (card unit) and everyday name (通名)
KR_FAM = [(("金", "キム", "KIM"), ("金田", "カネダ")), (("朴", "パク", "PARK"), ("新井", "アライ")),
    (("李", "イ", "LEE"), ("李家", "リノイエ")), (("崔", "チェ", "CHOI"), ("山本", "ヤマモト"))]  # fmt: skip
KR_GIV = {"M": [(("英浩", "ヨンホ", "YOUNGHO"), ("英浩", "ヒデヒロ")), (("成洙", "ソンス", "SUNGSOO"), ("成洙", "シゲトシ"))],
    "F": [(("美英", "ミヨン", "MIYOUNG"), ("美英", "ミエ")), (("順子", "スンジャ", "SOONJA"), ("順子", "ジュンコ"))]}  # fmt: skip

# ---------------------------------------------------------------- places
# (zip, prefecture, city, town, chōme count (0: 番地 only), area code, prefecture / city / town
#  romanised, weight as a home)
TOWNS = [
    ("1500001", "東京都", "渋谷区", "神宮前", 6, "03", "TOKYO", "SHIBUYA-KU", "JINGUMAE", 4),
    ("1510073", "東京都", "渋谷区", "笹塚", 3, "03", "TOKYO", "SHIBUYA-KU", "SASAZUKA", 3),
    ("1600022", "東京都", "新宿区", "新宿", 7, "03", "TOKYO", "SHINJUKU-KU", "SHINJUKU", 3),
    ("1690075", "東京都", "新宿区", "高田馬場", 4, "03", "TOKYO", "SHINJUKU-KU", "TAKADANOBABA", 3),
    ("1540004", "東京都", "世田谷区", "太子堂", 5, "03", "TOKYO", "SETAGAYA-KU", "TAISHIDO", 4),
    ("1560052", "東京都", "世田谷区", "経堂", 5, "03", "TOKYO", "SETAGAYA-KU", "KYODO", 4),
    ("1660002", "東京都", "杉並区", "高円寺北", 4, "03", "TOKYO", "SUGINAMI-KU", "KOENJIKITA", 3),
    ("1770041", "東京都", "練馬区", "石神井町", 8, "03", "TOKYO", "NERIMA-KU", "SHAKUJIIMACHI", 4),
    ("1350016", "東京都", "江東区", "東陽", 7, "03", "TOKYO", "KOTO-KU", "TOYO", 3),
    ("1430016", "東京都", "大田区", "大森北", 6, "03", "TOKYO", "OTA-KU", "OMORIKITA", 4),
    ("1130033", "東京都", "文京区", "本郷", 7, "03", "TOKYO", "BUNKYO-KU", "HONGO", 2),
    ("1710022", "東京都", "豊島区", "南池袋", 4, "03", "TOKYO", "TOSHIMA-KU", "MINAMIIKEBUKURO", 2),
    ("1200034", "東京都", "足立区", "千住", 5, "03", "TOKYO", "ADACHI-KU", "SENJU", 4),
    ("1320035", "東京都", "江戸川区", "平井", 7, "03", "TOKYO", "EDOGAWA-KU", "HIRAI", 4),
    ("1800004", "東京都", "武蔵野市", "吉祥寺本町", 4, "0422", "TOKYO", "MUSASHINO-SHI", "KICHIJOJIHONCHO", 3),
    ("1920083", "東京都", "八王子市", "旭町", 0, "042", "TOKYO", "HACHIOJI-SHI", "ASAHICHO", 3),
    ("1900012", "東京都", "立川市", "曙町", 3, "042", "TOKYO", "TACHIKAWA-SHI", "AKEBONOCHO", 3),
    ("2200011", "神奈川県", "横浜市西区", "高島", 2, "045", "KANAGAWA", "YOKOHAMA-SHI NISHI-KU", "TAKASHIMA", 2),
    ("2220033", "神奈川県", "横浜市港北区", "新横浜", 3, "045", "KANAGAWA", "YOKOHAMA-SHI KOHOKU-KU", "SHINYOKOHAMA", 4),
    ("2310023", "神奈川県", "横浜市中区", "山下町", 0, "045", "KANAGAWA", "YOKOHAMA-SHI NAKA-KU", "YAMASHITACHO", 2),
    ("2240003", "神奈川県", "横浜市都筑区", "中川中央", 2, "045", "KANAGAWA", "YOKOHAMA-SHI TSUZUKI-KU", "NAKAGAWACHUO", 4),
    ("2110063", "神奈川県", "川崎市中原区", "小杉町", 3, "044", "KANAGAWA", "KAWASAKI-SHI NAKAHARA-KU", "KOSUGIMACHI", 4),
    ("2520303", "神奈川県", "相模原市南区", "相模大野", 9, "042", "KANAGAWA", "SAGAMIHARA-SHI MINAMI-KU", "SAGAMIONO", 3),
    ("2510052", "神奈川県", "藤沢市", "藤沢", 5, "0466", "KANAGAWA", "FUJISAWA-SHI", "FUJISAWA", 3),
    ("3300063", "埼玉県", "さいたま市浦和区", "高砂", 4, "048", "SAITAMA", "SAITAMA-SHI URAWA-KU", "TAKASAGO", 3),
    ("3300854", "埼玉県", "さいたま市大宮区", "桜木町", 4, "048", "SAITAMA", "SAITAMA-SHI OMIYA-KU", "SAKURAGICHO", 3),
    ("3320012", "埼玉県", "川口市", "本町", 4, "048", "SAITAMA", "KAWAGUCHI-SHI", "HONCHO", 4),
    ("2600013", "千葉県", "千葉市中央区", "中央", 4, "043", "CHIBA", "CHIBA-SHI CHUO-KU", "CHUO", 3),
    ("2730005", "千葉県", "船橋市", "本町", 7, "047", "CHIBA", "FUNABASHI-SHI", "HONCHO", 4),
    ("2710092", "千葉県", "松戸市", "松戸", 0, "047", "CHIBA", "MATSUDO-SHI", "MATSUDO", 3),
    ("2790012", "千葉県", "浦安市", "入船", 6, "047", "CHIBA", "URAYASU-SHI", "IRIFUNE", 2),
    ("5300001", "大阪府", "大阪市北区", "梅田", 3, "06", "OSAKA", "OSAKA-SHI KITA-KU", "UMEDA", 2),
    ("5420076", "大阪府", "大阪市中央区", "難波", 5, "06", "OSAKA", "OSAKA-SHI CHUO-KU", "NAMBA", 2),
    ("5330033", "大阪府", "大阪市東淀川区", "東中島", 6, "06", "OSAKA", "OSAKA-SHI HIGASHIYODOGAWA-KU", "HIGASHINAKAJIMA", 3),
    ("5640062", "大阪府", "吹田市", "垂水町", 3, "06", "OSAKA", "SUITA-SHI", "TARUMICHO", 3),
    ("5900077", "大阪府", "堺市堺区", "中瓦町", 2, "072", "OSAKA", "SAKAI-SHI SAKAI-KU", "NAKAGAWARACHO", 3),
    ("5730032", "大阪府", "枚方市", "岡東町", 0, "072", "OSAKA", "HIRAKATA-SHI", "OKAHIGASHICHO", 2),
    ("6500021", "兵庫県", "神戸市中央区", "三宮町", 3, "078", "HYOGO", "KOBE-SHI CHUO-KU", "SANNOMIYACHO", 2),
    ("6620832", "兵庫県", "西宮市", "甲風園", 3, "0798", "HYOGO", "NISHINOMIYA-SHI", "KOFUEN", 2),
    ("4600008", "愛知県", "名古屋市中区", "栄", 5, "052", "AICHI", "NAGOYA-SHI NAKA-KU", "SAKAE", 2),
    ("4640075", "愛知県", "名古屋市千種区", "内山", 3, "052", "AICHI", "NAGOYA-SHI CHIKUSA-KU", "UCHIYAMA", 2),
    ("8120011", "福岡県", "福岡市博多区", "博多駅前", 4, "092", "FUKUOKA", "FUKUOKA-SHI HAKATA-KU", "HAKATAEKIMAE", 1),
    ("8100001", "福岡県", "福岡市中央区", "天神", 4, "092", "FUKUOKA", "FUKUOKA-SHI CHUO-KU", "TENJIN", 1),
    # parents' home towns (and a few customers)
    ("0620020", "北海道", "札幌市豊平区", "月寒中央通", 9, "011", "HOKKAIDO", "SAPPORO-SHI TOYOHIRA-KU", "TSUKISAMUCHUODORI", 1),
    ("9800021", "宮城県", "仙台市青葉区", "中央", 4, "022", "MIYAGI", "SENDAI-SHI AOBA-KU", "CHUO", 1),
    ("9500087", "新潟県", "新潟市中央区", "東大通", 2, "025", "NIIGATA", "NIIGATA-SHI CHUO-KU", "HIGASHIODORI", 1),
    ("3800836", "長野県", "長野市", "南長野", 0, "026", "NAGANO", "NAGANO-SHI", "MINAMINAGANO", 1),
    ("4200857", "静岡県", "静岡市葵区", "御幸町", 0, "054", "SHIZUOKA", "SHIZUOKA-SHI AOI-KU", "GOKOMACHI", 1),
    ("7300011", "広島県", "広島市中区", "基町", 0, "082", "HIROSHIMA", "HIROSHIMA-SHI NAKA-KU", "MOTOMACHI", 1),
    ("7000901", "岡山県", "岡山市北区", "本町", 0, "086", "OKAYAMA", "OKAYAMA-SHI KITA-KU", "HOMMACHI", 1),
    ("8600806", "熊本県", "熊本市中央区", "花畑町", 0, "096", "KUMAMOTO", "KUMAMOTO-SHI CHUO-KU", "HANABATACHO", 1),
    ("8920842", "鹿児島県", "鹿児島市", "東千石町", 0, "099", "KAGOSHIMA", "KAGOSHIMA-SHI", "HIGASHISENGOKUCHO", 1),
]  # fmt: skip
AREAS = sorted({t[5] for t in TOWNS} | {"0120", "047"}, key=len, reverse=True)
HOME_TOWNS = TOWNS[:-9]
PARENT_TOWNS = TOWNS[-9:]
# apartment names: (as written, romanised)
BUILDINGS = [
    ("パークハウス", "PARK HOUSE"), ("メゾン", "MAISON"), ("サンハイツ", "SUN HEIGHTS"), ("ライオンズマンション", "LIONS MANSION"),
    ("グランドメゾン", "GRAND MAISON"), ("シティハイツ", "CITY HEIGHTS"), ("コーポ", "CORPO"), ("ドミール", "DOMIR"),
    ("プラウド", "PROUD"), ("ルミエール", "LUMIERE"), ("フォレストコート", "FOREST COURT"), ("グリーンヒル", "GREEN HILL"),
    ("アーバンハイツ", "URBAN HEIGHTS"), ("ダイアパレス", "DIA PALACE"), ("コスモ", "COSMO"), ("レジデンス", "RESIDENCE"),
    ("ハイム", "HEIM"), ("エクセル", "EXCEL"), ("ヴィラ", "VILLA"), ("クレスト", "CREST"),
]  # fmt: skip
BLDG_STEMS = [("青葉", "AOBA"), ("桜", "SAKURA"), ("若葉", "WAKABA"), ("緑ヶ丘", "MIDORIGAOKA"), ("富士見", "FUJIMI"),
    ("日の出", "HINODE"), ("朝日", "ASAHI"), ("旭", "ASAHI"), ("中央", "CHUO"), ("東", "HIGASHI")]  # fmt: skip
KANJI_NUM = "〇一二三四五六七八九"

# employers: (name, kana after the legal form, legal form kana) and switchboard
EMPLOYERS = [
    ("東京商事", "トウキヨウシヨウジ", "カ"), ("日本電機工業", "ニホンデンキコウギヨウ", "カ"), ("横浜運輸", "ヨコハマウンユ", "カ"),
    ("大和建設", "ダイワケンセツ", "カ"), ("みらい食品", "ミライシヨクヒン", "カ"), ("中央総合病院", "チユウオウソウゴウビヨウイン", "イ"),
    ("さくら信用金庫", "サクラシンヨウキンコ", "シ"), ("関東物流", "カントウブツリユウ", "カ"), ("アオバ精密", "アオバセイミツ", "カ"),
    ("ひかり保育園", "ヒカリホイクエン", "フク"), ("東日本システム", "ヒガシニホンシステム", "カ"), ("丸山製作所", "マルヤマセイサクシヨ", "カ"),
    ("新宿区役所", "シンジユククヤクシヨ", ""), ("横浜市役所", "ヨコハマシヤクシヨ", ""), ("大阪ガスサービス", "オオサカガスサービス", "カ"),
    ("関西メディカル", "カンサイメデイカル", "カ"), ("浪速印刷", "ナニワインサツ", "カ"), ("富士ソフト開発", "フジソフトカイハツ", "カ"),
    ("湘南不動産", "シヨウナンフドウサン", "ユ"), ("グローバル証券", "グローバルシヨウケン", "カ"), ("日の出交通", "ヒノデコウツウ", "カ"),
    ("城南学園", "ジヨウナンガクエン", "ガク"), ("埼玉精工", "サイタマセイコウ", "カ"), ("千葉フーズ", "チバフーズ", "カ"),
    ("北斗電子", "ホクトデンシ", "カ"), ("東洋化学", "トウヨウカガク", "カ"), ("神戸ベーカリー", "コウベベーカリー", "カ"),
    ("名古屋自動車販売", "ナゴヤジドウシヤハンバイ", "カ"), ("博多通商", "ハカタツウシヨウ", "カ"), ("アスカ介護サービス", "アスカカイゴサービス", "カ"),
]  # fmt: skip
STORES = ["0101 渋谷店", "0102 新宿店", "0105 吉祥寺店", "0108 立川店", "0112 北千住店", "0201 横浜店",
    "0203 新横浜店", "0205 武蔵小杉店", "0208 相模大野店", "0301 浦和店", "0302 大宮店", "0305 川口店",
    "0401 千葉店", "0402 船橋店", "0501 梅田店", "0502 なんば店", "0505 堺店", "0601 三宮店",
    "0701 栄店", "0801 天神店", "9001 オンライン", "9100 カード入会"]  # fmt: skip
STORE_TEL = "0120" + "123456"  # the group's customer centre
RETURNS_CENTRE = (
    "株式会社ジャパンリテール　返品センター",
    "2740000",
    "千葉県船橋市習志野4-8-1",
    "0474521234",
)

FREE_DOMAINS = {"gmail.com": 35, "yahoo.co.jp": 25, "icloud.com": 10, "hotmail.co.jp": 4, "outlook.jp": 3,
    "outlook.com": 2}  # fmt: skip
ISP_DOMAINS = {"nifty.com": 3, "ybb.ne.jp": 2, "biglobe.ne.jp": 2, "ocn.ne.jp": 2, "jcom.home.ne.jp": 1,
    "so-net.ne.jp": 1}  # fmt: skip
CARRIER_DOMAINS = {"docomo.ne.jp": 10, "ezweb.ne.jp": 6, "au.com": 2, "softbank.ne.jp": 4,
    "i.softbank.jp": 3, "ymobile.ne.jp": 1}  # fmt: skip
MAIL_WORDS = ["happy", "smile", "love", "star", "sky", "blue", "sakura", "mama", "papa", "soccer",
    "tennis", "piano", "neko", "inu", "momo", "choco", "mint", "hana", "sora", "lucky", "peace",
    "baseball", "golf", "fishing", "music", "cafe", "umi"]  # fmt: skip
GIFT_ITEMS = ["ビール詰合せ", "洋菓子詰合せ", "和菓子詰合せ", "産地直送　メロン", "そうめん", "ハム詰合せ",
    "コーヒーギフト", "タオルセット", "カタログギフト", "産地直送　桃", "洗剤詰合せ", "日本酒"]  # fmt: skip
GOODS = ["ソファ", "冷蔵庫", "洗濯機", "テレビ", "布団セット", "自転車", "米 10kg", "食器棚", "エアコン",
    "ベッドフレーム", "衣類", "靴", "ダイニングテーブル"]  # fmt: skip

# ---------------------------------------------------------------- kana
_HALF: dict[str, str] = {}
for _cp in range(0xFF61, 0xFFA0):
    _full = unicodedata.normalize("NFKC", chr(_cp))
    if len(_full) == 1:
        _HALF.setdefault(_full, chr(_cp))
for _cp in range(0x30A1, 0x30FB):
    _k = chr(_cp)
    _d = unicodedata.normalize("NFD", _k)
    if len(_d) == 2 and _d[0] in _HALF:
        _HALF[_k] = _HALF[_d[0]] + ("ﾞ" if _d[1] == "\u3099" else "ﾟ")
_HALF["　"] = " "
_SMALL = str.maketrans("ァィゥェォッャュョヮ", "アイウエオツヤユヨワ")
_FW_DIGITS = str.maketrans("0123456789-", "０１２３４５６７８９－")

KANA = {
    "ア": "a", "イ": "i", "ウ": "u", "エ": "e", "オ": "o", "カ": "ka", "キ": "ki", "ク": "ku", "ケ": "ke",
    "コ": "ko", "ガ": "ga", "ギ": "gi", "グ": "gu", "ゲ": "ge", "ゴ": "go", "サ": "sa", "シ": "shi",
    "ス": "su", "セ": "se", "ソ": "so", "ザ": "za", "ジ": "ji", "ズ": "zu", "ゼ": "ze", "ゾ": "zo",
    "タ": "ta", "チ": "chi", "ツ": "tsu", "テ": "te", "ト": "to", "ダ": "da", "ヂ": "ji", "ヅ": "zu",
    "デ": "de", "ド": "do", "ナ": "na", "ニ": "ni", "ヌ": "nu", "ネ": "ne", "ノ": "no", "ハ": "ha",
    "ヒ": "hi", "フ": "fu", "ヘ": "he", "ホ": "ho", "バ": "ba", "ビ": "bi", "ブ": "bu", "ベ": "be",
    "ボ": "bo", "パ": "pa", "ピ": "pi", "プ": "pu", "ペ": "pe", "ポ": "po", "マ": "ma", "ミ": "mi",
    "ム": "mu", "メ": "me", "モ": "mo", "ヤ": "ya", "ユ": "yu", "ヨ": "yo", "ラ": "ra", "リ": "ri",
    "ル": "ru", "レ": "re", "ロ": "ro", "ワ": "wa", "ヲ": "o", "ン": "n", "ヴ": "vu",
}  # fmt: skip
DIGRAPHS = {
    "キャ": "kya", "キュ": "kyu", "キョ": "kyo", "シャ": "sha", "シュ": "shu", "ショ": "sho",
    "チャ": "cha", "チュ": "chu", "チョ": "cho", "ニャ": "nya", "ニュ": "nyu", "ニョ": "nyo",
    "ヒャ": "hya", "ヒュ": "hyu", "ヒョ": "hyo", "ミャ": "mya", "ミュ": "myu", "ミョ": "myo",
    "リャ": "rya", "リュ": "ryu", "リョ": "ryo", "ギャ": "gya", "ギュ": "gyu", "ギョ": "gyo",
    "ジャ": "ja", "ジュ": "ju", "ジョ": "jo", "ビャ": "bya", "ビュ": "byu", "ビョ": "byo",
    "ピャ": "pya", "ピュ": "pyu", "ピョ": "pyo", "ヴァ": "va", "ウェ": "we", "ウィ": "wi",
    "ティ": "ti", "ディ": "di", "ファ": "fa", "フィ": "fi", "フェ": "fe", "フォ": "fo",
    "チェ": "che", "シェ": "she", "ジェ": "je", "ドゥ": "du",
}  # fmt: skip


def half_kana(s: str) -> str:
    """Full-width katakana as half-width (``ヤマダ　タロウ`` -> ``ﾔﾏﾀﾞ ﾀﾛｳ``)."""
    return "".join(_HALF.get(c, c) for c in s)


def hiragana(s: str) -> str:
    return "".join(chr(ord(c) - 0x60) if "ァ" <= c <= "ヶ" else c for c in s)


def romaji(kana: str, long: str = "drop", m_before_bmp: bool = False) -> str:
    """Hepburn romaji of a katakana reading, lower case. ``long``: what becomes of a long
    vowel (``ou``, ``oo``, ``uu``, ``ー``): ``drop`` (SATO), ``oh`` (SATOH, OHNO) or ``ou``
    (SATOU, OONO, YUUKO: as typed on a keyboard)."""
    syl: list[str] = []
    i = 0
    while i < len(kana):
        two = kana[i : i + 2]
        if two in DIGRAPHS:
            syl.append(DIGRAPHS[two])
            i += 2
            continue
        c = kana[i]
        syl.append({"ッ": "Q", "ー": "L", "　": " ", " ": " "}.get(c) or KANA.get(c, ""))
        i += 1
    out = ""
    gem = False
    was_long = False
    for j, s in enumerate(syl):
        nxt = syl[j + 1] if j + 1 < len(syl) else ""
        v = out[-1] if out and out[-1] in "aeiou" and not was_long else ""
        if s == "Q":
            gem = True
            continue
        if (
            s == "L"
            or (s == "u" and v in ("o", "u") and v and nxt != "e")
            or (s == "o" and v == "o")
        ):
            was_long = True
            if not v or long == "drop":
                continue
            if long == "oh":
                out += "h" if v == "o" and nxt[:1] != "h" else ""
            else:
                out += "u" if s in ("u", "L") and v in "ou" else (s if s != "L" else v)
            continue
        was_long = False
        if s == "n" and m_before_bmp and nxt[:1] in ("b", "m", "p"):
            s = "m"
        if gem and s.strip():
            s = ("t" if s.startswith("ch") else s[0]) + s
        gem = False
        out += s
    return out


def fw_digits(s: str) -> str:
    return s.translate(_FW_DIGITS)


def jan_digit(body: str) -> str:
    """The check digit of a JAN (EAN-13) code."""
    total = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(body))
    return str((10 - total % 10) % 10)


def licence_digit(body: str) -> str:
    """The check digit (11th) of a Japanese driver's licence number."""
    total = sum(int(c) * w for c, w in zip(body, [5, 4, 3, 2, 7, 6, 5, 4, 3, 2], strict=True))
    return str((11 - total % 11) % 10)


def wareki(d: dt.date) -> tuple[str, str, int]:
    """Era name, its letter and the year of the era."""
    if d >= dt.date(2019, 5, 1):
        return "令和", "R", d.year - 2018
    if d >= dt.date(1989, 1, 8):
        return "平成", "H", d.year - 1988
    if d >= dt.date(1926, 12, 25):
        return "昭和", "S", d.year - 1925
    return "大正", "T", d.year - 1911


class Japan(Draws):
    def __init__(self, persons: int, seed: int):
        self.n = persons
        self.rnd = random.Random(seed)
        self.persons: list[dict] = []
        self.households: list[dict] = []
        self.rows: list[dict] = []
        self.used: set[str] = set()
        self.area: dict[str, str] = {}
        self.companies = []
        for name, kana, form in EMPLOYERS:
            town = self.rnd.choice(HOME_TOWNS)
            self.companies.append(dict(name=name, kana=kana, form=form, tel=self.landline(town)))

    # ------------------------------------------------------------ draws
    def mobile(self):
        pre = wpick(self.rnd, {"090": 50, "080": 40, "070": 10})
        return self.unique(lambda: pre + str(self.rnd.randint(1, 9)) + self.digits(7))

    def landline(self, town):
        area = town[5]
        num = self.unique(lambda: area + str(self.rnd.randint(2, 9)) + self.digits(9 - len(area)))
        self.area[num] = area
        return num

    def surname(self):
        kanji, kana, _ = self.rnd.choices(SURNAMES, [w for _, _, w in SURNAMES])[0]
        readings = kana.split("|")
        kana = readings[0] if len(readings) == 1 or self.rnd.random() < 0.75 else readings[1]
        return dict(kanji=kanji, kana=kana, alt=[k for k in readings if k != kana])

    def given(self, sex, born):
        gen = 0 if born < 1965 else (1 if born < 1990 else 2)
        table = GIVEN[(sex, gen)]
        reading, forms, _ = self.rnd.choices(table, [w for *_, w in table])[0]
        kanji = wpick(self.rnd, forms)
        return dict(kanji=kanji, kana=reading, forms=list(forms))

    def address(self, town=None, house=None):
        r = self.rnd
        town = town or r.choices(HOME_TOWNS, [t[-1] for t in HOME_TOWNS])[0]
        house = r.random() < 0.45 if house is None else house
        a = dict(town=town, chome=r.randint(1, town[4]) if town[4] else 0)
        a["ban"] = r.randint(1, 30) if town[4] else r.randint(1, 1200)
        a["go"] = r.randint(1, 25) if r.random() < 0.9 else None
        a["bldg"] = None
        if not house:
            kind, kind_en = r.choice(BUILDINGS)
            stem, stem_en = r.choice([(town[3], town[8]), *BLDG_STEMS])
            if r.random() < 0.5:
                a["bldg"] = (kind + stem, f"{kind_en} {stem_en}")
            else:
                a["bldg"] = (stem + kind, f"{stem_en} {kind_en}")
            if r.random() < 0.2:
                n = r.randint(2, 3)
                a["bldg"] = (a["bldg"][0] + f"第{n}", a["bldg"][1] + f" NO.{n}")
            a["room"] = r.randint(1, 12) * 100 + r.randint(1, 9)
        return a

    def email(self, p, dom_kind, born):
        r = self.rnd
        g = romaji(p["giv"]["kana"], r.choice(["drop", "ou"]))
        f = romaji(p["sur"]["kana"], r.choice(["drop", "ou"]))
        if p.get("roma"):
            f, g = (x.lower().replace(" ", "") for x in p["roma"])
        yy = f"{born % 100:02d}"
        mmdd = p["dob"].strftime("%m%d")
        w = r.choice(MAIL_WORDS)
        loc = wpick(
            r,
            [
                (f"{g}.{f}", 10), (f"{f}.{g}", 5), (f"{g[0]}.{f}", 5), (f"{g[0]}-{f}", 4),
                (f"{f}{yy}", 3), (f"{g}{f[0]}{mmdd}", 3), (f"{g}_{f}{yy}", 3), (f"{f}{g[0]}", 3),
                (f"{w}-{g}.{mmdd}", 4), (f"{g}{g}", 1), (f"{w}.{w}{mmdd}", 1), (f"{g}-{w}{yy}", 3),
            ],
        )  # fmt: skip
        if dom_kind == "carrier":
            dom = wpick(r, CARRIER_DOMAINS)
            if dom == "docomo.ne.jp" and r.random() < 0.2:  # dots docomo allowed before 2009
                loc = loc.replace(".", "..", 1) if "." in loc else loc + "."
        elif dom_kind == "isp":
            dom = wpick(r, ISP_DOMAINS)
        else:
            dom = wpick(r, FREE_DOMAINS)
        while f"{loc}@{dom}" in self.used:
            loc = f"{loc}{r.randint(1, 99)}"
        self.used.add(f"{loc}@{dom}")
        return f"{loc}@{dom}"

    # ------------------------------------------------------------ population
    def person(self, hh, sex, born_lo, born_hi, sur=None, role="adult"):
        r = self.rnd
        dob = self.dob(TODAY.year - born_hi, TODAY.year - born_lo)
        p = dict(pid=f"P{len(self.persons):05d}", sex=sex, dob=dob, hh=hh, role=role)
        p["sur"] = sur or self.surname()
        p["giv"] = self.given(sex, dob.year)
        p["long"] = wpick(r, {"drop": 60, "oh": 25, "ou": 15})  # on the passport
        p["gf"] = r.random() < 0.7  # embossed given name first
        p["m_bmp"] = r.random() < 0.6
        p["maiden"] = None
        p["married"] = None
        p["pre"] = None  # (address, landline) before joining the household
        age = (TODAY - dob).days / 365.25
        # mobiles: most keep theirs (number portability); the old one stays on old records
        p["mobiles"] = []
        if age < 75 or r.random() < 0.55:
            p["mobiles"].append((dt.date(2000, 1, 1), self.mobile()))
            if r.random() < 0.15:
                p["mobiles"].append((self.date_between(2012, 2024), self.mobile()))
        # e-mails: a carrier mail for the older records, a free mail later
        p["emails"] = []
        if age < 80 and r.random() < 0.85:
            first = wpick(r, {"carrier": 45, "free": 40, "isp": 15 if age > 45 else 2})
            p["emails"].append((dt.date(2000, 1, 1), self.email(p, first, dob.year)))
            if first == "carrier" and r.random() < 0.55:
                p["emails"].append((self.date_between(2012, 2024), self.email(p, "free", dob.year)))
        p["work"] = None
        if 22 <= age <= 65 and r.random() < 0.7:
            p["work"] = r.choice(self.companies)
        self.persons.append(p)
        hh["members"].append(p)
        return p

    def date_between(self, y0, y1):
        a = dt.date(y0, 1, 1)
        return a + dt.timedelta(days=self.rnd.randrange((dt.date(y1, 12, 31) - a).days))

    def new_household(self, town=None, house=None, landline_p=0.7):
        r = self.rnd
        a = self.address(town, house)
        tel = self.landline(a["town"]) if r.random() < landline_p else None
        hh = dict(members=[], homes=[(dt.date(1990, 1, 1), a, tel)], family_email=None, group=None)
        if r.random() < 0.18:  # moved once
            b = self.address(None if r.random() < 0.6 else a["town"])
            tel2 = self.landline(b["town"]) if tel and r.random() < 0.7 else None
            hh["homes"].append((self.date_between(2010, 2024), b, tel2))
        self.households.append(hh)
        return hh

    def foreign(self, p):
        r = self.rnd
        kind = wpick(r, {"cn": 4, "vn": 4, "kr": 2})
        p["foreign"] = kind
        if kind == "cn":
            fk, fkana, froma = r.choice(CN_FAM)
            gk, gkana, groma = r.choice(CN_GIV[p["sex"]])
            p["sur"] = dict(kanji=fk, kana=fkana, alt=[])
            p["giv"] = dict(kanji=gk, kana=gkana, forms=[gk])
            p["roma"] = (froma, groma)
        elif kind == "vn":
            fkana, froma = r.choice(VN_FAM)
            gkana, groma = r.choice(VN_GIV[p["sex"]])
            p["sur"] = dict(kanji=fkana, kana=fkana, alt=[])
            p["giv"] = dict(kanji=gkana, kana=gkana, forms=[gkana])
            p["roma"] = (froma, groma)
        else:
            (fo, tsu) = r.choice(KR_FAM)
            (go, gtsu) = r.choice(KR_GIV[p["sex"]])
            p["sur"] = dict(kanji=tsu[0], kana=tsu[1], alt=[])
            p["giv"] = dict(kanji=gtsu[0], kana=gtsu[1], forms=[gtsu[0]])
            p["official"] = (fo, go)  # on the card only
            p["roma"] = (fo[2], go[2])
        p["gf"] = kind == "kr" and r.random() < 0.3

    def population(self):
        r = self.rnd
        # elderly households first: the parents some younger customers send gifts to
        elders = []
        while len(self.persons) < self.n * 0.22:
            town = r.choice(PARENT_TOWNS) if r.random() < 0.5 else None
            hh = self.new_household(town, house=r.random() < 0.75, landline_p=0.95)
            hh["elder"] = True
            husband_alive = r.random() < 0.7
            sur = self.surname()
            if husband_alive:
                self.person(hh, "M", 1935, 1962, sur)
            if r.random() < 0.85 or not husband_alive:
                w = self.person(hh, "F", 1938, 1965, sur)
                w["maiden"] = self.surname()
            elders.append(hh)
        while len(self.persons) < self.n:
            x = r.random()
            if x < 0.22:  # a young single: own flat, mostly no landline
                hh = self.new_household(house=False, landline_p=0.12)
                sex = r.choice("MF")
                parents = r.choice(elders) if r.random() < 0.35 else None
                sur = parents["members"][0]["sur"] if parents else None
                p = self.person(hh, sex, 1986, 2004, sur)
                p["parents"] = parents
            elif x < 0.32:  # an older single
                hh = self.new_household(landline_p=0.6)
                self.person(hh, r.choice("MF"), 1940, 1975)
            else:  # a couple, maybe with children at home
                family = x > 0.55
                hh = self.new_household(house=r.random() < (0.6 if family else 0.35))
                young = r.random() < 0.45
                lo, hi = (1980, 1998) if young else (1958, 1985)
                hparents = r.choice(elders) if r.random() < 0.3 else None
                sur = hparents["members"][0]["sur"] if hparents else self.surname()
                h = self.person(hh, "M", lo, hi, sur)
                h["parents"] = hparents
                w = self.person(hh, "F", lo + 1, hi + 2, sur)
                wparents = r.choice(elders) if r.random() < 0.3 else None
                w["parents"] = wparents
                w["maiden"] = wparents["members"][0]["sur"] if wparents else self.surname()
                if w["maiden"]["kanji"] == sur["kanji"]:
                    w["maiden"] = self.surname()
                wed = w["dob"].replace(year=w["dob"].year + r.randint(24, 34), day=1)
                if wed >= TODAY:
                    wed = self.date_between(2018, 2025)
                if wed < TODAY:
                    w["married"] = h["married"] = wed
                    # before the wedding: her parents' home or her own flat
                    if wparents:
                        home = wparents["homes"][0]
                        w["pre"] = (home[1], home[2])
                    else:
                        w["pre"] = (self.address(house=False), None)
                    if hparents:
                        h["pre"] = (hparents["homes"][0][1], hparents["homes"][0][2])
                    else:
                        h["pre"] = (self.address(house=False), None)
                if family and not young:
                    for _ in range(r.choice([1, 1, 2])):
                        kid_lo = max(w["dob"].year + 22, 1996)
                        if kid_lo <= 2009:
                            self.person(hh, r.choice("MF"), kid_lo, 2009, sur, role="child")
                if r.random() < 0.06:  # the husband's widowed mother lives with them
                    g = self.person(hh, "F", 1935, 1950, sur, role="grandparent")
                    g["maiden"] = self.surname()
            if r.random() < 0.02 and hh["members"]:
                for q in hh["members"]:
                    self.foreign(q)
                fam = hh["members"][0]
                for q in hh["members"][1:]:
                    if q.get("foreign") == fam.get("foreign"):
                        q["sur"] = fam["sur"]
                        if fam.get("official") and q.get("official"):
                            q["official"] = (fam["official"][0], q["official"][1])
                            q["roma"] = (fam["roma"][0], q["roma"][1])
                        elif q.get("roma"):
                            q["roma"] = (fam["roma"][0], q["roma"][1])
                    q["maiden"] = None
                    q["married"] = None
                    q["pre"] = None
                for q in hh["members"]:
                    q["parents"] = None
                    q["emails"] = [
                        (s, self.email(q, "free", q["dob"].year)) for s, _ in q["emails"]
                    ]
        # family e-mails and points groups
        for hh in self.households:
            ms = hh["members"]
            if len(ms) >= 2 and r.random() < 0.25:
                head = ms[0]
                hh["family_email"] = self.email(head, "isp" if r.random() < 0.6 else "free", 1960)

    # ------------------------------------------------------------ a person at a date
    def state(self, p, d):
        """Name, address, landline, mobile and e-mail as they stood at date ``d``."""
        before = p["married"] is not None and d < p["married"]
        sur = p["maiden"] if before and p["maiden"] else p["sur"]
        if before and p["pre"]:
            addr, tel = p["pre"]
        else:
            homes = [h for h in p["hh"]["homes"] if h[0] <= d] or p["hh"]["homes"][:1]
            _, addr, tel = homes[-1]
        mobs = [m for s, m in p["mobiles"] if s <= d] or [m for _, m in p["mobiles"][:1]]
        mails = [m for s, m in p["emails"] if s <= d] or [m for _, m in p["emails"][:1]]
        return dict(
            sur=sur,
            addr=addr,
            tel=tel,
            mob=mobs[-1] if mobs else None,
            email=mails[-1] if mails else None,
        )

    # ------------------------------------------------------------ writing
    def sur_typed(self, sur, legacy=False, clerk=False):
        """The family name as a system or a typist writes it."""
        r = self.rnd
        k = sur["kanji"]
        if k in SUR_TYPED and r.random() < (0.7 if legacy else 0.45):
            k = SUR_TYPED[k][0] if r.random() < 0.8 else SUR_TYPED[k][-1]
        if legacy and any(c in NOT_IN_JIS for c in k):
            k = "".join(
                ("〓" if r.random() < 0.4 else NOT_IN_JIS[c]) if c in NOT_IN_JIS else c for c in k
            )
        if clerk and k in SUR_CONFUSED and r.random() < 0.12:
            k = SUR_CONFUSED[k]
        return k

    def giv_typed(self, giv, clerk=False):
        r = self.rnd
        if len(giv["forms"]) > 1 and r.random() < (0.08 if clerk else 0.01):
            return r.choice([f for f in giv["forms"] if f != giv["kanji"]])
        return giv["kanji"]

    def kanji_name(self, sur, giv, sep=None, legacy=False, clerk=False):
        r = self.rnd
        if sep is None:
            sep = wpick(r, {"　": 55, " ": 30, "": 15})
        return self.sur_typed(sur, legacy, clerk) + sep + self.giv_typed(giv, clerk)

    def kana_name(self, sur, giv, script="full", sep=None):
        r = self.rnd
        fk = sur["kana"]
        if sur.get("alt") and r.random() < 0.04:  # a clerk's guess at the reading
            fk = sur["alt"][0]
        gk = giv["kana"]
        if r.random() < 0.04 and gk.endswith("ウ"):
            gk = gk[:-1] + "ー"  # タロー
        if sep is None:
            sep = wpick(r, {"　": 55, " ": 30, "": 15})
        s = fk + sep + gk
        if script == "half":
            s = half_kana(s.replace("　", " "))
        elif script == "hira":
            s = hiragana(s)
        return s

    def phone_str(self, num, style=None):
        r = self.rnd
        if not num:
            return None
        mobile = num[:3] in ("090", "080", "070")
        area = "" if mobile else self.area.get(num) or next(a for a in AREAS if num.startswith(a))
        if r.random() < 0.015:  # a digit mistyped
            i = r.randrange(len(num) - 8, len(num))
            num = num[:i] + str(r.randrange(10)) + num[i + 1 :]
        parts = [num[:3], num[3:7], num[7:]] if mobile else [area, num[len(area) : 6], num[6:]]
        style = style or wpick(
            r, {"hyph": 60, "plain": 25, "paren": 4, "fw": 7, "choon": 2, "intl": 2}
        )
        if style == "hyph":
            return "-".join(parts)
        if style == "plain":
            return num
        if style == "paren":
            return f"{parts[0]}({parts[1]}){parts[2]}"
        if style == "fw":
            return fw_digits("-".join(parts))
        if style == "choon":
            return "ー".join(parts)
        if style == "space":
            return " ".join(parts)
        # international
        rest = [parts[0][1:], *parts[1:]]
        return wpick(
            r,
            {
                "+81 " + " ".join(rest): 4,
                "+81-" + "-".join(rest): 3,
                "+81" + "".join(rest): 2,
                "81" + "".join(rest): 1,
            },
        )

    def zip_str(self, z, style=None):
        r = self.rnd
        style = style or wpick(r, {"hyph": 55, "plain": 20, "mark": 15, "fw": 7, "markplain": 3})
        h = f"{z[:3]}-{z[3:]}"
        return {"hyph": h, "plain": z, "mark": "〒" + h, "fw": fw_digits(h), "markplain": "〒" + z}[
            style
        ]

    def addr_str(self, a, pref=True, style=None, fullwidth=None):
        """``東京都渋谷区神宮前1-2-3 パークハウス神宮前101号室`` and its variants."""
        r = self.rnd
        t = a["town"]
        style = style or wpick(r, {"hyph": 55, "chome": 15, "banchi": 20, "kanji": 5, "room": 5})
        hy = wpick(r, {"-": 80, "－": 10, "ー": 6, "‐": 2, "−": 2})
        c, b, g = a["chome"], a["ban"], a["go"]
        if c and style == "kanji":
            blk = f"{KANJI_NUM[c]}丁目{b}番" + (f"{g}号" if g else "")
        elif c and style == "banchi":
            blk = f"{c}丁目{b}番" + (f"{g}号" if g else "")
        elif c and style == "chome":
            blk = f"{c}丁目" + hy.join(str(x) for x in (b, g) if x)
        elif c:
            blk = hy.join(str(x) for x in (c, b, g) if x)
        elif style in ("banchi", "kanji"):
            blk = f"{b}番地" + (str(g) if g else "")
        else:
            blk = hy.join(str(x) for x in (b, g) if x)
        s = (t[1] if pref else "") + t[2] + t[3] + blk
        if a["bldg"]:
            x = r.random()
            room = a["room"]
            if style == "room" or x < 0.12:
                s += f"{hy}{room}"
            elif x < 0.2:
                pass  # the building left out
            else:
                bn = a["bldg"][0]
                if r.random() < 0.05:
                    bn = half_kana(bn)
                sep = wpick(r, {" ": 50, "　": 25, "": 25})
                s += (
                    sep
                    + bn
                    + wpick(r, {f"{room}号室": 45, f"{room}": 30, f" {room}": 15, f"{room}号": 10})
                )
        if fullwidth if fullwidth is not None else r.random() < 0.12:
            s = fw_digits(s)
        return s

    def addr_en(self, a):
        t = a["town"]
        blk = "-".join(str(x) for x in (a["chome"] or None, a["ban"], a["go"]) if x)
        head = ""
        if a["bldg"]:
            head = (
                f"{a['bldg'][1]} {a['room']}, "
                if self.rnd.random() < 0.5
                else f"{a['room']} {a['bldg'][1]}, "
            )
        city = ", ".join(reversed(t[7].split())) if self.rnd.random() < 0.6 else t[7]
        return f"{head}{blk} {t[8]}, {city}, {t[6]}"

    def dob_str(self, d, system):
        r = self.rnd
        if r.random() < 0.02 and d.day <= 12:
            d = d.replace(month=d.day, day=d.month)
        elif r.random() < 0.015:
            d = d.replace(year=d.year + r.choice([-1, 1]))
        era, letter, y = wareki(d)
        if system == "points":
            x = wpick(r, {"iso": 55, "era": 20, "abbr": 12, "dash": 5, "kanji": 5, "era0": 3})
            if x == "iso":
                return d.strftime("%Y/%m/%d")
            if x == "dash":
                return d.strftime("%Y-%m-%d")
            if x == "kanji":
                return f"{d.year}年{d.month}月{d.day}日"
            if x == "era":
                ys = "元" if y == 1 and r.random() < 0.5 else str(y)
                return f"{era}{ys}年{d.month}月{d.day}日"
            if x == "era0":
                return f"{era}{y:02d}年{d.month:02d}月{d.day:02d}日"
            return f"{letter}{y}.{d.month}.{d.day}"
        if system == "card":
            return d.strftime("%Y%m%d")
        return d.strftime("%Y-%m-%d") if r.random() < 0.8 else d.strftime("%Y/%m/%d")

    def email_str(self, e, clerk=False):
        r = self.rnd
        if not e:
            return None
        if clerk and r.random() < 0.08:
            loc, dom = e.rsplit("@", 1)
            if len(loc) >= 4:
                loc = slip(r, loc, "aeiounrstl")
            e = f"{loc}@{dom}"
        if r.random() < 0.03:
            e = e.upper()
        return e

    # ------------------------------------------------------------ systems
    def base(self, p, source):
        return {"_pid": p["pid"], "source": source}

    def new_member_no(self):
        return self.unique(lambda: (lambda b: b + jan_digit(b))("29" + self.digits(10)))

    def points(self, p, d, no, group=None, store=None):
        r = self.rnd
        updated = r.random() < 0.35
        s = self.state(p, TODAY if updated else d)
        rec = self.base(p, "ポイント")
        rec["会員番号"] = no
        rec["氏名"] = self.kanji_name(s["sur"], p["giv"], legacy=True, clerk=True)
        script = wpick(r, {"full": 78, "half": 14, "hira": 8})
        rec["フリガナ"] = self.kana_name(s["sur"], p["giv"], script)
        rec["生年月日"] = self.dob_str(p["dob"], "points") if r.random() < 0.95 else None
        rec["性別"] = ("男" if p["sex"] == "M" else "女") if r.random() < 0.93 else None
        a = s["addr"]
        rec["郵便番号"] = self.zip_str(a["town"][0])
        with_pref = r.random() < 0.3
        rec["都道府県"] = a["town"][1] if not with_pref or r.random() < 0.5 else None
        rec["住所"] = self.addr_str(a, pref=with_pref)
        tel, mob = s["tel"], s["mob"]
        if not tel and mob and r.random() < 0.35:
            tel, mob = mob, (None if r.random() < 0.6 else mob)
        rec["電話番号"] = self.phone_str(tel)
        rec["携帯電話"] = self.phone_str(mob)
        e = s["email"]
        if p["hh"]["family_email"] and r.random() < 0.3:
            e = p["hh"]["family_email"]
        rec["メールアドレス"] = self.email_str(e, clerk=True) if e and r.random() < 0.6 else None
        rec["代表会員番号"] = group
        rec["入会日"] = d.strftime("%Y/%m/%d")
        rec["入会店舗"] = store or r.choice(STORES[:-2])
        rec["累計ポイント"] = str(r.randint(0, 60000))
        rec["DM送付"] = r.choice(["可", "不可"])
        self.rows.append(rec)

    def card_name(self, p, sur):
        r = self.rnd
        if p.get("official"):
            fam, giv = p["official"][0][2], p["official"][1][2]
        elif p.get("roma"):
            fam, giv = p["roma"]
        else:
            fam = romaji(sur["kana"], p["long"], p["m_bmp"]).upper()
            giv = romaji(p["giv"]["kana"], p["long"], p["m_bmp"]).upper()
        name = f"{giv} {fam}" if p["gf"] else f"{fam} {giv}"
        if len(name) > 26:
            name = name[:26]
        if r.random() < 0.01:
            name = slip(r, name, "AEIOUNKST")
        return name

    def card_kana(self, p, sur):
        r = self.rnd
        if p.get("official"):
            s = p["official"][0][1] + " " + p["official"][1][1]
        else:
            s = sur["kana"] + " " + p["giv"]["kana"]
        if r.random() < 0.5:
            s = s.translate(_SMALL)  # the host's kana: no small letters
        return half_kana(s)

    def card(self, p, d, cust_no, principal=None, point_no=None, status="ACTIVE"):
        r = self.rnd
        holder = principal or p
        s = self.state(p, TODAY if status == "ACTIVE" else d)
        hs = self.state(holder, TODAY if status == "ACTIVE" else d)
        rec = self.base(p, "CARD")
        rec["CUST_NO"] = cust_no
        rec["CARD_TYPE"] = "FAMILY" if principal else "MAIN"
        rec["CARD_HOLDER"] = self.card_name(p, s["sur"])
        rec["NAME_KANA"] = self.card_kana(p, s["sur"])
        bin6 = r.choice(["352834", "454118", "531234", "356812"])
        body = bin6 + self.digits(9)
        num = body + luhn_digit(body)
        rec["CARD_NO"] = wpick(
            r,
            {
                f"{num[:4]}-{num[4:6]}**-****-{num[12:]}": 5,
                "************" + num[12:]: 3,
                num[:6] + "******" + num[12:]: 2,
            },
        )
        rec["BIRTH_DATE"] = self.dob_str(p["dob"], "card")
        rec["SEX"] = "1" if p["sex"] == "M" else "2"
        mob = hs["mob"] if principal else s["mob"]
        if principal and s["mob"] and r.random() < 0.3:
            mob = s["mob"]
        rec["MOBILE"] = self.phone_str(mob, "intl" if r.random() < 0.2 else "plain")
        rec["HOME_TEL"] = self.phone_str(hs["tel"], "plain")
        a = hs["addr"]
        rec["ZIP"] = a["town"][0]
        rec["ADDRESS_EN"] = self.addr_en(a)
        w = p["work"] if not principal else None
        if w:
            form = w["form"]
            if form and r.random() < 0.7:
                emp = f"{form}){w['kana']}" if r.random() < 0.6 else f"{w['kana']}({form}"
            else:
                emp = w["kana"]
            rec["EMPLOYER"] = half_kana(emp)
            rec["EMPLOYER_TEL"] = self.phone_str(w["tel"], "plain")
        if not principal:
            doc = wpick(r, {"DL": 55, "MN": 25, "HI": 12, "PP": 8})
            rec["ID_DOC"] = doc
            if doc == "DL":
                lic = p.setdefault("licence", None)
                if lic is None:
                    yr = p["dob"].year + r.randint(18, 25)
                    body = r.choice(["30", "45", "43", "44", "62", "63", "54"]) + f"{yr % 100:02d}"
                    body += self.digits(6)
                    lic = p["licence"] = body + licence_digit(body) + "0"
                rec["ID_DOC_NO"] = lic
            elif doc == "PP":
                pp = p.setdefault("passport", r.choice(["TK", "TZ", "TR", "TS"]) + self.digits(7))
                rec["ID_DOC_NO"] = pp
        rec["POINT_NO"] = point_no
        rec["OPEN_DATE"] = d.strftime("%Y%m%d")
        rec["CREDIT_LIMIT"] = str(r.choice([10, 20, 30, 50, 80, 100]) * 10000)
        rec["STATUS"] = status
        self.rows.append(rec)

    def ec(self, p, d, email, point_no=None):
        r = self.rnd
        s = self.state(p, TODAY if r.random() < 0.7 else d)
        rec = self.base(p, "EC")
        rec["customer_id"] = self.unique(lambda: "C" + self.digits(8))
        x = wpick(r, {"kanji": 74, "roman": 16, "kata": 5, "hira": 5})
        if p.get("foreign") == "vn":
            x = "roman" if r.random() < 0.5 else "kata"
        if x == "kanji":
            rec["name"] = self.kanji_name(s["sur"], p["giv"])
        elif x == "roman":
            if p.get("roma"):
                fam, giv = p["roma"]
            else:
                style = r.choice(["drop", "ou"])
                fam = romaji(s["sur"]["kana"], style)
                giv = romaji(p["giv"]["kana"], style)
            case = wpick(r, {"cap": 6, "lower": 2, "upper": 2})
            fam, giv = (
                {"cap": str.capitalize, "lower": str.lower, "upper": str.upper}[case](v)
                for v in (fam, giv)
            )
            name = f"{giv} {fam}" if r.random() < 0.55 else f"{fam} {giv}"
            rec["name"] = slip(r, name, "aeiounrk") if r.random() < 0.03 else name
        else:
            rec["name"] = self.kana_name(s["sur"], p["giv"], "full" if x == "kata" else "hira")
        if r.random() < 0.8:
            script = wpick(r, {"full": 75, "hira": 18, "half": 7})
            rec["name_kana"] = self.kana_name(s["sur"], p["giv"], script)
        rec["email"] = email
        tel = s["mob"] or s["tel"]
        if s["tel"] and r.random() < 0.15:
            tel = s["tel"]
        rec["tel"] = self.phone_str(
            tel, wpick(r, {"hyph": 45, "plain": 35, "fw": 12, "choon": 4, "space": 4})
        )
        a = s["addr"]
        rec["zip"] = self.zip_str(a["town"][0], wpick(r, {"hyph": 50, "plain": 40, "fw": 10}))
        rec["address"] = self.addr_str(a, pref=r.random() < 0.85, fullwidth=r.random() < 0.15)
        if r.random() < 0.45:
            rec["birthday"] = self.dob_str(p["dob"], "ec")
        rec["gender"] = wpick(
            r, {("男性" if p["sex"] == "M" else "女性"): 7, "回答しない": 1, None: 2}
        )
        rec["point_card_no"] = point_no
        rec["registered_at"] = (
            d.strftime("%Y-%m-%d")
            + f" {r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}"
        )
        rec["last_order_at"] = self.date_between(max(d.year, 2023), 2025).strftime("%Y-%m-%d")
        rec["order_count"] = str(r.randint(1, 40))
        self.rows.append(rec)

    def tracking_no(self):
        def f():
            b = str(self.rnd.randint(1, 9)) + self.digits(10)
            return b + str(int(b) % 7)

        n = self.unique(f)
        return f"{n[:4]}-{n[4:8]}-{n[8:]}" if self.rnd.random() < 0.7 else n

    def outsider(self):
        """A gift recipient who is nobody in the file."""
        r = self.rnd
        sur = self.surname()
        sex = r.choice("MF")
        giv = self.given(sex, r.randint(1945, 1985))
        town = r.choice(TOWNS)
        a = self.address(town)
        return dict(sur=sur, giv=giv, addr=a, tel=self.landline(town))

    def delivery(self, p, kind):
        r = self.rnd
        d = self.date_between(2022, 2025)
        if kind == "ギフト":
            d = d.replace(month=r.choice([7, 7, 12, 12, 3]), day=r.randint(1, 25))
        s = self.state(p, d)
        rec = self.base(p, "配送")
        rec["伝票番号"] = self.tracking_no()
        rec["受付日"] = d.strftime("%Y/%m/%d")
        rec["区分"] = kind
        store = r.choice(STORES[:-2])
        me_name = self.kanji_name(s["sur"], p["giv"], clerk=True)
        me_tel = s["tel"] if s["tel"] and r.random() < 0.5 else (s["mob"] or s["tel"])
        a = s["addr"]
        if kind == "通常":  # the store sends to the customer
            rec["届け先氏名"] = me_name + (" 様" if r.random() < 0.5 else "")
            rec["届け先郵便番号"] = self.zip_str(a["town"][0], "hyph")
            rec["届け先住所"] = self.addr_str(a)
            rec["届け先電話"] = self.phone_str(me_tel, "hyph")
            rec["依頼主氏名"] = "ジャパンリテール　" + store.split(" ")[1]
            rec["依頼主電話"] = self.phone_str(STORE_TEL, "hyph")
            rec["品名"] = r.choice(GOODS)
        elif kind == "返品":
            rec["届け先氏名"] = RETURNS_CENTRE[0]
            rec["届け先郵便番号"] = self.zip_str(RETURNS_CENTRE[1], "hyph")
            rec["届け先住所"] = RETURNS_CENTRE[2]
            rec["届け先電話"] = self.phone_str(RETURNS_CENTRE[3], "hyph")
            rec["依頼主氏名"] = me_name
            rec["依頼主郵便番号"] = self.zip_str(a["town"][0], "hyph")
            rec["依頼主住所"] = self.addr_str(a)
            rec["依頼主電話"] = self.phone_str(s["mob"] or s["tel"], "hyph")
            rec["品名"] = r.choice(GOODS) + "（返品）"
        else:
            # to parents or in-laws in the file, or to someone who is not
            cands = [q["parents"] for q in p["hh"]["members"] if q.get("parents")]
            to = None
            if cands and r.random() < 0.6:
                ph = r.choice(cands)
                head = ph["members"][0]
                hs = self.state(head, d)
                to = dict(
                    sur=hs["sur"], giv=head["giv"], addr=hs["addr"], tel=hs["tel"] or hs["mob"]
                )
            if to is None:
                to = self.outsider()
            if r.random() < 0.15:
                w = r.choice(self.companies)
                name = f"株式会社{w['name']}　{to['sur']['kanji']}　{to['giv']['kanji']}"
            else:
                name = self.kanji_name(to["sur"], to["giv"], clerk=True)
            rec["届け先氏名"] = name + (" 様" if r.random() < 0.6 else "")
            rec["届け先郵便番号"] = self.zip_str(to["addr"]["town"][0], "hyph")
            rec["届け先住所"] = self.addr_str(to["addr"])
            rec["届け先電話"] = self.phone_str(to["tel"], "hyph")
            spouse = [
                q
                for q in p["hh"]["members"]
                if q is not p and q["role"] != "child" and q["sex"] != p["sex"]
            ]
            if spouse and r.random() < 0.1:
                me_name = me_name + "・" + spouse[0]["giv"]["kanji"]
            rec["依頼主氏名"] = me_name
            rec["依頼主郵便番号"] = self.zip_str(a["town"][0], "hyph")
            rec["依頼主住所"] = self.addr_str(a)
            rec["依頼主電話"] = self.phone_str(me_tel, "hyph")
            rec["のし"] = (
                {7: "お中元", 12: "お歳暮", 3: "内祝"}[d.month] if r.random() < 0.9 else "無地"
            )
            rec["品名"] = r.choice(GIFT_ITEMS)
        rec["金額"] = str(r.randint(10, 300) * 100)
        rec["受付店舗"] = store
        self.rows.append(rec)

    # ------------------------------------------------------------ all records
    def records(self) -> pd.DataFrame:
        r = self.rnd
        for hh in self.households:
            ms = hh["members"]
            adults = [q for q in ms if (TODAY - q["dob"]).days / 365.25 >= 18]
            head_no = None
            for p in ms:
                age = (TODAY - p["dob"]).days / 365.25
                start = max(2005, p["dob"].year + 16)
                p["point_nos"] = []
                if r.random() < 0.8:
                    n = wpick(r, {1: 80, 2: 15, 3: 5})
                    dates = sorted(self.date_between(start, 2025) for _ in range(n))
                    for d in dates:
                        no = self.new_member_no()
                        p["point_nos"].append(no)
                        grp = None
                        if len(ms) > 1 and hh["group"] is None and r.random() < 0.3:
                            hh["group"] = no
                            head_no = no
                        elif head_no and r.random() < 0.7:
                            grp = head_no
                        self.points(p, d, no, grp)
                # credit card
                if age >= 20 and r.random() < 0.3:
                    cust = self.unique(lambda: self.digits(10))
                    d = self.date_between(max(2005, p["dob"].year + 20), 2025)
                    if p["point_nos"] and r.random() < 0.5:
                        pno = p["point_nos"][-1]
                    else:
                        pno = self.new_member_no()
                        self.points(p, d, pno, store="9100 カード入会")
                        p["point_nos"].append(pno)
                    changed = p["married"] and d < p["married"]
                    if changed:  # the maiden-name account, closed; a new one after the wedding
                        self.card(p, d, cust, point_no=pno, status="CLOSED")
                        cust = self.unique(lambda: self.digits(10))
                        self.card(p, p["married"] + dt.timedelta(days=60), cust, point_no=pno)
                    else:
                        self.card(p, d, cust, point_no=pno)
                        if r.random() < 0.15:  # a second brand on the same account
                            self.card(p, self.date_between(d.year, 2025), cust, point_no=pno)
                    others = [q for q in adults if q is not p and q["role"] != "child"]
                    if others and r.random() < 0.35:
                        sp = others[0]
                        self.card(sp, d, cust, principal=p, point_no=pno)
                # online shop
                pe = 0.55 if age < 60 else (0.3 if age < 75 else 0.08)
                if age >= 16 and r.random() < pe:
                    emails = [e for _, e in p["emails"]] or (
                        [hh["family_email"]] if hh["family_email"] else []
                    )
                    if emails:
                        pno = p["point_nos"][-1] if p["point_nos"] and r.random() < 0.4 else None
                        d = self.date_between(2012, 2025)
                        self.ec(p, d, emails[-1], pno)
                        if len(emails) > 1 and r.random() < 0.35:
                            self.ec(p, self.date_between(2010, 2016), emails[0])
                # deliveries
                if age >= 30 and r.random() < 0.32:
                    for _ in range(wpick(r, {1: 40, 2: 30, 3: 20, 4: 10})):
                        self.delivery(p, "ギフト")
                if age >= 20 and r.random() < 0.25:
                    for _ in range(wpick(r, {1: 75, 2: 25})):
                        self.delivery(p, "通常")
                if age >= 18 and r.random() < 0.08:
                    self.delivery(p, "返品")
                if not any(x["_pid"] == p["pid"] for x in self.rows[-12:]):
                    no = self.new_member_no()
                    self.points(p, self.date_between(start, 2025), no)
        return self.shuffled("record_id", "R")


def japan(persons: int = 4000, seed: int = 7) -> tuple[pd.DataFrame, pd.Series]:
    """The four systems' records in one frame (every value a string or None) and each one's person."""
    return Japan.frame(persons, seed, "record_id")
