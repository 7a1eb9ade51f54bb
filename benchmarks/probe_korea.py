"""A South Korean card company and telco group's customer file: a credit-card core system, a
mobile operator's subscriber file, a cross-border web shop and the group's points membership,
stacked in one file (a ``system`` column; a column of the same name in two systems is one
column).

* Card core (``CARD``), Korean column names: ``고객번호`` (10 digits), ``성명`` in Hangul
  (``김민준``, now and then ``김 민준``), ``영문성명`` as embossed (``KIM MINJUN``, ``KIM MIN
  JUN``, ``MINJUN KIM``: the passport's romanisation), ``주민등록번호`` masked (``900101-1******``,
  ``900101-1``, ``9001011******``, ``900101-*******``: the birth date and the sex digit, 3/4 for
  those born since 2000), ``생년월일`` (``1990.01.01``, ``19900101``; often empty), ``휴대폰번호``
  (``010-1234-5678``), ``자택전화`` (``02-123-4567``, ``031-1234-5678``, ``070-1234-5678``),
  ``우편번호`` (five digits since 2015; ``135-080`` on old accounts), ``주소`` (the road-name
  address, ``서울특별시 강남구 테헤란로 123``) and ``상세주소`` (``101동 1203호 (역삼동,
  래미안아파트)``), ``이메일``, ``직장명`` and ``직장전화`` (a switchboard ``02-2255-0114`` that
  colleagues share), ``카드구분`` (``본인`` / ``가족``: family cards name the spouse, a grown-up
  child or an old parent and carry the principal's ``본인고객번호``, address, landline and often
  mobile), a masked card number and the payment account (``110-***-456789``, the principal's on
  family cards), ``가입일``. Customers who left and came back have a second customer number
  with the old data.
* Mobile operator (``TELCO``), the English-abbreviation columns of Korean IT: ``CUST_NO``,
  ``CUST_NM``, ``BIRTH_DT`` (``19900101``), ``SEX_CD`` (``1``/``2`` or ``M``/``F``),
  ``MOBILE_NO`` (the line, ``01012345678``), ``HOME_TEL_NO``, ``ZIP_CD``, ``BASE_ADDR`` and
  ``DTL_ADDR`` (road-name or old lot-number form), ``EMAIL_ADDR``, ``JOIN_DT``, ``SVC_STAT``
  (``사용``/``정지``/``해지``), ``PLAN_NM``, ``FAM_BNDL_NO`` (a family bundle's number, the same
  on every line of the family), and for a minor's line the legal guardian's ``LGL_RPRS_NM`` and
  ``LGL_RPRS_TEL``. One row per line: a parent's line for a teenager, or a grown-up child's line
  for an old parent, is in the holder's name and birth date with the user's number; second lines
  (a tablet, a work phone); closed lines keep the old number, which the operator gives out again
  to someone else.
* Web shop (``SHOP``), cross-border shopping typed by the customers: ``member_id`` (a login),
  ``first_name`` / ``last_name`` in Latin letters as customs wants them (``Min-jun`` / ``Kim``,
  ``MINJUN`` / ``KIM``, ``Min Jun``, ``Gim``; family name in the first-name box, or the whole name
  there; romanisations Lee/Yi/Rhee/I, Park/Pak/Bak, Choi/Choe, Jung/Jeong/Chung, Kang/Gang,
  Yoon/Yun, Joon/Jun, Young/Yeong; English names ``Jenny``, ``Daniel``), ``name_kr`` (Hangul,
  when given), ``email``, ``phone`` (``010-1234-5678``, ``+82 10-1234-5678``, ``+821012345678``,
  ``82-10-1234-5678``), ``birthday``, ``zipcode``, ``address1`` (Hangul, or English:
  ``123, Teheran-ro, Gangnam-gu, Seoul``), ``address2``, ``pccc`` (the personal customs
  clearance code, ``P`` and 12 digits), ``receiver_name`` / ``receiver_phone`` (the last parcel's
  recipient: oneself, a spouse, a parent, a friend), ``signup_date``.
* Points membership (``MEMBERSHIP``), signed up at the group's stores by staff: ``MBR_NO``,
  ``MBR_NM`` (Hangul, staff's typos: ``민준``/``민쥰``, ``영``/``연``, ``애``/``에``), ``BRDT``
  (``1990-01-01``, ``900101``, ``90-01-01``, ``1990년 1월 1일``, ``1990. 1. 1.``) with
  ``SLR_LNR_CD`` (older people give their lunar birthday: ``음력``), ``SEX`` (``남``/``여``),
  ``HP_NO``, ``TEL_NO``, ``EMAIL``, ``ZIP``, ``ADDR`` (one line, old lot-number form
  ``서울 강남구 역삼동 123-45 래미안아파트 101-1203`` or road-name, the province abbreviated
  ``서울시``/``서울``/``경기``, or left out), ``GRADE``, ``JOIN_DT``, ``JOIN_STORE``; a child's
  membership has a parent's mobile.

What makes it hard: very concentrated family names (김 21 %, 이 15 %, 박 8 %) and given names
that follow the fashion of each decade (민준, 서연, 지훈, 영숙), so namesakes born in the same
year are common; siblings sharing a generation syllable (민준, 민서); wives keeping their own
family name, children taking the father's; romanised names in many spellings and orders (and
two-syllable family names 남궁, 선우, 황보); addresses in road-name and old lot-number form with
nothing in common but the province and district (``테헤란로 123`` against ``역삼동 823-1``),
apartment complexes where hundreds of households share a road address and only ``101동 1203호``
(``101-1203``) tells them apart; ``서구``, ``남구``, ``중앙로`` in several cities; provinces
renamed (``강원도`` → ``강원특별자치도``, ``전라북도`` → ``전북특별자치도``); households sharing
a landline, an address, a family bundle and sometimes an e-mail; lines held in a relative's
name; numbers given out again; moves every few years (renters' two-year leases) with old
addresses left in the systems that were not told; birth dates registered late (the resident
number's date differs) and lunar birthdays; e-mails typed on a Korean keyboard left in English
mode (``rlaalswns@naver.com`` for 김민준); colleagues sharing a switchboard; Vietnamese and
Chinese residents married into Korean families, their names in Latin capitals or in Hangul.
"""

from __future__ import annotations

import datetime as dt
import random

import pandas as pd

from draws import TODAY, Draws, wpick

# ---------------------------------------------------------------- family names
# (Hangul, {romanisation: weight} with the passport's usual first, weight per 1,000 persons)
SURNAMES = [
    ("김", {"Kim": 97, "Gim": 2, "Ghim": 1}, 215), ("이", {"Lee": 86, "Yi": 7, "Rhee": 3, "I": 2, "Rhie": 1, "Ri": 1}, 147),
    ("박", {"Park": 94, "Pak": 4, "Bak": 2}, 84), ("최", {"Choi": 92, "Choe": 8}, 47),
    ("정", {"Jung": 50, "Jeong": 35, "Chung": 15}, 43), ("강", {"Kang": 97, "Gang": 3}, 23),
    ("조", {"Cho": 80, "Jo": 20}, 21), ("윤", {"Yoon": 70, "Yun": 30}, 21), ("장", {"Jang": 70, "Chang": 30}, 20),
    ("임", {"Lim": 65, "Im": 30, "Rim": 5}, 17), ("한", {"Han": 1}, 15), ("오", {"Oh": 92, "O": 8}, 15),
    ("서", {"Seo": 80, "Suh": 20}, 15), ("신", {"Shin": 90, "Sin": 10}, 14), ("권", {"Kwon": 95, "Gwon": 5}, 14),
    ("황", {"Hwang": 1}, 14), ("안", {"Ahn": 70, "An": 30}, 13), ("송", {"Song": 1}, 13),
    ("전", {"Jeon": 60, "Jun": 25, "Chun": 15}, 11), ("홍", {"Hong": 1}, 11), ("유", {"Yoo": 55, "Yu": 40, "You": 5}, 10),
    ("고", {"Ko": 75, "Go": 25}, 9), ("문", {"Moon": 85, "Mun": 15}, 9), ("양", {"Yang": 1}, 9),
    ("손", {"Son": 80, "Sohn": 20}, 9), ("배", {"Bae": 95, "Pae": 5}, 8), ("백", {"Baek": 60, "Paik": 25, "Baik": 15}, 8),
    ("허", {"Heo": 55, "Huh": 40, "Hur": 5}, 6), ("남", {"Nam": 1}, 5), ("노", {"Noh": 55, "No": 25, "Roh": 20}, 5),
    ("하", {"Ha": 1}, 5), ("곽", {"Kwak": 90, "Gwak": 10}, 4), ("성", {"Sung": 70, "Seong": 30}, 4),
    ("차", {"Cha": 1}, 4), ("주", {"Joo": 60, "Ju": 40}, 4), ("우", {"Woo": 90, "U": 10}, 4),
    ("구", {"Koo": 70, "Ku": 20, "Gu": 10}, 4), ("민", {"Min": 1}, 3), ("류", {"Ryu": 60, "Yoo": 20, "Yu": 20}, 3),
    ("나", {"Na": 90, "Ra": 10}, 3), ("진", {"Jin": 1}, 3), ("지", {"Ji": 85, "Chi": 15}, 3),
    ("엄", {"Um": 50, "Eom": 50}, 3), ("채", {"Chae": 1}, 3), ("원", {"Won": 1}, 3),
    ("천", {"Cheon": 50, "Chun": 50}, 2), ("방", {"Bang": 1}, 2), ("공", {"Kong": 80, "Gong": 20}, 2),
    ("현", {"Hyun": 80, "Hyeon": 20}, 2), ("함", {"Ham": 1}, 2), ("변", {"Byun": 70, "Byeon": 30}, 2),
    ("염", {"Yeom": 60, "Yum": 40}, 2), ("여", {"Yeo": 80, "Yuh": 20}, 1), ("추", {"Choo": 60, "Chu": 40}, 1),
    ("도", {"Do": 80, "Doh": 20}, 1), ("석", {"Seok": 50, "Suk": 50}, 1), ("선", {"Sun": 60, "Seon": 40}, 1),
    ("설", {"Seol": 60, "Sul": 40}, 1), ("길", {"Gil": 60, "Kil": 40}, 1), ("연", {"Yeon": 60, "Youn": 40}, 1),
    ("표", {"Pyo": 1}, 1), ("명", {"Myung": 70, "Myeong": 30}, 1), ("기", {"Ki": 70, "Gi": 30}, 1),
    ("왕", {"Wang": 1}, 1), ("금", {"Keum": 60, "Geum": 40}, 1), ("옥", {"Ok": 1}, 1), ("육", {"Yuk": 1}, 1),
    ("남궁", {"Namgung": 70, "Namkung": 30}, 1), ("황보", {"Hwangbo": 1}, 1), ("선우", {"Sunwoo": 70, "Seonu": 30}, 1),
    ("제갈", {"Jegal": 1}, 1),
]  # fmt: skip

# ---------------------------------------------------------------- given names
# Hangul syllable -> {romanisation: weight}, the passport's most usual first
SYL = {
    "가": {"ga": 70, "ka": 30}, "건": {"geon": 50, "gun": 40, "kun": 10}, "경": {"kyung": 60, "gyeong": 30, "kyeong": 10},
    "광": {"kwang": 80, "gwang": 20}, "규": {"kyu": 70, "gyu": 30}, "기": {"ki": 60, "gi": 40}, "길": {"gil": 60, "kil": 40},
    "나": {"na": 1}, "남": {"nam": 1}, "다": {"da": 1}, "도": {"do": 90, "doh": 10}, "동": {"dong": 1},
    "란": {"ran": 70, "lan": 30}, "린": {"rin": 70, "lin": 30}, "말": {"mal": 1}, "명": {"myung": 60, "myeong": 40},
    "미": {"mi": 95, "mee": 5}, "민": {"min": 1}, "범": {"beom": 50, "bum": 50}, "보": {"bo": 1},
    "빈": {"bin": 1}, "상": {"sang": 1}, "서": {"seo": 80, "suh": 20}, "석": {"seok": 50, "suk": 50},
    "선": {"sun": 55, "seon": 45}, "성": {"sung": 65, "seong": 35}, "소": {"so": 1}, "수": {"su": 55, "soo": 45},
    "숙": {"sook": 55, "suk": 45}, "순": {"soon": 60, "sun": 40}, "승": {"seung": 1}, "시": {"si": 60, "shi": 40},
    "식": {"sik": 60, "shik": 40}, "아": {"a": 70, "ah": 30}, "연": {"yeon": 55, "yun": 25, "youn": 20},
    "영": {"young": 60, "yeong": 35, "yong": 5}, "예": {"ye": 85, "yea": 15}, "옥": {"ok": 1},
    "용": {"yong": 1}, "우": {"woo": 75, "u": 25}, "원": {"won": 1}, "유": {"yu": 55, "yoo": 45},
    "윤": {"yoon": 60, "yun": 40}, "율": {"yul": 1}, "은": {"eun": 95, "un": 5}, "자": {"ja": 80, "cha": 20},
    "재": {"jae": 1}, "정": {"jung": 55, "jeong": 40, "chung": 5}, "종": {"jong": 1}, "주": {"ju": 50, "joo": 50},
    "준": {"jun": 60, "joon": 40}, "지": {"ji": 90, "jee": 10}, "진": {"jin": 1}, "채": {"chae": 1},
    "철": {"chul": 70, "cheol": 30}, "춘": {"chun": 1}, "태": {"tae": 1}, "하": {"ha": 1}, "한": {"han": 1},
    "현": {"hyun": 65, "hyeon": 35}, "혜": {"hye": 80, "hae": 20}, "호": {"ho": 1}, "화": {"hwa": 1},
    "환": {"hwan": 1}, "훈": {"hoon": 55, "hun": 45}, "희": {"hee": 85, "hui": 10, "hi": 5}, "혁": {"hyuk": 70, "hyeok": 30},
    "인": {"in": 1}, "후": {"hu": 60, "hoo": 40}, "솔": {"sol": 1}, "결": {"gyeol": 60, "kyul": 40},
}  # fmt: skip
# (given name, weight) by sex and generation: born before 1965, 1965-89, 1990-
GIVEN = {
    ("M", 0): [("영수", 10), ("영호", 8), ("영철", 7), ("정수", 6), ("성수", 6), ("상철", 5), ("종수", 5),
               ("명수", 4), ("광수", 5), ("영식", 4), ("철수", 4), ("동수", 4), ("성호", 5), ("기철", 3),
               ("정호", 4), ("재호", 3), ("용호", 3), ("춘식", 2), ("길수", 2), ("종호", 3), ("상호", 4)],
    ("F", 0): [("영숙", 10), ("정숙", 8), ("영희", 8), ("순자", 7), ("영자", 7), ("정희", 6), ("명숙", 5),
               ("경숙", 5), ("춘자", 3), ("옥순", 4), ("미숙", 5), ("순희", 4), ("경자", 4), ("말순", 2),
               ("정자", 4), ("숙자", 3), ("영순", 4), ("희숙", 3), ("경희", 5), ("순옥", 2)],
    ("M", 1): [("지훈", 9), ("성민", 7), ("현우", 6), ("동현", 8), ("준호", 7), ("정훈", 7), ("성진", 6),
               ("상현", 5), ("민수", 6), ("재현", 6), ("성훈", 7), ("준영", 5), ("현준", 5), ("지성", 4),
               ("영진", 4), ("민호", 6), ("상우", 4), ("태현", 4), ("승현", 5), ("진호", 4), ("동욱", 3),
               ("재훈", 5), ("성호", 4), ("민석", 5), ("준혁", 3), ("상훈", 5)],
    ("F", 1): [("지영", 9), ("은정", 8), ("미영", 7), ("현정", 7), ("수진", 8), ("은영", 6), ("지현", 7),
               ("미경", 5), ("혜진", 7), ("정은", 6), ("유진", 5), ("선영", 5), ("지은", 7), ("민정", 6),
               ("은주", 5), ("수연", 5), ("민지", 4), ("혜정", 4), ("은희", 4), ("미정", 6), ("소영", 4)],
    ("M", 2): [("민준", 10), ("서준", 8), ("도윤", 7), ("예준", 6), ("시우", 6), ("하준", 7), ("주원", 5),
               ("지호", 6), ("지후", 5), ("준서", 6), ("준우", 5), ("현우", 6), ("건우", 6), ("우진", 5),
               ("선우", 4), ("민재", 5), ("현준", 5), ("연우", 4), ("유준", 4), ("정우", 5), ("승우", 5),
               ("승현", 4), ("민성", 4), ("지훈", 5), ("태윤", 3), ("은우", 4), ("시윤", 4)],
    ("F", 2): [("서연", 10), ("서윤", 8), ("지우", 7), ("서현", 7), ("민서", 7), ("하은", 7), ("하윤", 6),
               ("윤서", 6), ("지유", 5), ("지민", 6), ("채원", 5), ("수빈", 6), ("지아", 5), ("다은", 5),
               ("은서", 5), ("예은", 5), ("수아", 4), ("예린", 4), ("소윤", 4), ("유진", 5), ("지원", 5),
               ("하린", 4), ("가은", 4), ("채은", 4)],
}  # fmt: skip
# one-syllable given names (a few in each generation)
GIVEN_ONE = {
    "M": ["솔", "혁", "훈", "진", "결", "율", "건"],
    "F": ["솔", "진", "린", "란", "은", "아"],
}
# syllables a family's children share (돌림자), and second syllables to go with them
GEN_SYL = {"M": ["민", "성", "재", "현", "지", "준"], "F": ["민", "서", "지", "수", "예", "은"]}
GEN_SECOND = {"M": ["준", "재", "우", "호", "성", "혁", "석", "기", "훈", "수"],
              "F": ["서", "지", "아", "영", "주", "희", "연", "은", "진", "정"]}  # fmt: skip
ENGLISH_NAMES = {"M": ["Daniel", "David", "Chris", "Andrew", "Kevin", "Brian", "Sam", "Eric", "Jason"],
                 "F": ["Jenny", "Grace", "Sophia", "Amy", "Julie", "Christine", "Rachel", "Hannah", "Sarah"]}  # fmt: skip

# Vietnamese and Chinese residents married into Korean families: (Latin, Hangul) family and given
VN_FAM = [("NGUYEN", "응우옌"), ("TRAN", "쩐"), ("LE", "레"), ("PHAM", "팜")]
VN_GIV = [
    ("THI LAN", "티란"),
    ("THI HUONG", "티흐엉"),
    ("THI MAI", "티마이"),
    ("NGOC ANH", "응옥안"),
]
CN_FAM = [("WANG", "왕"), ("LI", "리"), ("ZHANG", "장"), ("LIU", "류")]
CN_GIV = [("JING", "징"), ("LI NA", "리나"), ("XIAO HONG", "샤오훙"), ("FANG", "팡")]

# ---------------------------------------------------------------- places
# province: (official name, {as written: weight}, romanised)
SIDO = {
    "서울": ("서울특별시", {"서울특별시": 55, "서울시": 15, "서울": 30}, "Seoul"),
    "부산": ("부산광역시", {"부산광역시": 55, "부산시": 15, "부산": 30}, "Busan"),
    "대구": ("대구광역시", {"대구광역시": 55, "대구시": 15, "대구": 30}, "Daegu"),
    "인천": ("인천광역시", {"인천광역시": 55, "인천시": 15, "인천": 30}, "Incheon"),
    "광주": ("광주광역시", {"광주광역시": 55, "광주시": 10, "광주": 35}, "Gwangju"),
    "대전": ("대전광역시", {"대전광역시": 55, "대전시": 15, "대전": 30}, "Daejeon"),
    "울산": ("울산광역시", {"울산광역시": 55, "울산시": 15, "울산": 30}, "Ulsan"),
    "경기": ("경기도", {"경기도": 70, "경기": 30}, "Gyeonggi-do"),
    "강원": ("강원특별자치도", {"강원특별자치도": 40, "강원도": 45, "강원": 15}, "Gangwon-do"),
    "충북": ("충청북도", {"충청북도": 65, "충북": 35}, "Chungcheongbuk-do"),
    "충남": ("충청남도", {"충청남도": 65, "충남": 35}, "Chungcheongnam-do"),
    "전북": ("전북특별자치도", {"전북특별자치도": 30, "전라북도": 55, "전북": 15}, "Jeollabuk-do"),
    "전남": ("전라남도", {"전라남도": 65, "전남": 35}, "Jeollanam-do"),
    "경북": ("경상북도", {"경상북도": 65, "경북": 35}, "Gyeongsangbuk-do"),
    "경남": ("경상남도", {"경상남도": 65, "경남": 35}, "Gyeongsangnam-do"),
    "제주": ("제주특별자치도", {"제주특별자치도": 55, "제주도": 35, "제주": 10}, "Jeju-do"),
}
# (province, city and district, romanised, area code, five-digit postcode's first three digits
#  (a range), the old six-digit code's first three, [(road, romanised, legal dong, romanised)],
#  weight as a home)
DISTRICTS = [
    ("서울", "강남구", "Gangnam-gu", "02", (60, 63), "135", [("테헤란로", "Teheran-ro", "역삼동", "Yeoksam-dong"), ("도산대로", "Dosan-daero", "신사동", "Sinsa-dong"), ("선릉로", "Seolleung-ro", "대치동", "Daechi-dong"), ("압구정로", "Apgujeong-ro", "압구정동", "Apgujeong-dong")], 6),
    ("서울", "서초구", "Seocho-gu", "02", (65, 68), "137", [("반포대로", "Banpo-daero", "서초동", "Seocho-dong"), ("신반포로", "Sinbanpo-ro", "반포동", "Banpo-dong")], 4),
    ("서울", "송파구", "Songpa-gu", "02", (55, 58), "138", [("올림픽로", "Olympic-ro", "잠실동", "Jamsil-dong"), ("송파대로", "Songpa-daero", "가락동", "Garak-dong"), ("위례성대로", "Wiryeseong-daero", "방이동", "Bangi-dong")], 6),
    ("서울", "마포구", "Mapo-gu", "02", (39, 41), "121", [("월드컵로", "World Cup-ro", "망원동", "Mangwon-dong"), ("양화로", "Yanghwa-ro", "서교동", "Seogyo-dong"), ("마포대로", "Mapo-daero", "공덕동", "Gongdeok-dong")], 4),
    ("서울", "노원구", "Nowon-gu", "02", (16, 19), "139", [("동일로", "Dongil-ro", "상계동", "Sanggye-dong"), ("노원로", "Nowon-ro", "중계동", "Junggye-dong"), ("한글비석로", "Hangeulbiseok-ro", "하계동", "Hagye-dong")], 5),
    ("서울", "관악구", "Gwanak-gu", "02", (87, 88), "151", [("관악로", "Gwanak-ro", "봉천동", "Bongcheon-dong"), ("남부순환로", "Nambusunhwan-ro", "신림동", "Sillim-dong")], 5),
    ("서울", "강서구", "Gangseo-gu", "02", (77, 78), "157", [("공항대로", "Gonghang-daero", "마곡동", "Magok-dong"), ("화곡로", "Hwagok-ro", "화곡동", "Hwagok-dong")], 5),
    ("서울", "은평구", "Eunpyeong-gu", "02", (34, 35), "122", [("통일로", "Tongil-ro", "불광동", "Bulgwang-dong"), ("진관2로", "Jingwan 2-ro", "진관동", "Jingwan-dong")], 4),
    ("서울", "영등포구", "Yeongdeungpo-gu", "02", (72, 74), "150", [("여의대로", "Yeoui-daero", "여의도동", "Yeouido-dong"), ("영등포로", "Yeongdeungpo-ro", "당산동", "Dangsan-dong")], 3),
    ("서울", "성북구", "Seongbuk-gu", "02", (27, 28), "136", [("보문로", "Bomun-ro", "보문동", "Bomun-dong"), ("동소문로", "Dongsomun-ro", "길음동", "Gireum-dong")], 4),
    ("서울", "강동구", "Gangdong-gu", "02", (52, 54), "134", [("천호대로", "Cheonho-daero", "천호동", "Cheonho-dong"), ("고덕로", "Godeok-ro", "고덕동", "Godeok-dong")], 4),
    ("서울", "양천구", "Yangcheon-gu", "02", (79, 80), "158", [("목동동로", "Mokdongdong-ro", "목동", "Mok-dong"), ("신정로", "Sinjeong-ro", "신정동", "Sinjeong-dong")], 4),
    ("부산", "해운대구", "Haeundae-gu", "051", (480, 481), "612", [("해운대로", "Haeundae-ro", "우동", "U-dong"), ("센텀중앙로", "Centum jungang-ro", "재송동", "Jaesong-dong"), ("좌동순환로", "Jwadongsunhwan-ro", "좌동", "Jwa-dong")], 4),
    ("부산", "부산진구", "Busanjin-gu", "051", (470, 472), "614", [("중앙대로", "Jungang-daero", "부전동", "Bujeon-dong"), ("가야대로", "Gaya-daero", "가야동", "Gaya-dong")], 3),
    ("부산", "사하구", "Saha-gu", "051", (492, 494), "604", [("낙동대로", "Nakdong-daero", "하단동", "Hadan-dong")], 3),
    ("부산", "서구", "Seo-gu", "051", (491, 492), "602", [("구덕로", "Gudeok-ro", "토성동", "Toseong-dong")], 1),
    ("대구", "수성구", "Suseong-gu", "053", (420, 422), "706", [("달구벌대로", "Dalgubeol-daero", "범어동", "Beomeo-dong"), ("동대구로", "Dongdaegu-ro", "황금동", "Hwanggeum-dong")], 3),
    ("대구", "달서구", "Dalseo-gu", "053", (426, 428), "704", [("월배로", "Wolbae-ro", "상인동", "Sangin-dong"), ("달서대로", "Dalseo-daero", "이곡동", "Igok-dong")], 3),
    ("대구", "서구", "Seo-gu", "053", (417, 418), "703", [("국채보상로", "Gukchaebosang-ro", "평리동", "Pyeongni-dong")], 1),
    ("인천", "연수구", "Yeonsu-gu", "032", (219, 220), "406", [("컨벤시아대로", "Convensia-daero", "송도동", "Songdo-dong"), ("청능대로", "Cheongneung-daero", "동춘동", "Dongchun-dong")], 3),
    ("인천", "남동구", "Namdong-gu", "032", (215, 217), "405", [("인주대로", "Inju-daero", "구월동", "Guwol-dong")], 3),
    ("인천", "부평구", "Bupyeong-gu", "032", (213, 214), "403", [("부평대로", "Bupyeong-daero", "부평동", "Bupyeong-dong")], 3),
    ("인천", "서구", "Seo-gu", "032", (227, 228), "404", [("청라대로", "Cheongna-daero", "청라동", "Cheongna-dong")], 2),
    ("광주", "서구", "Seo-gu", "062", (619, 620), "502", [("상무대로", "Sangmu-daero", "치평동", "Chipyeong-dong")], 2),
    ("광주", "광산구", "Gwangsan-gu", "062", (622, 623), "506", [("첨단중앙로", "Cheomdanjungang-ro", "쌍암동", "Ssangam-dong")], 2),
    ("대전", "서구", "Seo-gu", "042", (352, 353), "302", [("둔산로", "Dunsan-ro", "둔산동", "Dunsan-dong")], 2),
    ("대전", "유성구", "Yuseong-gu", "042", (341, 342), "305", [("대학로", "Daehak-ro", "궁동", "Gung-dong"), ("엑스포로", "Expo-ro", "도룡동", "Doryong-dong")], 2),
    ("울산", "남구", "Nam-gu", "052", (446, 447), "680", [("삼산로", "Samsan-ro", "삼산동", "Samsan-dong")], 2),
    ("경기", "수원시 영통구", "Yeongtong-gu, Suwon-si", "031", (166, 167), "443", [("광교중앙로", "Gwanggyojungang-ro", "이의동", "Iui-dong"), ("매영로", "Maeyeong-ro", "영통동", "Yeongtong-dong")], 5),
    ("경기", "성남시 분당구", "Bundang-gu, Seongnam-si", "031", (134, 136), "463", [("판교역로", "Pangyoyeok-ro", "백현동", "Baekhyeon-dong"), ("정자일로", "Jeongjail-ro", "정자동", "Jeongja-dong"), ("미금일로", "Migeumil-ro", "구미동", "Gumi-dong")], 5),
    ("경기", "고양시 일산동구", "Ilsandong-gu, Goyang-si", "031", (103, 104), "410", [("중앙로", "Jungang-ro", "장항동", "Janghang-dong"), ("호수로", "Hosu-ro", "마두동", "Madu-dong")], 4),
    ("경기", "용인시 수지구", "Suji-gu, Yongin-si", "031", (168, 169), "448", [("포은대로", "Poeun-daero", "풍덕천동", "Pungdeokcheon-dong"), ("수지로", "Suji-ro", "죽전동", "Jukjeon-dong")], 4),
    ("경기", "부천시", "Bucheon-si", "032", (145, 147), "420", [("길주로", "Gilju-ro", "중동", "Jung-dong"), ("소사로", "Sosa-ro", "심곡본동", "Simgokbon-dong")], 4),
    ("경기", "화성시", "Hwaseong-si", "031", (184, 185), "445", [("동탄대로", "Dongtan-daero", "청계동", "Cheonggye-dong"), ("동탄순환대로", "Dongtansunhwan-daero", "반송동", "Bansong-dong")], 4),
    ("경기", "안양시 동안구", "Dongan-gu, Anyang-si", "031", (140, 141), "431", [("평촌대로", "Pyeongchon-daero", "호계동", "Hogye-dong"), ("시민대로", "Simin-daero", "관양동", "Gwanyang-dong")], 3),
    ("경기", "남양주시", "Namyangju-si", "031", (121, 122), "472", [("다산중앙로", "Dasanjungang-ro", "다산동", "Dasan-dong")], 3),
    ("경기", "김포시", "Gimpo-si", "031", (100, 101), "415", [("김포한강1로", "Gimpohangang 1-ro", "장기동", "Janggi-dong")], 2),
    ("강원", "춘천시", "Chuncheon-si", "033", (243, 244), "200", [("중앙로", "Jungang-ro", "조양동", "Joyang-dong")], 1),
    ("강원", "원주시", "Wonju-si", "033", (263, 264), "220", [("원일로", "Wonil-ro", "일산동", "Ilsan-dong")], 1),
    ("충북", "청주시 흥덕구", "Heungdeok-gu, Cheongju-si", "043", (285, 286), "361", [("직지대로", "Jikji-daero", "복대동", "Bokdae-dong")], 2),
    ("충남", "천안시 서북구", "Seobuk-gu, Cheonan-si", "041", (310, 311), "331", [("불당대로", "Buldang-daero", "불당동", "Buldang-dong")], 2),
    ("전북", "전주시 완산구", "Wansan-gu, Jeonju-si", "063", (549, 550), "560", [("효자로", "Hyoja-ro", "효자동", "Hyoja-dong")], 2),
    ("전남", "순천시", "Suncheon-si", "061", (579, 580), "540", [("중앙로", "Jungang-ro", "장천동", "Jangcheon-dong")], 1),
    ("경북", "포항시 남구", "Nam-gu, Pohang-si", "054", (377, 378), "790", [("포스코대로", "POSCO-daero", "대도동", "Daedo-dong")], 2),
    ("경북", "구미시", "Gumi-si", "054", (392, 393), "730", [("송정대로", "Songjeong-daero", "송정동", "Songjeong-dong")], 1),
    ("경남", "창원시 성산구", "Seongsan-gu, Changwon-si", "055", (514, 515), "642", [("중앙대로", "Jungang-daero", "용호동", "Yongho-dong")], 2),
    ("경남", "김해시", "Gimhae-si", "055", (509, 510), "621", [("김해대로", "Gimhae-daero", "내동", "Nae-dong")], 2),
    ("제주", "제주시", "Jeju-si", "064", (631, 632), "690", [("노연로", "Noyeon-ro", "연동", "Yeon-dong")], 1),
]  # fmt: skip
# apartment brands (Hangul, romanised); a complex is a brand, with a place before it or a number
APT_BRANDS = [("래미안", "Raemian"), ("자이", "Xi"), ("힐스테이트", "Hillstate"), ("e편한세상", "e-Pyeonhansesang"),
    ("푸르지오", "Prugio"), ("아이파크", "I-Park"), ("더샵", "The Sharp"), ("롯데캐슬", "Lotte Castle"),
    ("현대아파트", "Hyundai Apt"), ("주공아파트", "Jugong Apt"), ("삼성아파트", "Samsung Apt"), ("한신아파트", "Hanshin Apt"),
    ("우성아파트", "Woosung Apt"), ("벽산아파트", "Byucksan Apt"), ("쌍용아파트", "Ssangyong Apt"), ("대림아파트", "Daelim Apt")]  # fmt: skip
VILLA_WORDS = ["해피", "그린", "하이츠", "한빛", "청솔", "드림", "로얄", "미소", "은하", "썬"]

# ---------------------------------------------------------------- contacts, work, products
MAIL_DOMAINS = {"naver.com": 45, "gmail.com": 20, "hanmail.net": 9, "daum.net": 6, "nate.com": 8,
    "kakao.com": 5, "hotmail.com": 3, "yahoo.co.kr": 2, "korea.com": 1, "empas.com": 1}  # fmt: skip
MAIL_WORDS = ["sky", "happy", "love", "star", "blue", "angel", "dream", "sun", "moon", "tiger", "pink",
    "smile", "lucky", "cool", "good", "nice", "ssong", "bbo"]  # fmt: skip
EMPLOYERS = [("삼성전자", "031-200-1114"), ("현대자동차", "02-3464-1114"), ("LG전자", "02-3777-1114"),
    ("SK하이닉스", "031-630-4114"), ("국민은행", "02-2073-7114"), ("신한은행", "02-2151-2114"),
    ("서울대학교병원", "02-2072-2114"), ("강남구청", "02-3423-5114"), ("포스코", "054-220-0114"),
    ("한국전력공사", "061-345-3114"), ("롯데쇼핑", "02-771-2500"), ("CJ제일제당", "02-6740-1114"),
    ("네이버", "031-784-2560"), ("카카오", "02-6718-0114"), ("쿠팡", "02-1577-7011"),
    ("부산대학교", "051-510-1114"), ("경기도청", "031-8008-2114"), ("대한항공", "02-2656-7114"),
    ("KT", "031-727-0114"), ("현대중공업", "052-202-2114"), ("이마트", "02-380-5678"),
    ("한화솔루션", "02-729-2114"), ("GS칼텍스", "02-2005-1114"), ("아산병원", "02-3010-3114")]  # fmt: skip
BANK_PREFIX = {"신한": "110", "국민": "940", "우리": "1002", "하나": "620", "농협": "302", "기업": "010",
               "카카오뱅크": "3333", "토스뱅크": "1000"}  # fmt: skip
CARD_BINS = ["941012", "943150", "457973", "540926", "625804", "404825", "552576"]
PLANS = ["5G 프리미엄", "5G 스탠다드", "5G 슬림", "LTE 데이터ON", "LTE 베이직", "청소년 요금제",
         "시니어 요금제", "태블릿 데이터쉐어링", "알뜰 요금제"]  # fmt: skip
STORES = ["강남점", "잠실점", "명동본점", "부산센텀점", "대구점", "인천점", "분당점", "일산점", "수원점",
          "광주점", "대전점", "창원점", "온라인", "앱"]  # fmt: skip
GRADES = ["WELCOME", "FAMILY", "SILVER", "GOLD", "VIP", "VVIP"]

# ---------------------------------------------------------------- Hangul
_V_SWAP = {1: [5], 5: [1], 4: [6], 6: [4], 8: [12, 4], 12: [8], 13: [17, 18], 17: [13], 18: [13],
           19: [20], 20: [19], 11: [10, 15], 10: [11, 15], 15: [11, 10], 0: [4]}  # fmt: skip
_T_SWAP = {4: [21], 21: [4], 0: [4], 8: [0]}
# the two-set Korean keyboard: a jamo's key on a Latin keyboard
_KEY_L = ["r", "R", "s", "e", "E", "f", "a", "q", "Q", "t", "T", "d", "w", "W", "c", "z", "x", "v", "g"]  # fmt: skip
_KEY_V = ["k", "o", "i", "O", "j", "p", "u", "P", "h", "hk", "ho", "hl", "y", "n", "nj", "np", "nl",
          "b", "m", "ml", "l"]  # fmt: skip
_KEY_T = ["", "r", "R", "rt", "s", "sw", "sg", "e", "f", "fr", "fa", "fq", "ft", "fx", "fv", "fg",
          "a", "q", "qt", "t", "T", "d", "w", "c", "z", "x", "v", "g"]  # fmt: skip


def jamo(c: str) -> tuple[int, int, int] | None:
    """A Hangul syllable's initial, vowel and final (indices), or None."""
    o = ord(c) - 0xAC00
    if not 0 <= o < 11172:
        return None
    return o // 588, (o % 588) // 28, o % 28


def syllable(lead: int, vowel: int, tail: int) -> str:
    return chr(0xAC00 + lead * 588 + vowel * 28 + tail)


def english_mode(s: str) -> str:
    """Hangul typed with the keyboard in Latin mode: 김민준 -> ``rlaalswns``."""
    out = []
    for c in s:
        j = jamo(c)
        if j:
            out.append(_KEY_L[j[0]] + _KEY_V[j[1]] + _KEY_T[j[2]])
    return "".join(out).lower()


class Korea(Draws):
    SLIP_LETTERS = "aeiounghy"

    def __init__(self, persons: int, seed: int):
        self.n = persons
        self.rnd = random.Random(seed)
        self.used: set[str] = set()
        self.persons: list[dict] = []
        self.households: list[dict] = []
        self.rows: list[dict] = []
        self.complexes: dict[int, list[dict]] = {}
        self.old_numbers: list[str] = []  # numbers given up, which the operator gives out again

    # ------------------------------------------------------------ basic draws
    def mobile(self) -> str:
        r = self.rnd
        if self.old_numbers and r.random() < 0.04:  # a recycled number
            return self.old_numbers.pop(r.randrange(len(self.old_numbers)))
        return self.unique(lambda: "010" + str(r.randint(2, 9)) + self.digits(7))

    def landline(self, area: str) -> str:
        r = self.rnd
        if r.random() < 0.15:  # an internet phone
            return self.unique(lambda: "070" + str(r.randint(4, 8)) + self.digits(7))
        n = 7 if area != "02" and r.random() < 0.3 else 8
        return self.unique(lambda: area + str(r.randint(2, 9)) + self.digits(n - 1))

    def date_between(self, y0: int, y1: int) -> dt.date:
        y0, y1 = min(y0, y1), max(y0, y1)
        start = dt.date(y0, 1, 1)
        end = min(dt.date(y1, 12, 31), TODAY - dt.timedelta(days=1))
        return start + dt.timedelta(days=self.rnd.randrange(max(1, (end - start).days)))

    def surname(self) -> tuple:
        return self.rnd.choices(SURNAMES, [s[2] for s in SURNAMES])[0]

    def given(self, sex: str, year: int, gen_syl: str | None = None) -> str:
        r = self.rnd
        if gen_syl:
            return gen_syl + r.choice([s for s in GEN_SECOND[sex] if s != gen_syl])
        if r.random() < 0.03:
            return r.choice(GIVEN_ONE[sex])
        g = 0 if year < 1965 else (1 if year < 1990 else 2)
        return wpick(r, GIVEN[(sex, g)])

    def romanise_given(self, gn: str, style: str | None = None, strict: bool = False) -> str:
        """A given name in Latin letters: ``Min-jun``, ``Minjun``, ``Min Jun``, ``Min-Jun``."""
        r = self.rnd
        parts = []
        for c in gn:
            opts = SYL.get(c, {"x": 1})
            parts.append(next(iter(opts)) if strict else wpick(r, opts))
        if len(parts) == 1:
            return parts[0].capitalize()
        style = style or wpick(r, {"hyphen": 35, "joined": 40, "split": 15, "hyphen_cap": 10})
        if style == "hyphen":
            return parts[0].capitalize() + "-" + "".join(parts[1:])
        if style == "hyphen_cap":
            return "-".join(p.capitalize() for p in parts)
        if style == "split":
            return " ".join(p.capitalize() for p in parts)
        return "".join(parts).capitalize()

    # ------------------------------------------------------------ places
    def district(self, near: tuple | None = None) -> tuple:
        r = self.rnd
        if near is not None and r.random() < 0.6:
            pool = [d for d in DISTRICTS if d[0] == near[0]]
        else:
            pool = DISTRICTS
        return r.choices(pool, [d[7] for d in pool])[0]

    def home(self, near: tuple | None = None) -> dict:
        """A home: an apartment in a complex (shared with other households), a villa or a house."""
        r = self.rnd
        d = self.district(near)
        di = DISTRICTS.index(d)
        kind = wpick(r, {"apt": 60, "villa": 25, "house": 15})
        if kind == "apt":
            cs = self.complexes.setdefault(di, [])
            if cs and r.random() < 0.5:
                cx = r.choice(cs)
            else:
                road = r.choice(d[6])
                brand = r.choice(APT_BRANDS)
                place = road[2][:-1] if r.random() < 0.4 else ""
                if brand[0].endswith("아파트") and r.random() < 0.5:
                    name = brand[0][:-3] + f"{r.randint(1, 9)}단지"
                else:
                    name = place + brand[0]
                cx = dict(
                    road=road,
                    bno=str(r.randint(10, 450)),
                    jibeon=f"{r.randint(1, 1500)}"
                    + (f"-{r.randint(1, 30)}" if r.random() < 0.4 else ""),
                    name=name,
                    name_rom=brand[1],
                    zip5=self.zip5(d),
                    zip6=self.zip6(d),
                    dongs=r.randint(2, 15),
                    floors=r.randint(12, 35),
                )
                cs.append(cx)
            unit = f"{100 + r.randint(1, cx['dongs'])}동 {r.randint(1, cx['floors'])}{r.randint(1, 6):02d}호"
            return dict(d=d, kind="apt", road=cx["road"], bno=cx["bno"], jibeon=cx["jibeon"],
                        bldg=cx["name"], bldg_rom=cx["name_rom"], unit=unit, zip5=cx["zip5"],
                        zip6=cx["zip6"])  # fmt: skip
        road = r.choice(d[6])
        sub_road = f"{r.randint(1, 40)}길" if r.random() < 0.6 else ""
        bno = str(r.randint(1, 300)) + (f"-{r.randint(1, 20)}" if r.random() < 0.25 else "")
        jib = f"{r.randint(1, 1500)}-{r.randint(1, 90)}"
        if kind == "villa":
            bldg = r.choice(VILLA_WORDS) + r.choice(["빌라", "빌", "맨션", "하우스"])
            unit = wpick(
                r, {f"{r.randint(1, 5)}0{r.randint(1, 4)}호": 85, f"B0{r.randint(1, 2)}호": 15}
            )
        else:
            bldg, unit = None, ""
        road = (
            road[0] + sub_road,
            f"{road[1]} {sub_road[:-1]}-gil" if sub_road else road[1],
            road[2],
            road[3],
        )
        return dict(d=d, kind=kind, road=road,
                    bno=bno, jibeon=jib, bldg=bldg, bldg_rom=None, unit=unit, zip5=self.zip5(d),
                    zip6=self.zip6(d))  # fmt: skip

    def zip5(self, d: tuple) -> str:
        lo, hi = d[4]
        return f"{self.rnd.randint(lo, hi):03d}{self.rnd.randrange(100):02d}"

    def zip6(self, d: tuple) -> str:
        return f"{d[5]}-{self.rnd.randint(700, 899) if d[0] == '서울' else self.rnd.randint(10, 999):03d}"

    def sido_str(self, d: tuple, style: str = "any") -> str:
        off, variants, _ = SIDO[d[0]]
        if style == "official":
            return off
        return wpick(self.rnd, variants)

    def unit_str(self, a: dict, style: str) -> str:
        u = a["unit"]
        if not u:
            return ""
        if a["kind"] == "apt":
            dong, ho = u.split(" ")
            if style == "short":
                return f"{dong[:-1]}-{ho[:-1]}"
            if style == "tight":
                return dong + ho
        return u

    def road_addr(
        self,
        a: dict,
        sido: str = "any",
        with_unit: bool = True,
        ref: bool = True,
        unit_style: str = "full",
    ) -> tuple[str, str]:
        """A road-name address: the base (``서울특별시 강남구 테헤란로 123``) and the detail
        (``101동 1203호 (역삼동, 래미안아파트)``)."""
        d = a["d"]
        base = f"{self.sido_str(d, sido)} {d[1]} {a['road'][0]} {a['bno']}"
        detail = self.unit_str(a, unit_style) if with_unit else ""
        if ref:
            inside = a["road"][2] + (f", {a['bldg']}" if a["bldg"] and a["kind"] == "apt" else "")
            detail = (detail + " " if detail else "") + f"({inside})"
        return base, detail

    def lot_addr(self, a: dict, sido: str = "any", unit_style: str = "full") -> tuple[str, str]:
        """An old lot-number address: ``서울 강남구 역삼동 823-1`` and ``래미안아파트 101동 1203호``."""
        d = a["d"]
        r = self.rnd
        lead = "" if sido == "none" else self.sido_str(d, sido) + " "
        base = f"{lead}{d[1]} {a['road'][2]} {a['jibeon']}" + ("번지" if r.random() < 0.15 else "")
        detail = self.unit_str(a, unit_style)
        if a["bldg"]:
            b = (
                a["bldg"]
                if a["bldg"].endswith(("아파트", "단지")) or a["kind"] != "apt"
                else a["bldg"] + "아파트"
            )
            detail = f"{b} {detail}".strip() if r.random() < 0.8 else detail
        return base, detail

    def english_addr(self, a: dict) -> tuple[str, str]:
        d = a["d"]
        unit = ""
        if a["unit"]:
            if a["kind"] == "apt":
                dong, ho = a["unit"].split(" ")
                unit = f"{ho[:-1]}-ho, {dong[:-1]}-dong"
            else:
                unit = f"{a['unit'][:-1]}-ho"
        base = f"{a['bno']}, {a['road'][1]}, {d[2]}, {SIDO[d[0]][2]}"
        return base, unit

    # ------------------------------------------------------------ population
    def person(
        self, hh: dict, sex: str, dob: dt.date, sn: tuple, gn: str | None = None, **kw
    ) -> dict:
        r = self.rnd
        gn = gn or self.given(sex, dob.year)
        p = dict(pid=f"P{len(self.persons):05d}", hh=hh, sex=sex, dob=dob, sn=sn, gn=gn,
                 sn_rom=next(iter(sn[1])) if r.random() < 0.85 else wpick(r, sn[1]),
                 foreign=None, mobiles=[], old_mobile=None, emails=[], held_by=None, **kw)  # fmt: skip
        p["gn_rom"] = self.romanise_given(gn)
        p["eng"] = r.choice(ENGLISH_NAMES[sex]) if dob.year >= 1975 and r.random() < 0.05 else None
        # the birth date on the resident number: registered late for some born before 1970
        p["reg_dob"] = dob
        if dob.year < 1970 and r.random() < 0.12:
            p["reg_dob"] = dob + dt.timedelta(days=r.choice([r.randint(30, 300), 365, 365, 730]))
        p["lunar"] = dob.year < 1975 and r.random() < 0.3
        p["rrn_tail"] = str((1 if sex == "M" else 2) + (2 if p["reg_dob"].year >= 2000 else 0))
        hh["members"].append(p)
        self.persons.append(p)
        return p

    def foreign_spouse(self, hh: dict, dob: dt.date) -> dict:
        r = self.rnd
        if r.random() < 0.6:
            fam, giv = r.choice(VN_FAM), r.choice(VN_GIV)
        else:
            fam, giv = r.choice(CN_FAM), r.choice(CN_GIV)
        p = self.person(hh, "F", dob, (fam[1], {fam[0].capitalize(): 1}, 0), gn=giv[1])
        p["foreign"] = (fam[0], giv[0])
        p["gn_rom"] = giv[0].title()
        p["rrn_tail"] = "6"  # registered foreigner, woman
        p["lunar"] = False
        return p

    def household(self) -> None:
        r = self.rnd
        kind = wpick(r, {"single": 28, "couple": 20, "family": 40, "elderly": 12})
        home = self.home()
        hh = dict(kind=kind, home=home, members=[], old_home=None, landline=None, email=None,
                  bundle=None)  # fmt: skip
        self.households.append(hh)
        if kind == "single":
            sex = r.choice("MF")
            dob = self.dob(22, 75)
            self.person(hh, sex, dob, self.surname())
        else:
            lo, hi = {"couple": (26, 80), "family": (36, 62), "elderly": (66, 88)}[kind]
            hd = self.dob(lo, hi)
            sn = self.surname()
            husband = self.person(hh, "M", hd, sn)
            wd = hd + dt.timedelta(days=r.randint(-800, 3000))
            if r.random() < 0.04 and kind != "elderly":
                wife = self.foreign_spouse(hh, hd + dt.timedelta(days=r.randint(3000, 6000)))
            else:
                wsn = self.surname()
                while wsn[0] == sn[0] and r.random() < 0.9:  # 동성동본 marriages were banned
                    wsn = self.surname()
                wife = self.person(hh, "F", min(wd, TODAY - dt.timedelta(days=8000)), wsn)
            husband["spouse"], wife["spouse"] = wife, husband
            if kind == "family":
                n = wpick(r, {1: 35, 2: 50, 3: 15})
                shared = r.random() < 0.35
                gen = {s: r.choice(GEN_SYL[s]) for s in "MF"} if shared else None
                mom_age = (TODAY - wife["dob"]).days / 365.25
                for _ in range(n):
                    lo_k, hi_k = max(10.0, mom_age - 40), max(10.5, mom_age - 24)
                    sex = r.choice("MF")
                    kd = self.dob(lo_k, hi_k)
                    gn = self.given(sex, kd.year, gen[sex] if gen and r.random() < 0.8 else None)
                    kid = self.person(hh, sex, kd, sn, gn=gn, parent=husband, mother=wife)
                    kid["sn_rom"] = husband["sn_rom"] if r.random() < 0.9 else kid["sn_rom"]
            # old parents elsewhere, whose lines or cards the children hold
        area = home["d"][3]
        old = (TODAY - hh["members"][0]["dob"]).days / 365.25
        if r.random() < (0.75 if old > 55 else 0.35 if kind != "single" else 0.15):
            hh["landline"] = self.landline(area)
        if r.random() < 0.3:
            hh["old_home"] = self.home(near=home["d"])
            hh["moved"] = self.date_between(2017, 2025)
        if kind != "single" and r.random() < 0.45:
            hh["bundle"] = self.unique(lambda: "F" + self.digits(9))

    def population(self) -> None:
        r = self.rnd
        while len(self.persons) < self.n:
            self.household()
        # adult children living on their own are someone's children: link a few single
        # households to an old couple (their lines, cards, parcels)
        olds = [h for h in self.households if h["kind"] == "elderly"]
        for h in self.households:
            if h["kind"] in ("single", "couple") and olds and r.random() < 0.25:
                p = h["members"][0]
                age = (TODAY - p["dob"]).days / 365.25
                if 25 < age < 60:
                    h["parents"] = r.choice(olds)
                    h["parents"].setdefault("children", []).append(p)
        for p in self.persons:
            self.contacts(p)
        for p in self.persons:
            self.mails(p)

    def contacts(self, p: dict) -> None:
        r = self.rnd
        age = (TODAY - p["dob"]).days / 365.25
        if age >= 10 and (age < 80 or r.random() < 0.8):
            p["mobiles"].append(self.mobile())
            if age >= 18 and r.random() < 0.15:  # changed number; the old one goes back
                p["old_mobile"] = self.mobile()
                p["changed"] = self.date_between(2015, 2024)
                if r.random() < 0.5:
                    self.old_numbers.append(p["old_mobile"])
            if 25 <= age < 65 and r.random() < 0.07:  # a second line (work phone)
                p["mobiles"].append(self.mobile())
        if 23 <= age < 63 and r.random() < 0.5:
            emp = r.choice(EMPLOYERS)
            p["work"] = (emp[0], emp[1] if r.random() < 0.7 else emp[1][:-4] + self.digits(4))
        else:
            p["work"] = None

    def mails(self, p: dict) -> None:
        r = self.rnd
        age = (TODAY - p["dob"]).days / 365.25
        hh = p["hh"]
        share = 0.95 if age < 45 else (0.7 if age < 65 else 0.3)
        if age >= 13 and r.random() < share:
            p["emails"].append(self.make_mail(p))
            if r.random() < 0.2:
                p["emails"].append(self.make_mail(p))
        elif age >= 55 and r.random() < 0.5:
            kids = [q for q in hh["members"] if q.get("parent") is p or q.get("mother") is p]
            kids += hh.get("children", [])
            if kids and kids[0]["emails"]:
                p["emails"].append(kids[0]["emails"][0])  # a child's e-mail for a parent

    def make_mail(self, p: dict) -> str:
        r = self.rnd
        y = p["dob"].year
        fam = p["sn_rom"].lower()
        giv = p["gn_rom"].lower().replace("-", "").replace(" ", "")
        ini = "".join(w[0] for w in p["gn_rom"].lower().replace("-", " ").split())
        kind = wpick(r, {"giv_yy": 18, "fam_giv": 12, "ini": 14, "word": 16, "kbd": 10,
                         "giv_fam": 8, "ini_mmdd": 10, "giv_digits": 12})  # fmt: skip
        local = {
            "giv_yy": f"{giv}{y % 100:02d}",
            "fam_giv": f"{fam}{r.choice(['', '.', '_'])}{giv}",
            "ini": f"{fam[0]}{ini}{r.randint(1, 9999)}",
            "word": f"{r.choice(MAIL_WORDS)}{giv[:3]}{r.randint(1, 999)}",
            "kbd": english_mode(p["sn"][0] + p["gn"]) + (str(y % 100) if r.random() < 0.5 else ""),
            "giv_fam": f"{giv}.{fam}",
            "ini_mmdd": f"{fam[0]}{ini}{p['dob'].month:02d}{p['dob'].day:02d}",
            "giv_digits": f"{giv}{r.randint(1, 9999)}",
        }[kind]
        tries = iter(range(10**6))
        return self.unique(
            lambda: (
                local
                + (str(r.randint(1, 999)) if next(tries) > 3 else "")
                + "@"
                + wpick(r, MAIL_DOMAINS)
            )
        )

    # ------------------------------------------------------------ how values are written
    def hangul_name(self, p: dict, slip: float = 0.0, space: float = 0.03) -> str:
        r = self.rnd
        if p["foreign"] and r.random() < 0.5:
            return " ".join(p["foreign"])
        sn, gn = p["sn"][0], p["gn"]
        if slip and r.random() < slip:
            gn = self.hangul_slip(gn) if r.random() < 0.85 else gn
            if r.random() < 0.15:
                sn = self.hangul_slip(sn)
        return f"{sn} {gn}" if r.random() < space else sn + gn

    def hangul_slip(self, s: str) -> str:
        """A Hangul typo: a vowel or a final consonant heard or typed another way (영/연, 애/에)."""
        r = self.rnd
        idx = [i for i, c in enumerate(s) if jamo(c)]
        if not idx:
            return s
        i = r.choice(idx)
        lead, vowel, tail = jamo(s[i])  # type: ignore[misc]
        if r.random() < 0.6 and vowel in _V_SWAP:
            vowel = r.choice(_V_SWAP[vowel])
        elif tail in _T_SWAP:
            tail = r.choice(_T_SWAP[tail])
        elif vowel in _V_SWAP:
            vowel = r.choice(_V_SWAP[vowel])
        return s[:i] + syllable(lead, vowel, tail) + s[i + 1 :]

    def latin_name(self, p: dict, strict: bool = False) -> tuple[str, str]:
        """(given, family) in Latin letters, as the person writes them (or by the book)."""
        r = self.rnd
        if p["foreign"]:
            return p["foreign"][1].title(), p["foreign"][0].title()
        fam = p["sn_rom"] if not strict else next(iter(p["sn"][1]))
        if r.random() < 0.12:
            fam = wpick(r, p["sn"][1])
        giv = p["gn_rom"] if r.random() < 0.75 else self.romanise_given(p["gn"])
        if p["eng"] and r.random() < 0.6:
            giv = p["eng"]
        return giv, fam

    def emboss(self, p: dict) -> str:
        r = self.rnd
        if p["foreign"]:
            return f"{p['foreign'][0]} {p['foreign'][1]}"
        giv = p["gn_rom"].upper().replace("-", r.choice(["", " ", "-"]))
        fam = p["sn_rom"].upper()
        return f"{fam} {giv}" if r.random() < 0.6 else f"{giv} {fam}"

    def phone_str(self, n: str | None, style: str) -> str | None:
        if not n:
            return None
        if n.startswith("010"):
            a, b, c = n[:3], n[3:7], n[7:]
        elif n.startswith("02"):
            a, b, c = "02", n[2:-4], n[-4:]
        else:
            a, b, c = n[:3], n[3:-4], n[-4:]
        if style == "hyph":
            return f"{a}-{b}-{c}"
        if style == "space":
            return f"{a} {b} {c}"
        if style == "dot":
            return f"{a}.{b}.{c}"
        if style == "intl":
            return f"+82 {a[1:]}-{b}-{c}"
        if style == "intl_plain":
            return f"+82{n[1:]}"
        if style == "intl_hyph":
            return f"+82-{a[1:]}-{b}-{c}"
        if style == "82":
            return f"82-{a[1:]}-{b}-{c}"
        return n

    def date_str(self, d: dt.date, style: str) -> str:
        return {
            "dot": d.strftime("%Y.%m.%d"),
            "iso": d.strftime("%Y-%m-%d"),
            "plain": d.strftime("%Y%m%d"),
            "yy": d.strftime("%y-%m-%d"),
            "yymmdd": d.strftime("%y%m%d"),
            "kor": f"{d.year}년 {d.month}월 {d.day}일",
            "kdot": f"{d.year}. {d.month}. {d.day}.",
            "slash": d.strftime("%Y/%m/%d"),
        }[style]

    def rrn_masked(self, p: dict) -> str:
        r = self.rnd
        d = p["reg_dob"].strftime("%y%m%d")
        g = p["rrn_tail"]
        return wpick(r, {f"{d}-{g}******": 55, f"{d}-{g}": 15, f"{d}{g}******": 15,
                         f"{d}-*******": 10, f"{d}-{g}" + self.digits(2) + "****": 5})  # fmt: skip

    def state(self, p: dict, when: dt.date, stale: float = 0.0) -> dict:
        """What a system knew of ``p`` at ``when`` (and kept since, with probability ``stale``)."""
        r = self.rnd
        hh = p["hh"]
        keep = r.random() < stale
        home = hh["home"]
        if hh["old_home"] and (when < hh["moved"] or keep):
            home = hh["old_home"]
        mob = p["mobiles"][0] if p["mobiles"] else None
        if p["old_mobile"] and (when < p["changed"] or keep):
            mob = p["old_mobile"]
        mail = p["emails"][0] if p["emails"] else None
        if len(p["emails"]) > 1 and not keep and r.random() < 0.6:
            mail = p["emails"][1]
        return dict(home=home, mob=mob, mail=mail, tel=hh["landline"])

    def relatives(self, p: dict) -> list[dict]:
        hh = p["hh"]
        out = [q for q in hh["members"] if q is not p]
        out += hh.get("children", [])
        if hh.get("parents"):
            out += hh["parents"]["members"]
        return out

    # ------------------------------------------------------------ systems
    def add(self, system: str, p: dict, rec: dict) -> None:
        rec = {k: (v if v not in ("", None) else None) for k, v in rec.items()}
        self.rows.append({"system": system, "_pid": p["pid"], **rec})

    def card(
        self,
        p: dict,
        principal: dict | None = None,
        cust: str | None = None,
        acct: str | None = None,
        stale: float = 0.3,
    ) -> tuple[str, str]:
        r = self.rnd
        lo = max(2005, p["dob"].year + 20)
        joined = self.date_between(lo, 2025)
        owner = principal or p
        s = self.state(owner, joined, stale)
        own = self.state(p, joined, stale)
        cust = cust or self.unique(lambda: str(r.randint(1, 9)) + self.digits(9))
        if acct is None:
            bank = r.choice(list(BANK_PREFIX))
            acct = f"{BANK_PREFIX[bank]}-***-{self.digits(6)}"
        a = s["home"]
        road = a["d"][0] != "" and (joined.year >= 2014 or r.random() < 0.5)
        base, detail = (
            self.road_addr(a, sido="official" if r.random() < 0.8 else "any", ref=r.random() < 0.6)
            if road else self.lot_addr(a, sido="official")
        )  # fmt: skip
        mob = own["mob"]
        if principal is not None and (not mob or r.random() < 0.4):
            mob = s["mob"]
        rec = {
            "고객번호": cust,
            "성명": self.hangul_name(p, slip=0.01),
            "영문성명": self.emboss(p) if r.random() < 0.85 else None,
            "주민등록번호": self.rrn_masked(p),
            "생년월일": self.date_str(p["reg_dob"], wpick(r, {"dot": 50, "plain": 50}))
            if r.random() < 0.45
            else None,
            "휴대폰번호": self.phone_str(mob, wpick(r, {"hyph": 85, "plain": 10, "space": 5})),
            "자택전화": self.phone_str(s["tel"], wpick(r, {"hyph": 85, "plain": 15}))
            if r.random() < 0.8
            else None,
            "우편번호": a["zip5"] if road else a["zip6"],
            "주소": base,
            "상세주소": detail,
            "이메일": own["mail"] if r.random() < 0.8 else None,
            "직장명": p["work"][0]
            if p["work"] and principal is None and r.random() < 0.8
            else None,
            "직장전화": p["work"][1]
            if p["work"] and principal is None and r.random() < 0.6
            else None,
            "카드구분": "가족" if principal is not None else "본인",
            "본인고객번호": cust if principal is not None else None,
            "카드번호": f"{r.choice(CARD_BINS)[:4]}-{r.choice(CARD_BINS)[4:]}**-****-{self.digits(4)}",
            "결제계좌": acct,
            "가입일": self.date_str(joined, "iso"),
        }
        if principal is not None:
            rec["고객번호"] = self.unique(lambda: str(r.randint(1, 9)) + self.digits(9))
        self.add("CARD", p, rec)
        return cust, acct

    def telco(
        self,
        holder: dict,
        number: str | None,
        user: dict | None = None,
        status: str = "사용",
        joined: dt.date | None = None,
    ) -> None:
        r = self.rnd
        p = holder
        hh = p["hh"]
        age = (TODAY - p["dob"]).days / 365.25
        joined = joined or self.date_between(max(2008, p["dob"].year + 12), 2025)
        s = self.state(p, joined, 0.25)
        a = s["home"]
        if r.random() < 0.7:
            base, detail = self.road_addr(a, sido="official", ref=r.random() < 0.3,
                                          unit_style=wpick(r, {"full": 70, "tight": 30}))  # fmt: skip
        else:
            base, detail = self.lot_addr(a, sido="official")
        minor = age < 19
        guardian = p.get("parent") or p.get("mother") if minor else None
        if guardian and r.random() < 0.4:
            guardian = p.get("mother") or guardian
        rec = {
            "CUST_NO": self.unique(lambda: "5" + self.digits(9)),
            "CUST_NM": self.hangul_name(p, slip=0.01, space=0.0)
            if not (p["foreign"] and r.random() < 0.7)
            else " ".join(p["foreign"]),
            "BIRTH_DT": self.date_str(p["reg_dob"], "plain"),
            "SEX_CD": (("1" if p["sex"] == "M" else "2") if r.random() < 0.6 else p["sex"]),
            "MOBILE_NO": self.phone_str(number, wpick(r, {"plain": 90, "hyph": 10})),
            "HOME_TEL_NO": self.phone_str(s["tel"], wpick(r, {"plain": 80, "hyph": 20}))
            if r.random() < 0.6
            else None,
            "ZIP_CD": a["zip5"]
            if joined.year >= 2015 or r.random() < 0.3
            else a["zip6"].replace("-", ""),
            "BASE_ADDR": base,
            "DTL_ADDR": detail,
            "EMAIL_ADDR": s["mail"] if r.random() < 0.5 else None,
            "JOIN_DT": self.date_str(joined, "plain"),
            "SVC_STAT": status,
            "PLAN_NM": "청소년 요금제"
            if minor
            else ("시니어 요금제" if age > 65 and r.random() < 0.5 else r.choice(PLANS[:6])),
            "FAM_BNDL_NO": hh["bundle"] if hh["bundle"] and r.random() < 0.8 else None,
            "LGL_RPRS_NM": self.hangul_name(guardian, space=0.0) if guardian else None,
            "LGL_RPRS_TEL": self.phone_str(guardian["mobiles"][0], "plain")
            if guardian and guardian["mobiles"]
            else None,
        }
        if user is not None and user is not p and r.random() < 0.3:
            rec["PLAN_NM"] = (
                "시니어 요금제" if (TODAY - user["dob"]).days > 65 * 365 else rec["PLAN_NM"]
            )
        self.add("TELCO", p, rec)

    def shop(self, p: dict, mail: str | None = None) -> None:
        r = self.rnd
        joined = self.date_between(2014, 2025)
        s = self.state(p, joined, 0.15)
        mail = mail or s["mail"]
        a = s["home"]
        giv, fam = self.latin_name(p)
        case = wpick(r, {"title": 60, "upper": 25, "lower": 15})
        cased = {"title": lambda x: x, "upper": str.upper, "lower": str.lower}[case]
        giv, fam = cased(giv), cased(fam)
        layout = wpick(r, {"ok": 80, "swapped": 10, "whole_first": 6, "whole_fam_first": 4})
        if layout == "swapped":
            first, last = fam, giv
        elif layout == "whole_first":
            first, last = f"{giv} {fam}", None
        elif layout == "whole_fam_first":
            first, last = f"{fam} {giv}", None
        else:
            first, last = giv, fam
        if r.random() < 0.8:
            base, detail = self.road_addr(a, sido=wpick(r, {"official": 50, "any": 50}),
                                          ref=r.random() < 0.4,
                                          unit_style=wpick(r, {"full": 60, "short": 25, "tight": 15}))  # fmt: skip
        else:
            base, detail = self.english_addr(a)
        rel = self.relatives(p)
        who = wpick(r, {"self": 55, "family": 30, "other": 15})
        if who == "family" and rel:
            q = r.choice(rel)
            rcv_name, rcv_tel = self.hangul_name(q, slip=0.02), (q["mobiles"] or [None])[0]
        elif who == "other":
            q_sn, q_sex = self.surname(), r.choice("MF")
            rcv_name = q_sn[0] + self.given(q_sex, r.randint(1960, 2000))
            rcv_tel = self.unique(lambda: "010" + str(r.randint(2, 9)) + self.digits(7))
        else:
            rcv_name, rcv_tel = self.hangul_name(p, slip=0.02), s["mob"]
        login = wpick(r, {
            (mail or "x@").split("@")[0]: 50,
            english_mode(p["sn"][0] + p["gn"])[: r.randint(6, 9)]: 10,
            f"{p['gn_rom'].lower().replace('-', '').replace(' ', '')}{r.randint(1, 999)}": 40,
        })  # fmt: skip
        rec = {
            "member_id": self.unique(
                lambda: login if r.random() < 0.7 else f"{login}{r.randint(1, 9999)}"
            ),
            "first_name": first,
            "last_name": last,
            "name_kr": self.hangul_name(p, slip=0.03) if r.random() < 0.55 else None,
            "email": mail,
            "phone": self.phone_str(
                s["mob"],
                wpick(
                    r,
                    {"hyph": 45, "plain": 20, "intl": 15, "intl_plain": 8, "intl_hyph": 7, "82": 5},
                ),
            ),
            "birthday": self.date_str(p["dob"], wpick(r, {"iso": 70, "slash": 20, "plain": 10}))
            if r.random() < 0.4
            else None,
            "zipcode": a["zip5"],
            "address1": base,
            "address2": detail,
            "pccc": self.pccc(p) if r.random() < 0.5 else None,
            "receiver_name": rcv_name,
            "receiver_phone": self.phone_str(rcv_tel, "hyph"),
            "signup_date": self.date_str(joined, "iso"),
        }
        self.add("SHOP", p, rec)

    def pccc(self, p: dict) -> str:
        """The personal customs clearance code, ``P`` and 12 digits, one per person."""
        if "pccc" not in p:
            p["pccc"] = self.unique(lambda: "P" + str(self.rnd.randint(1, 2)) + self.digits(11))
        return p["pccc"]

    def membership(self, p: dict) -> None:
        r = self.rnd
        age = (TODAY - p["dob"]).days / 365.25
        joined = self.date_between(max(2010, p["dob"].year + 8), 2025)
        s = self.state(p, joined, 0.5)
        a = s["home"]
        mob = s["mob"]
        kid = age < 14 + (TODAY.year - joined.year)
        if (kid or not mob) and r.random() < 0.7:
            parents = [q for q in (p.get("mother"), p.get("parent")) if q and q["mobiles"]]
            parents += [q for q in self.relatives(p) if q["mobiles"] and not parents]
            if parents:
                mob = parents[0]["mobiles"][0]
        style = wpick(r, {"lot": 50, "road": 40, "lot_nosido": 10})
        if style == "road":
            base, detail = self.road_addr(
                a, ref=False, unit_style=wpick(r, {"full": 40, "short": 40, "tight": 20})
            )
        else:
            base, detail = self.lot_addr(a, sido="none" if style == "lot_nosido" else "any",
                                         unit_style=wpick(r, {"full": 40, "short": 40, "tight": 20}))  # fmt: skip
        bday = p["dob"]
        lunar = p["lunar"] and r.random() < 0.8
        if lunar:  # the lunar calendar's date of the same birthday: three to seven weeks earlier
            bday = bday - dt.timedelta(days=r.randint(20, 50))
        rec = {
            "MBR_NO": self.unique(lambda: "M" + str(joined.year) + self.digits(6)),
            "MBR_NM": self.hangul_name(p, slip=0.1, space=0.05),
            "BRDT": self.date_str(
                bday, wpick(r, {"iso": 40, "yymmdd": 20, "yy": 10, "kor": 15, "kdot": 15})
            )
            if r.random() < 0.85
            else None,
            "SLR_LNR_CD": ("음력" if lunar else "양력") if r.random() < 0.8 else None,
            "SEX": "남" if p["sex"] == "M" else "여",
            "HP_NO": self.phone_str(
                mob, wpick(r, {"hyph": 70, "space": 10, "plain": 15, "dot": 5})
            ),
            "TEL_NO": self.phone_str(s["tel"], "hyph") if r.random() < 0.5 else None,
            "EMAIL": s["mail"] if r.random() < 0.4 else None,
            "ZIP": (a["zip5"] if style == "road" else None) if r.random() < 0.7 else None,
            "ADDR": f"{base} {detail}".strip() if r.random() < 0.85 else None,
            "GRADE": r.choice(GRADES),
            "JOIN_DT": self.date_str(joined, "iso"),
            "JOIN_STORE": r.choice(STORES),
        }
        self.add("MEMBERSHIP", p, rec)

    # ------------------------------------------------------------ all records
    def records(self) -> pd.DataFrame:
        r = self.rnd
        for hh in self.households:
            for p in hh["members"]:
                age = (TODAY - p["dob"]).days / 365.25
                n0 = len(self.rows)
                # card: the customer's own, and family cards on it
                if age >= 20 and r.random() < (0.6 if age < 70 else 0.3):
                    cust, acct = self.card(p)
                    if r.random() < 0.08:  # left and came back: a new customer number, old data
                        self.card(p, stale=0.9)
                    fam = [q for q in self.relatives(p) if (TODAY - q["dob"]).days / 365.25 >= 19]
                    for q in fam:
                        if r.random() < 0.18:
                            self.card(q, principal=p, cust=cust, acct=acct)
                # lines: each of one's numbers, held in one's own name or a relative's
                for i, num in enumerate(p["mobiles"]):
                    holder = p
                    if age >= 19 and r.random() < 0.08:
                        adults = [
                            q for q in self.relatives(p) if (TODAY - q["dob"]).days / 365.25 >= 25
                        ]
                        if adults:
                            holder = r.choice(adults)
                    if age >= 70 and hh.get("children") and r.random() < 0.35:
                        holder = r.choice(hh["children"])
                    if r.random() < (0.9 if i == 0 else 0.7):
                        self.telco(holder, num, user=p)
                if p["old_mobile"] and r.random() < 0.4:
                    self.telco(p, p["old_mobile"], status="해지",
                               joined=self.date_between(2008, p["changed"].year))  # fmt: skip
                # web shop
                pe = 0.6 if 18 <= age < 50 else (0.35 if age < 65 else 0.1)
                if age >= 14 and r.random() < pe:
                    self.shop(p)
                    if len(p["emails"]) > 1 and r.random() < 0.3:
                        self.shop(p, mail=p["emails"][0])
                # points membership
                if r.random() < (0.6 if age >= 14 else 0.3):
                    self.membership(p)
                    if r.random() < 0.1:
                        self.membership(p)
                if len(self.rows) == n0:  # everyone is in the file somewhere
                    if p["mobiles"]:
                        self.telco(p, p["mobiles"][0], user=p)
                    else:
                        self.membership(p)
        return self.shuffled("row_id", "R")


def korea(persons: int = 4000, seed: int = 7) -> tuple[pd.DataFrame, pd.Series]:
    """The four systems' records in one frame (every value a string or None) and each one's person."""
    return Korea.frame(persons, seed, "row_id")
