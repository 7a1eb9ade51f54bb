"""A Greater-China bank, e-commerce and telco group's customer file: customers in mainland China,
Hong Kong and Taiwan, five source systems stacked in one file (a ``system`` column; a column of
the same name in two systems is one column).

* Mainland core banking (``CORE``), simplified-Chinese columns: ``客户号``, ``姓名`` in
  characters (simplified; a Hong Kong or Taiwan customer's traditional name now and then
  converted), ``证件类型`` and ``证件号码`` (the 18-digit resident id with the birth date inside
  and a check digit or ``X``/``x``; the old 15-digit id on old accounts; a Hong Kong or Taiwan
  customer's home-return permit ``H12345678`` or Taiwan compatriot permit, numbers no other
  system holds), ``性别`` (``男``/``女``), ``出生日期`` (``1990-03-07``, ``19900307``,
  ``1990年3月7日``, ``1990/3/7``), ``手机号`` (``13812345678``, ``138-1234-5678``, ``+86 138
  1234 5678``), ``联系地址`` (province, city, district, street and number in Chinese order, run
  together), ``电子邮箱`` (``12345678@qq.com``, ``13812345678@163.com``), ``开户网点``.
* Hong Kong cards (``HKCARD``), English columns: ``CARD_ACCT_NO``, ``CUST_NM`` (``CHAN Tai
  Man``, ``CHAN TAI MAN``, ``Peter CHAN Tai Man``, ``CHAN, Tai Man Peter``, ``CHAN Tai-man``;
  a mainland customer in pinyin, ``ZHANG Wei``, ``ZHANG Xiaoming``), ``CHN_NM`` (traditional
  characters, when given), ``HKID`` (``A123456(7)``, ``A1234567``, ``A123456 7``), ``PASSPORT_NO``
  (mainland customers), ``DOB`` (``07/03/1990``, day first), ``SEX`` (``M``/``F``),
  ``MOBILE_NO`` (``9123 4567``, ``+852 91234567``, a mainland ``+86`` one), ``HOME_TEL``
  (the household's landline), ``EMAIL_ADDR``, ``ADDR_LINE_1`` to ``ADDR_LINE_3`` (flat, floor,
  block and estate; street; district: English order, smallest first).
* E-commerce (``EMALL``), app columns: ``member_id``, ``nickname`` (a handle), ``real_name``
  (characters from the real-name check, or pinyin, or empty), ``mobile`` (any form), ``email``,
  ``alipay_account`` (the mobile or e-mail, partly masked ``138****5678``), ``birthday`` (often
  ``03-07`` only), ``收货地址`` (the last shipping address, in Chinese or English, maybe a
  workplace), ``收货人`` and ``收货手机`` (the recipient: oneself, a spouse, a parent).
* Taiwan telco (``TWTEL``), traditional-Chinese columns: ``門號`` (``0912-345-678``),
  ``用戶姓名`` (traditional characters), ``英文姓名`` (Wade-Giles, hyphenated: ``CHANG
  CHIH-MING``, ``Chang Chih-Ming``, ``Kevin Chang``), ``身分證字號`` (``A123456789``),
  ``出生日期`` in Minguo years (``79/03/07``, ``079.03.07``, ``民國79年3月7日``), ``帳單地址``
  (``台北市大安區忠孝東路四段100號5樓``, ``臺北市`` for ``台北市``), ``電子郵件``. A line may be
  held in a parent's or a grown-up child's name.
* Mainland telco CRM (``CNCRM``), pinyin-initial columns as mainland IT writes them: ``KHBH``
  (customer number), ``KHXM`` (name: characters, or pinyin ``ZHANGWEI``), ``ZJHM`` (id number),
  ``SJHM`` (mobile, ``86`` and 11 digits or plain), ``CSRQ`` (``19900307``), ``LXDZ`` (address),
  ``DZYX`` (e-mail). Lines held in a relative's name; numbers given out again.

What makes it hard: a handful of family names for most people (王 李 张 刘 陈 ...) and given
names of one or two characters drawn from a few hundred, so namesakes abound; one family name
written 陈 / 陳 / Chen / Chan / Tan and 张 / 張 / Zhang / Cheung / Chang; names in characters
in one system and Latin letters in another; pinyin given names joined or split (``Xiaoming``,
``Xiao Ming``, ``Xiao-Ming``), family name first or last or the two run together
(``ZHANGWEI``); HK English names before or after; ids of three places and their formats, with
cross-border customers holding a permit in one system and a passport in another; mainland
resident ids with the birth date inside; HK dates day first; Taiwan dates in Minguo years;
addresses in Chinese order and in reversed English order; families sharing mobiles, landlines
and e-mails; shipping to relatives.
"""

from __future__ import annotations

import datetime as dt

import pandas as pd
import phonenumbers

from draws import TODAY, Draws, wpick

# ---------------------------------------------------------------- names
# simplified, traditional, pinyin, Cantonese (HK), Wade-Giles (TW); weight in CN, HK, TW
FAMILY = [
    ("王", "王", "Wang", "Wong", "Wang", 72, 40, 41),
    ("李", "李", "Li", "Lee", "Lee", 72, 50, 51),
    ("张", "張", "Zhang", "Cheung", "Chang", 68, 35, 53),
    ("刘", "劉", "Liu", "Lau", "Liu", 53, 35, 32),
    ("陈", "陳", "Chen", "Chan", "Chen", 45, 80, 112),
    ("杨", "楊", "Yang", "Yeung", "Yang", 31, 20, 26),
    ("黄", "黃", "Huang", "Wong", "Huang", 23, 45, 60),
    ("赵", "趙", "Zhao", "Chiu", "Chao", 20, 10, 8),
    ("吴", "吳", "Wu", "Ng", "Wu", 20, 35, 40),
    ("周", "周", "Zhou", "Chow", "Chou", 19, 20, 14),
    ("徐", "徐", "Xu", "Tsui", "Hsu", 17, 10, 9),
    ("孙", "孫", "Sun", "Suen", "Sun", 15, 5, 5),
    ("马", "馬", "Ma", "Ma", "Ma", 13, 10, 3),
    ("朱", "朱", "Zhu", "Chu", "Chu", 13, 15, 6),
    ("胡", "胡", "Hu", "Wu", "Hu", 12, 10, 6),
    ("郭", "郭", "Guo", "Kwok", "Kuo", 12, 15, 15),
    ("何", "何", "He", "Ho", "Ho", 10, 30, 8),
    ("林", "林", "Lin", "Lam", "Lin", 9, 30, 83),
    ("罗", "羅", "Luo", "Law", "Lo", 9, 15, 8),
    ("梁", "梁", "Liang", "Leung", "Liang", 8, 35, 5),
    ("郑", "鄭", "Zheng", "Cheng", "Cheng", 8, 20, 11),
    ("谢", "謝", "Xie", "Tse", "Hsieh", 7, 10, 12),
    ("许", "許", "Xu", "Hui", "Hsu", 7, 15, 15),
    ("邓", "鄧", "Deng", "Tang", "Teng", 6, 15, 4),
    ("曾", "曾", "Zeng", "Tsang", "Tseng", 6, 20, 9),
    ("蔡", "蔡", "Cai", "Choi", "Tsai", 5, 10, 29),
    ("叶", "葉", "Ye", "Yip", "Yeh", 5, 15, 8),
    ("苏", "蘇", "Su", "So", "Su", 5, 10, 6),
    ("麦", "麥", "Mai", "Mak", "Mai", 1, 12, 1),
    ("欧阳", "歐陽", "Ouyang", "Au Yeung", "Ouyang", 1, 3, 1),
]  # fmt: skip
# given-name characters: simplified, traditional, pinyin, Cantonese, Wade-Giles, sex (M/F/U)
GIVEN = [
    ("伟", "偉", "wei", "wai", "wei", "M"), ("芳", "芳", "fang", "fong", "fang", "F"),
    ("娜", "娜", "na", "na", "na", "F"), ("敏", "敏", "min", "man", "min", "U"),
    ("静", "靜", "jing", "ching", "ching", "F"), ("丽", "麗", "li", "lai", "li", "F"),
    ("强", "強", "qiang", "keung", "chiang", "M"), ("磊", "磊", "lei", "lui", "lei", "M"),
    ("军", "軍", "jun", "kwan", "chun", "M"), ("洋", "洋", "yang", "yeung", "yang", "U"),
    ("勇", "勇", "yong", "yung", "yung", "M"), ("艳", "艷", "yan", "yim", "yen", "F"),
    ("杰", "傑", "jie", "kit", "chieh", "M"), ("娟", "娟", "juan", "kuen", "chuan", "F"),
    ("涛", "濤", "tao", "to", "tao", "M"), ("明", "明", "ming", "ming", "ming", "M"),
    ("超", "超", "chao", "chiu", "chao", "M"), ("秀", "秀", "xiu", "sau", "hsiu", "F"),
    ("霞", "霞", "xia", "ha", "hsia", "F"), ("平", "平", "ping", "ping", "ping", "U"),
    ("刚", "剛", "gang", "kong", "kang", "M"), ("英", "英", "ying", "ying", "ying", "F"),
    ("华", "華", "hua", "wah", "hua", "U"), ("文", "文", "wen", "man", "wen", "U"),
    ("玲", "玲", "ling", "ling", "ling", "F"), ("志", "志", "zhi", "chi", "chih", "M"),
    ("建", "建", "jian", "kin", "chien", "M"), ("国", "國", "guo", "kwok", "kuo", "M"),
    ("慧", "慧", "hui", "wai", "hui", "F"), ("婷", "婷", "ting", "ting", "ting", "F"),
    ("家", "家", "jia", "ka", "chia", "U"), ("俊", "俊", "jun", "chun", "chun", "M"),
    ("欣", "欣", "xin", "yan", "hsin", "F"), ("怡", "怡", "yi", "yi", "yi", "F"),
    ("宇", "宇", "yu", "yu", "yu", "M"), ("浩", "浩", "hao", "ho", "hao", "M"),
    ("子", "子", "zi", "tsz", "tzu", "U"), ("雅", "雅", "ya", "nga", "ya", "F"),
    ("大", "大", "da", "tai", "ta", "M"), ("小", "小", "xiao", "siu", "hsiao", "U"),
    ("美", "美", "mei", "mei", "mei", "F"), ("玉", "玉", "yu", "yuk", "yu", "F"),
    ("佳", "佳", "jia", "kai", "chia", "U"), ("轩", "軒", "xuan", "hin", "hsuan", "M"),
    ("晓", "曉", "xiao", "hiu", "hsiao", "U"), ("红", "紅", "hong", "hung", "hung", "F"),
    ("德", "德", "de", "tak", "te", "M"), ("春", "春", "chun", "chun", "chun", "U"),
    ("成", "成", "cheng", "shing", "cheng", "M"), ("琳", "琳", "lin", "lam", "lin", "F"),
    ("博", "博", "bo", "bok", "po", "M"), ("安", "安", "an", "on", "an", "U"),
    ("嘉", "嘉", "jia", "ka", "chia", "U"), ("诗", "詩", "shi", "sze", "shih", "F"),
    ("思", "思", "si", "sze", "ssu", "U"), ("颖", "穎", "ying", "wing", "ying", "F"),
    ("豪", "豪", "hao", "ho", "hao", "M"), ("辉", "輝", "hui", "fai", "hui", "M"),
    ("凯", "凱", "kai", "hoi", "kai", "M"), ("梅", "梅", "mei", "mui", "mei", "F"),
    ("宏", "宏", "hong", "wang", "hung", "M"), ("淑", "淑", "shu", "suk", "shu", "F"),
]  # fmt: skip
ENGLISH = {
    "M": ["Peter", "David", "Michael", "Kevin", "Eric", "Jason", "Tony", "Alan", "Kelvin",
          "Raymond", "Ken", "Vincent", "Andy", "Jacky", "Wilson", "Johnny", "Ivan", "Derek"],
    "F": ["Mary", "Karen", "Winnie", "Ivy", "Jenny", "Cindy", "Amy", "Grace", "Joyce",
          "Vivian", "Candy", "Fiona", "Carmen", "Shirley", "Stella", "Queenie", "Kitty"],
}  # fmt: skip

# ---------------------------------------------------------------- places
# mainland: province (None for the municipalities), city, English city, area code of the id,
# districts as (Chinese, English), streets as (Chinese, English)
CN_CITIES = [
    ("广东省", "深圳市", "Shenzhen", "Guangdong", "4403",
     [("南山区", "Nanshan District"), ("福田区", "Futian District"), ("宝安区", "Bao'an District"),
      ("龙岗区", "Longgang District")],
     [("科技南路", "Keji South Road"), ("深南大道", "Shennan Avenue"), ("南海大道", "Nanhai Avenue"),
      ("福华路", "Fuhua Road"), ("建设路", "Jianshe Road"), ("人民路", "Renmin Road")], 20),
    ("广东省", "广州市", "Guangzhou", "Guangdong", "4401",
     [("天河区", "Tianhe District"), ("越秀区", "Yuexiu District"), ("海珠区", "Haizhu District")],
     [("天河路", "Tianhe Road"), ("中山大道", "Zhongshan Avenue"), ("环市东路", "Huanshi East Road"),
      ("人民路", "Renmin Road"), ("解放路", "Jiefang Road")], 15),
    (None, "北京市", "Beijing", None, "1101",
     [("朝阳区", "Chaoyang District"), ("海淀区", "Haidian District"), ("东城区", "Dongcheng District"),
      ("西城区", "Xicheng District")],
     [("建国路", "Jianguo Road"), ("中关村大街", "Zhongguancun Street"), ("朝阳路", "Chaoyang Road"),
      ("长安街", "Chang'an Avenue"), ("人民路", "Renmin Road")], 18),
    (None, "上海市", "Shanghai", None, "3101",
     [("浦东新区", "Pudong New Area"), ("徐汇区", "Xuhui District"), ("静安区", "Jing'an District"),
      ("闵行区", "Minhang District")],
     [("世纪大道", "Century Avenue"), ("南京西路", "Nanjing West Road"), ("淮海中路", "Huaihai Middle Road"),
      ("中山北路", "Zhongshan North Road"), ("解放路", "Jiefang Road")], 18),
    ("浙江省", "杭州市", "Hangzhou", "Zhejiang", "3301",
     [("西湖区", "Xihu District"), ("上城区", "Shangcheng District"), ("滨江区", "Binjiang District")],
     [("文三路", "Wensan Road"), ("延安路", "Yan'an Road"), ("中山路", "Zhongshan Road"),
      ("建设路", "Jianshe Road")], 10),
    ("四川省", "成都市", "Chengdu", "Sichuan", "5101",
     [("锦江区", "Jinjiang District"), ("武侯区", "Wuhou District"), ("高新区", "Gaoxin District")],
     [("人民南路", "Renmin South Road"), ("天府大道", "Tianfu Avenue"), ("春熙路", "Chunxi Road"),
      ("中山路", "Zhongshan Road")], 10),
    ("湖北省", "武汉市", "Wuhan", "Hubei", "4201",
     [("武昌区", "Wuchang District"), ("洪山区", "Hongshan District"), ("江汉区", "Jianghan District")],
     [("中山路", "Zhongshan Road"), ("解放大道", "Jiefang Avenue"), ("珞喻路", "Luoyu Road"),
      ("建设路", "Jianshe Road")], 9),
]  # fmt: skip
# Hong Kong: (district Chinese, English, territory), estates (Chinese, English), streets
HK_DISTRICTS = [
    ("沙田", "Sha Tin", "N.T.", [("沙田第一城", "City One Shatin"), ("禾輋邨", "Wo Che Estate")],
     [("沙田正街", "Sha Tin Centre Street")]),
    ("觀塘", "Kwun Tong", "KLN", [("麗港城", "Laguna City"), ("順利邨", "Shun Lee Estate")],
     [("觀塘道", "Kwun Tong Road"), ("開源道", "Hoi Yuen Road")]),
    ("旺角", "Mong Kok", "KLN", [], [("彌敦道", "Nathan Road"), ("西洋菜南街", "Sai Yeung Choi Street South"),
                                      ("亞皆老街", "Argyle Street")]),
    ("鰂魚涌", "Quarry Bay", "H.K.", [("太古城", "Taikoo Shing")], [("英皇道", "King's Road")]),
    ("屯門", "Tuen Mun", "N.T.", [("大興邨", "Tai Hing Estate"), ("美樂花園", "Melody Garden")],
     [("屯門鄉事會路", "Tuen Mun Heung Sze Wui Road")]),
    ("將軍澳", "Tseung Kwan O", "N.T.", [("新都城", "Metro City"), ("厚德邨", "Hau Tak Estate")],
     [("唐德街", "Tong Tak Street")]),
    ("灣仔", "Wan Chai", "H.K.", [], [("軒尼詩道", "Hennessy Road"), ("莊士敦道", "Johnston Road")]),
    ("荃灣", "Tsuen Wan", "N.T.", [("綠楊新邨", "Luk Yeung Sun Chuen")], [("青山公路", "Castle Peak Road")]),
]  # fmt: skip
# Taiwan: city (台 and 臺), English, districts (Chinese, English, postcode), streets
TW_CITIES = [
    ("臺北市", "Taipei City", [("大安區", "Da'an Dist.", "106"), ("信義區", "Xinyi Dist.", "110"),
                               ("中山區", "Zhongshan Dist.", "104")],
     [("忠孝東路", "Zhongxiao E. Rd."), ("信義路", "Xinyi Rd."), ("民生東路", "Minsheng E. Rd."),
      ("中山北路", "Zhongshan N. Rd.")], 30),
    ("新北市", "New Taipei City", [("板橋區", "Banqiao Dist.", "220"), ("中和區", "Zhonghe Dist.", "235"),
                                   ("新莊區", "Xinzhuang Dist.", "242")],
     [("中山路", "Zhongshan Rd."), ("文化路", "Wenhua Rd."), ("中正路", "Zhongzheng Rd.")], 30),
    ("臺中市", "Taichung City", [("西屯區", "Xitun Dist.", "407"), ("北區", "North Dist.", "404")],
     [("臺灣大道", "Taiwan Blvd."), ("中正路", "Zhongzheng Rd."), ("文心路", "Wenxin Rd.")], 20),
    ("高雄市", "Kaohsiung City", [("苓雅區", "Lingya Dist.", "802"), ("左營區", "Zuoying Dist.", "813")],
     [("中山二路", "Zhongshan 2nd Rd."), ("博愛路", "Bo'ai Rd."), ("中正路", "Zhongzheng Rd.")], 20),
]  # fmt: skip
SECTIONS = [("一", "1"), ("二", "2"), ("三", "3"), ("四", "4")]
BRANCHES = [
    "深圳南山支行",
    "北京朝阳支行",
    "上海浦东分行",
    "广州天河支行",
    "杭州西湖支行",
    "成都高新支行",
]

# ---------------------------------------------------------------- ids
_CN_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
_TW_LETTER = {c: v for c, v in zip("ABCDEFGHJKLMNPQRSTUVXYWZIO", range(10, 36), strict=True)}


def cn_id_check(body: str) -> str:
    """The check character of a mainland resident id's first seventeen digits (ISO 7064)."""
    return "10X98765432"[sum(int(d) * w for d, w in zip(body, _CN_WEIGHTS, strict=True)) % 11]


def hkid_check(letter: str, digits: str) -> str:
    """An HKID's check character: a space (36) before a single letter, weights 9 to 2, mod 11."""
    total = (
        36 * 9
        + (ord(letter) - 55) * 8
        + sum(int(d) * w for d, w in zip(digits, range(7, 1, -1), strict=True))
    )
    c = (11 - total % 11) % 11
    return "A" if c == 10 else str(c)


def tw_id_check(letter: str, digits: str) -> str:
    """A Taiwan national id's last digit: the letter's two digits weighted 1 and 9, then 8 to 1."""
    v = _TW_LETTER[letter]
    total = (
        v // 10
        + (v % 10) * 9
        + sum(int(d) * w for d, w in zip(digits, range(8, 0, -1), strict=True))
    )
    return str((10 - total % 10) % 10)


class China(Draws):
    # ------------------------------------------------------------ population
    def date_between(self, y0: int, y1: int) -> dt.date:
        y0, y1 = min(y0, y1), max(y0, y1)
        start = dt.date(y0, 1, 1)
        end = min(dt.date(y1, 12, 31), TODAY - dt.timedelta(days=1))
        return start + dt.timedelta(days=self.rnd.randrange(max(1, (end - start).days)))

    def number(self, region: str, make) -> str:
        """A number of ``make()`` that the region's plan holds valid (real numbers are), once."""
        while True:
            num = self.unique(make)
            try:
                if phonenumbers.is_valid_number(phonenumbers.parse(num, region)):
                    return num
            except phonenumbers.NumberParseException:
                continue

    def mobile(self, region: str) -> str:
        r = self.rnd
        if region == "CN":
            return self.number(
                "CN", lambda: r.choice(["13", "15", "18", "17", "19"]) + self.digits(9)
            )
        if region == "HK":
            return self.number("HK", lambda: r.choice("5699") + self.digits(7))
        return self.number("TW", lambda: "9" + self.digits(8))  # TW 09xx without the 0

    def landline(self, region: str, city: dict) -> str | None:
        r = self.rnd
        if region == "HK":
            return self.number("HK", lambda: r.choice("23") + self.digits(7))
        if region == "TW":
            return self.number("TW", lambda: "2" + self.digits(8))
        return None

    def address(self, region: str) -> dict:
        r = self.rnd
        if region == "CN":
            c = wpick(r, [(c, c[-1]) for c in CN_CITIES])
            return {"region": "CN", "city": c, "district": r.choice(c[5]), "street": r.choice(c[6]),
                    "no": r.randint(1, 999), "bldg": r.randint(1, 30), "room": r.randint(101, 2808)}  # fmt: skip
        if region == "HK":
            d = r.choice(HK_DISTRICTS)
            estate = r.choice(d[3]) if d[3] and r.random() < 0.7 else None
            return {"region": "HK", "district": d, "estate": estate, "street": r.choice(d[4]),
                    "no": r.randint(1, 700), "block": r.randint(1, 12), "floor": r.randint(1, 40),
                    "flat": r.choice("ABCDEFGH")}  # fmt: skip
        c = wpick(r, [(c, c[-1]) for c in TW_CITIES])
        return {"region": "TW", "city": c, "district": r.choice(c[2]), "street": r.choice(c[3]),
                "sec": r.choice(SECTIONS) if r.random() < 0.5 else None, "no": r.randint(1, 400),
                "floor": r.randint(1, 20)}  # fmt: skip

    def person(self, region: str, sex: str, age: tuple[float, float], family: tuple | None,
               hh: list, home: dict) -> dict:  # fmt: skip
        r = self.rnd
        col = {"CN": 5, "HK": 6, "TW": 7}[region]
        fam = family or wpick(r, [(f, f[col]) for f in FAMILY])
        pool = [g for g in GIVEN if g[5] in (sex, "U")]
        n = 1 if r.random() < (0.35 if region == "CN" else 0.05) else 2
        given = [r.choice(pool) for _ in range(n)]
        dob = self.dob(*age)
        age_now = (TODAY - dob).days / 365.25
        p = {"pid": len(self.persons), "region": region, "sex": sex, "family": fam,
             "given": given, "dob": dob, "home": home, "old_home": None, "household": hh,
             "english": (r.choice(ENGLISH[sex]) if region != "CN" and r.random() <
                         (0.55 if region == "HK" else 0.25) else None),
             "lines": [], "emails": [], "shares": None}  # fmt: skip
        if age_now >= 12 and r.random() < 0.93:
            p["lines"].append(self.mobile(region))
            if r.random() < (0.25 if region == "HK" else 0.08):  # a second SIM, often cross-border
                p["lines"].append(self.mobile("CN" if region == "HK" else region))
        # ids
        if region == "CN":
            code = home["city"][4] + f"{r.randint(1, 9):02d}"
            seq = r.randrange(0, 50) * 2 + (1 if sex == "M" else 0)
            body = self.unique(
                lambda: code + dob.strftime("%Y%m%d") + f"{r.randint(0, 9)}{seq:02d}"[-3:]
            )
            p["id"] = body + cn_id_check(body)
            p["id15"] = body[:6] + body[8:14] + body[14:17]
            p["permit"] = None
            p["passport"] = self.unique(lambda: "E" + self.digits(8)) if r.random() < 0.4 else None
        elif region == "HK":
            letter, digits = r.choice("ACDEGKPRYZ"), self.digits(6)
            p["id"] = self.unique(lambda: letter + digits + hkid_check(letter, digits))
            p["id15"] = None
            p["permit"] = self.unique(lambda: "H" + self.digits(8))
            p["passport"] = self.unique(lambda: "K" + self.digits(8)) if r.random() < 0.5 else None
        else:
            letter = r.choice("AAAFFBEH")
            digits = ("1" if sex == "M" else "2") + self.digits(7)
            p["id"] = self.unique(lambda: letter + digits + tw_id_check(letter, digits))
            p["id15"] = None
            p["permit"] = self.unique(lambda: self.digits(8))
            p["passport"] = self.unique(lambda: "3" + self.digits(8)) if r.random() < 0.5 else None
        # e-mails
        if age_now >= 14 and r.random() < 0.75:
            roman = self.roman(p)
            fam_l, giv_l = roman[0].lower().replace(" ", ""), "".join(roman[1]).lower()
            if region == "CN":
                e = wpick(r, {f"{r.randint(10000, 2999999999)}@qq.com": 45,
                              (p["lines"][0] if p["lines"] else self.digits(11)) + "@163.com": 15,
                              f"{fam_l}{giv_l}{r.randint(1, 999)}@163.com": 15,
                              f"{giv_l}{fam_l}@126.com": 8, f"{fam_l}_{giv_l}@sina.com": 7,
                              f"{fam_l}{giv_l}{dob.year % 100:02d}@gmail.com": 10})  # fmt: skip
            else:
                eng = (p["english"] or giv_l).lower()
                dom = (
                    ("yahoo.com.hk", "netvigator.com", "gmail.com", "hotmail.com")
                    if region == "HK"
                    else ("yahoo.com.tw", "gmail.com", "hotmail.com", "msa.hinet.net")
                )
                e = f"{r.choice([eng + '.' + fam_l, eng + fam_l, fam_l + giv_l, eng + str(r.randint(1, 99))])}@{r.choice(dom)}"
            p["emails"].append(self.unique(lambda: e) if e not in self.used else e + "x")
        self.persons.append(p)
        return p

    def population(self) -> None:
        r = self.rnd
        while len(self.persons) < self.n:
            region = wpick(r, {"CN": 55, "HK": 28, "TW": 17})
            home = self.address(region)
            hh: list[dict] = []
            if r.random() < 0.3:
                hh.append(self.person(region, r.choice("MF"), (18, 70), None, hh, home))
            else:
                head = self.person(region, "M", (28, 75), None, hh, home)
                age = (TODAY - head["dob"]).days / 365.25
                wife = self.person(region, "F", (max(22, age - 10), age + 3), None, hh, home)
                hh += [head, wife]
                if age > 40:
                    for _ in range(r.choices([0, 1, 2], [30, 45, 25])[0]):
                        hh.append(
                            self.person(
                                region, r.choice("MF"), (14, age - 22), head["family"], hh, home
                            )
                        )
            landline = self.landline(region, home) if r.random() < 0.5 else None
            for m in hh:
                m["landline"] = landline
                if not m["lines"] and hh[0]["lines"]:
                    m["shares"] = hh[0]
                if r.random() < 0.2:  # moved: the old home is in old records
                    m["old_home"] = self.address(region)
            if len(hh) > 1 and hh[0]["emails"] and r.random() < 0.1:
                for m in hh[1:]:
                    m["emails"] = m["emails"] or [hh[0]["emails"][0]]

    # ------------------------------------------------------------ names
    def roman(self, p: dict, scheme: str | None = None) -> tuple[str, list[str]]:
        """The family name and the given name's syllables in ``scheme`` (the region's own)."""
        i = {"CN": 2, "HK": 3, "TW": 4}[scheme or p["region"]]
        return p["family"][i], [g[i] for g in p["given"]]

    def chars(self, p: dict, trad: bool | None = None) -> str:
        r = self.rnd
        trad = p["region"] != "CN" if trad is None else trad
        i = 1 if trad else 0
        name = p["family"][i] + "".join(g[i] for g in p["given"])
        if r.random() < 0.02 and len(p["given"]) > 1:  # a slip of the input method: a homophone
            g = r.choice(
                [x for x in GIVEN if x[2] == p["given"][-1][2] and x is not p["given"][-1]]
                or [r.choice(GIVEN)]
            )
            name = name[:-1] + g[i]
        return name

    def latin(self, p: dict, scheme: str | None = None) -> str:
        """The name in Latin letters as the region's systems write it."""
        r = self.rnd
        scheme = scheme or p["region"]
        fam, syl = self.roman(p, scheme)
        eng = p["english"]
        if scheme == "CN":
            given = "".join(syl)
            style = wpick(r, {"FAM Giv": 30, "Fam Giv": 25, "Giv Fam": 15, "FAMGIV": 10,
                              "FAM GIV": 12, "Fam Gi Ven": 8})  # fmt: skip
            if style == "FAM Giv":
                s = f"{fam.upper()} {given.capitalize()}"
            elif style == "Fam Giv":
                s = f"{fam} {given.capitalize()}"
            elif style == "Giv Fam":
                s = f"{given.capitalize()} {fam}"
            elif style == "FAMGIV":
                s = (fam + given).upper()
            elif style == "FAM GIV":
                s = f"{fam} {given}".upper()
            else:
                s = f"{fam} " + " ".join(x.capitalize() for x in syl)
        elif scheme == "HK":
            given = " ".join(x.capitalize() for x in syl)
            style = wpick(r, {"FAM Gi Ven": 35, "FAM GI VEN": 20, "Eng FAM Gi Ven": 15,
                              "FAM, Gi Ven Eng": 10, "FAM Gi-ven": 8, "Eng Fam": 12})  # fmt: skip
            if not eng and "Eng" in style:
                style = "FAM Gi Ven"
            if style == "FAM Gi Ven":
                s = f"{fam.upper()} {given}"
            elif style == "FAM GI VEN":
                s = f"{fam} {given}".upper()
            elif style == "Eng FAM Gi Ven":
                s = f"{eng} {fam.upper()} {given}"
            elif style == "FAM, Gi Ven Eng":
                s = f"{fam.upper()}, {given} {eng}"
            elif style == "FAM Gi-ven":
                s = f"{fam.upper()} " + "-".join(syl).capitalize()
            else:
                s = f"{eng} {fam}"
        else:
            given = "-".join(syl).title() if len(syl) > 1 else syl[0].capitalize()
            style = wpick(r, {"Fam Gi-Ven": 35, "FAM GI-VEN": 25, "Gi-Ven Fam": 15, "Eng Fam": 15,
                              "FAM, GI-VEN": 10})  # fmt: skip
            if style == "Eng Fam" and not eng:
                style = "Fam Gi-Ven"
            if style == "Fam Gi-Ven":
                s = f"{fam} {given}"
            elif style == "FAM GI-VEN":
                s = f"{fam} {given}".upper()
            elif style == "Gi-Ven Fam":
                s = f"{given} {fam}"
            elif style == "FAM, GI-VEN":
                s = f"{fam}, {given}".upper()
            else:
                s = f"{eng} {fam}"
        return self.typo(s, 0.03)

    # ------------------------------------------------------------ formats
    def phone(self, num: str | None, region: str, style: str) -> str | None:
        """A number of ``region`` as a system writes it: ``local``, ``intl`` or ``any``."""
        if num is None:
            return None
        r = self.rnd
        cc = {"CN": "86", "HK": "852", "TW": "886"}[region]
        if region == "CN":
            local = wpick(
                r,
                {
                    num: 70,
                    f"{num[:3]}-{num[3:7]}-{num[7:]}": 15,
                    f"{num[:3]} {num[3:7]} {num[7:]}": 15,
                },
            )
        elif region == "HK":
            local = wpick(r, {num: 60, f"{num[:4]} {num[4:]}": 30, f"{num[:4]}-{num[4:]}": 10})
        else:
            local = wpick(r, {"0" + num: 55, f"0{num[:3]}-{num[3:6]}-{num[6:]}": 30,
                              f"0{num[:3]} {num[3:]}": 15})  # fmt: skip
        intl = wpick(r, {f"+{cc}{num}": 35, f"+{cc} {local.lstrip('0')}": 30, f"00{cc}{num}": 15,
                         f"{cc}{num}": 10, f"({cc}) {local.lstrip('0')}": 10})  # fmt: skip
        if style == "local":
            return local
        if style == "intl":
            return intl
        return local if r.random() < 0.6 else intl

    def line_of(self, p: dict, k: int = 0) -> tuple[str | None, str]:
        """A person's k-th line and its region (or the line of whoever they share with)."""
        q = p if p["lines"] else p["shares"]
        if not q or not q["lines"]:
            return None, p["region"]
        num = q["lines"][min(k, len(q["lines"]) - 1)]
        return num, ("CN" if len(num) == 11 else "HK" if len(num) == 8 else "TW")

    def dob_str(self, d: dt.date, style: str) -> str:
        r = self.rnd
        if style == "cn":
            return wpick(r, {d.isoformat(): 45, d.strftime("%Y%m%d"): 20, f"{d.year}年{d.month}月{d.day}日": 20,
                             f"{d.year}/{d.month}/{d.day}": 15})  # fmt: skip
        if style == "hk":
            return wpick(r, {d.strftime("%d/%m/%Y"): 70, d.strftime("%d-%m-%Y"): 15,
                             d.strftime("%d %b %Y").upper(): 15})  # fmt: skip
        y = d.year - 1911
        return wpick(r, {f"{y}/{d.month:02d}/{d.day:02d}": 45, f"{y:03d}.{d.month:02d}.{d.day:02d}": 20,
                         f"民國{y}年{d.month}月{d.day}日": 15, d.strftime("%Y/%m/%d"): 20})  # fmt: skip

    def addr_cn(self, a: dict, english: bool = False) -> str:
        r = self.rnd
        if a["region"] == "CN":
            prov, city, city_en, prov_en, _, _, _, _ = a["city"]
            (dist, dist_en), (st, st_en) = a["district"], a["street"]
            if english:
                s = f"Room {a['room']}, Building {a['bldg']}, No. {a['no']} {st_en}, {dist_en}, {city_en}"
                return (
                    s
                    + (f", {prov_en}" if prov_en and r.random() < 0.6 else "")
                    + (", China" if r.random() < 0.3 else "")
                )
            head = (prov or "") if r.random() < 0.7 else ""
            tail = f"{a['bldg']}栋{a['room']}室" if r.random() < 0.7 else f"{a['bldg']}-{a['room']}"
            return f"{head}{city}{dist}{st}{a['no']}号{tail}"
        if a["region"] == "HK":
            dc, de, terr, _, _ = a["district"]
            if english:
                place = (
                    f"Block {a['block']}, {a['estate'][1]}"
                    if a["estate"]
                    else f"{a['no']} {a['street'][1]}"
                )
                return f"Flat {a['flat']}, {a['floor']}/F, {place}, {de}, {terr}"
            place = (
                f"{a['estate'][0]}{a['block']}座" if a["estate"] else f"{a['street'][0]}{a['no']}號"
            )
            return f"{r.choice(['香港', '', ''])}{dc}{place}{a['floor']}樓{a['flat']}室"
        city, city_en, _, _, _ = a["city"]
        (dc, de, post), (st, st_en), sec = a["district"], a["street"], a["sec"]
        if english:
            s = f"{a['floor']}F., No. {a['no']}, " + (f"Sec. {sec[1]}, " if sec else "")
            return (
                s
                + f"{st_en}, {de}, {city_en} {post}"
                + (", Taiwan (R.O.C.)" if r.random() < 0.3 else "")
            )
        if r.random() < 0.4:
            city = city.replace("臺", "台")
        s = f"{post if r.random() < 0.4 else ''}{city}{dc}{st}" + (f"{sec[0]}段" if sec else "")
        return s + f"{a['no']}號{a['floor']}樓"

    def add(self, system: str, p: dict, rec: dict) -> None:
        rec = {k: (v if v not in ("", None) else None) for k, v in rec.items()}
        self.rows.append({"system": system, "_pid": p["pid"], **rec})

    def email(self, p: dict, q: float) -> str | None:
        return p["emails"][0] if p["emails"] and self.rnd.random() < q else None

    # ------------------------------------------------------------ systems
    def core(self, p: dict, old: bool = False) -> None:
        r = self.rnd
        if p["region"] == "CN":
            kind = "居民身份证"
            idv = p["id15"] if old and p["dob"].year < 2000 and r.random() < 0.7 else p["id"]
            if idv[-1] == "X" and r.random() < 0.3:
                idv = idv[:-1] + "x"
            trad = False
        else:
            kind, idv = wpick(
                r,
                {
                    (
                        "港澳居民来往内地通行证"
                        if p["region"] == "HK"
                        else "台湾居民来往大陆通行证",
                        p["permit"],
                    ): 70,
                    ("护照", p["passport"]): 30 if p["passport"] else 0,
                },
            )
            trad = r.random() < 0.5
        if r.random() < 0.01:
            i = r.randrange(len(idv))
            idv = idv[:i] + str(r.randrange(10)) + idv[i + 1 :]
        num, reg = self.line_of(p, 1 if p["region"] == "HK" else 0)
        if old and r.random() < 0.3:
            num = None
        self.add("CORE", p, {
            "客户号": f"{r.randint(10**9, 10**10 - 1)}",
            "姓名": self.chars(p, trad),
            "证件类型": kind,
            "证件号码": idv,
            "性别": ("男" if p["sex"] == "M" else "女") if r.random() < 0.95 else None,
            "出生日期": self.dob_str(p["dob"], "cn") if r.random() < 0.95 else None,
            "手机号": self.phone(num, reg, "local" if reg == "CN" else "intl"),
            "联系地址": self.addr_cn(p["old_home"] if old and p["old_home"] else p["home"])
                        if r.random() < 0.9 else None,
            "电子邮箱": self.email(p, 0.4),
            "开户网点": r.choice(BRANCHES),
        })  # fmt: skip

    def hkcard(self, p: dict) -> None:
        r = self.rnd
        hk = p["region"] == "HK"
        when = self.date_between(max(2005, p["dob"].year + 18), 2025)
        num, reg = self.line_of(p, 0)
        home = p["old_home"] if p["old_home"] and when.year < 2018 else p["home"]
        lines = self.addr_cn(home, english=True).split(", ")
        if hk:
            hkid = p["id"]
            hkid = wpick(
                r, {f"{hkid[:-1]}({hkid[-1]})": 55, hkid: 35, f"{hkid[:-1]} {hkid[-1]}": 10}
            )
        else:
            hkid = None
        self.add("HKCARD", p, {
            "CARD_ACCT_NO": f"4{r.randint(10**14, 10**15 - 1)}",
            "CUST_NM": self.latin(p, "HK" if hk else p["region"]),
            "CHN_NM": self.chars(p, True) if r.random() < (0.5 if hk else 0.7) else None,
            "HKID": hkid,
            "PASSPORT_NO": p["passport"] if not hk else None,
            "DOB": self.dob_str(p["dob"], "hk") if r.random() < 0.97 else None,
            "SEX": p["sex"],
            "MOBILE_NO": self.phone(num, reg, "local" if reg == "HK" else "intl"),
            "HOME_TEL": (p["landline"][:4] + " " + p["landline"][4:]) if hk and p["landline"] and r.random() < 0.6 else None,
            "EMAIL_ADDR": self.email(p, 0.7),
            "ADDR_LINE_1": ", ".join(lines[:2]).upper(),
            "ADDR_LINE_2": ", ".join(lines[2:-1]).upper() or None,
            "ADDR_LINE_3": lines[-1].upper(),
        })  # fmt: skip

    def emall(self, p: dict) -> None:
        r = self.rnd
        num, reg = self.line_of(p, r.randrange(2))
        fam, syl = self.roman(p, "CN")
        nick = wpick(r, {f"{fam.lower()}{''.join(syl)}{r.randint(1, 99)}": 30, f"{''.join(syl)}_{r.randint(1980, 2010)}": 15,
                         r.choice(["小猫咪", "快乐的鱼", "阳光男孩", "momo", "tb_user", "jd_"]) + self.digits(4): 55})  # fmt: skip
        rn = r.random()
        real = self.chars(p) if rn < 0.65 else self.latin(p) if rn < 0.8 else None
        ali = wpick(r, {(num or "") if num else None: 50, (p["emails"][0] if p["emails"] else None): 30,
                        (f"{num[:3]}****{num[-4:]}" if num and len(num) == 11 else None): 20})  # fmt: skip
        # the last parcel's recipient: oneself mostly, a relative now and then
        rec = p
        others = [q for q in p["household"] if q is not p]
        if others and r.random() < 0.2:
            rec = r.choice(others)
        rnum, rreg = self.line_of(rec, 0)
        bd = p["dob"]
        self.add("EMALL", p, {
            "member_id": f"m{r.randint(10**9, 10**10 - 1)}",
            "nickname": nick,
            "real_name": real,
            "mobile": self.phone(num, reg, "any") if r.random() < 0.9 else None,
            "email": self.email(p, 0.5),
            "alipay_account": ali,
            "birthday": (bd.isoformat() if r.random() < 0.5 else bd.strftime("%m-%d")) if r.random() < 0.6 else None,
            "收货地址": self.addr_cn(p["home"], english=r.random() < 0.15) if r.random() < 0.85 else None,
            "收货人": self.chars(rec) if r.random() < 0.9 else self.latin(rec),
            "收货手机": self.phone(rnum, rreg, "local"),
        })  # fmt: skip

    def twtel(self, holder: dict, num: str) -> None:
        r = self.rnd
        self.add("TWTEL", holder, {
            "門號": self.phone(num, "TW", "local"),
            "用戶姓名": self.chars(holder, True),
            "英文姓名": self.latin(holder, "TW") if r.random() < 0.5 else None,
            "身分證字號": holder["id"] if r.random() < 0.95 else None,
            "出生日期": self.dob_str(holder["dob"], "tw") if r.random() < 0.9 else None,
            "帳單地址": self.addr_cn(holder["home"] if r.random() < 0.8 or not holder["old_home"]
                                     else holder["old_home"]),
            "電子郵件": self.email(holder, 0.6),
        })  # fmt: skip

    def cncrm(self, holder: dict, num: str) -> None:
        r = self.rnd
        idv = holder["id"]
        if holder["dob"].year < 1995 and r.random() < 0.1:
            idv = holder["id15"]
        self.add("CNCRM", holder, {
            "KHBH": f"KH{r.randint(10**8, 10**9 - 1)}",
            "KHXM": self.chars(holder) if r.random() < 0.8 else self.latin(holder).upper(),
            "ZJHM": idv if r.random() < 0.93 else None,
            "SJHM": ("86" + num) if r.random() < 0.3 else num,
            "CSRQ": holder["dob"].strftime("%Y%m%d") if r.random() < 0.7 else None,
            "LXDZ": self.addr_cn(holder["home"] if r.random() < 0.7 or not holder["old_home"]
                                 else holder["old_home"]) if r.random() < 0.8 else None,
            "DZYX": self.email(holder, 0.3),
        })  # fmt: skip

    def records(self) -> pd.DataFrame:
        r = self.rnd
        for p in self.persons:
            n0 = len(self.rows)
            age = (TODAY - p["dob"]).days / 365.25
            reg = p["region"]
            if age >= 18 and r.random() < {"CN": 0.85, "HK": 0.35, "TW": 0.25}[reg]:
                self.core(p)
                if r.random() < 0.2:
                    self.core(p, old=True)
            if age >= 18 and r.random() < {"CN": 0.15, "HK": 0.9, "TW": 0.2}[reg]:
                for _ in range(r.choices([1, 2, 3], [60, 30, 10])[0]):
                    self.hkcard(p)
            if age >= 16 and r.random() < (0.8 if age < 50 else 0.45):
                for _ in range(r.choices([1, 2, 3], [65, 25, 10])[0]):
                    self.emall(p)
            for num in p["lines"]:
                holder = p
                if r.random() < 0.12 and len(p["household"]) > 1:
                    holder = r.choice([q for q in p["household"] if q is not p])
                if len(num) == 9 and r.random() < 0.9:
                    self.twtel(holder, num)
                elif len(num) == 11 and holder["region"] == "CN" and r.random() < 0.8:
                    self.cncrm(holder, num)
            if len(self.rows) == n0:
                if reg == "HK" and age >= 18:
                    self.hkcard(p)
                elif age >= 16:
                    self.emall(p)
                else:
                    self.core(p)
        return self.shuffled("row_id", "R")


def china(persons: int = 4000, seed: int = 7) -> tuple[pd.DataFrame, pd.Series]:
    """The five systems' records in one frame (every value a string or None) and each one's person."""
    return China.frame(persons, seed, "row_id")
