"""Countries as written in customer data → their ISO 3166 two-letter code (``DE``).

A country column holds names in the customer's or the clerk's language (``Deutschland``,
``Allemagne``, ``Almanya``), codes of two or three letters (``DE``, ``DEU``) or a dialling
code (``+49``). Names come from the territory names libphonenumber ships in some 190
languages (``phonenumbers.geodata.locale``), so no list of countries is kept here beyond
the three-letter codes and a few everyday English names.

>>> import pandas as pd
>>> country(pd.Series(["Deutschland", "FRA", "+90", "U.S.A.", "Atlantis"]))["value"].tolist()
['DE', 'FR', 'TR', 'US', <NA>]
"""

from __future__ import annotations

from functools import cache

import pandas as pd
import phonenumbers

from tekil.normalize._common import NA, UNPARSEABLE, CellReader
from tekil.normalize.text import fold

#: ISO 3166-1 alpha-3 codes, by alpha-2 code.
_ALPHA3_PAIRS = """
AD:AND AE:ARE AF:AFG AG:ATG AI:AIA AL:ALB AM:ARM AO:AGO AR:ARG AS:ASM AT:AUT AU:AUS AW:ABW AX:ALA
AZ:AZE BA:BIH BB:BRB BD:BGD BE:BEL BF:BFA BG:BGR BH:BHR BI:BDI BJ:BEN BL:BLM BM:BMU BN:BRN BO:BOL
BQ:BES BR:BRA BS:BHS BT:BTN BW:BWA BY:BLR BZ:BLZ CA:CAN CC:CCK CD:COD CF:CAF CG:COG CH:CHE CI:CIV
CK:COK CL:CHL CM:CMR CN:CHN CO:COL CR:CRI CU:CUB CV:CPV CW:CUW CX:CXR CY:CYP CZ:CZE DE:DEU DJ:DJI
DK:DNK DM:DMA DO:DOM DZ:DZA EC:ECU EE:EST EG:EGY EH:ESH ER:ERI ES:ESP ET:ETH FI:FIN FJ:FJI FK:FLK
FM:FSM FO:FRO FR:FRA GA:GAB GB:GBR GD:GRD GE:GEO GF:GUF GG:GGY GH:GHA GI:GIB GL:GRL GM:GMB GN:GIN
GP:GLP GQ:GNQ GR:GRC GT:GTM GU:GUM GW:GNB GY:GUY HK:HKG HN:HND HR:HRV HT:HTI HU:HUN ID:IDN IE:IRL
IL:ISR IM:IMN IN:IND IO:IOT IQ:IRQ IR:IRN IS:ISL IT:ITA JE:JEY JM:JAM JO:JOR JP:JPN KE:KEN KG:KGZ
KH:KHM KI:KIR KM:COM KN:KNA KP:PRK KR:KOR KW:KWT KY:CYM KZ:KAZ LA:LAO LB:LBN LC:LCA LI:LIE LK:LKA
LR:LBR LS:LSO LT:LTU LU:LUX LV:LVA LY:LBY MA:MAR MC:MCO MD:MDA ME:MNE MF:MAF MG:MDG MH:MHL MK:MKD
ML:MLI MM:MMR MN:MNG MO:MAC MP:MNP MQ:MTQ MR:MRT MS:MSR MT:MLT MU:MUS MV:MDV MW:MWI MX:MEX MY:MYS
MZ:MOZ NA:NAM NC:NCL NE:NER NF:NFK NG:NGA NI:NIC NL:NLD NO:NOR NP:NPL NR:NRU NU:NIU NZ:NZL OM:OMN
PA:PAN PE:PER PF:PYF PG:PNG PH:PHL PK:PAK PL:POL PM:SPM PR:PRI PS:PSE PT:PRT PW:PLW PY:PRY QA:QAT
RE:REU RO:ROU RS:SRB RU:RUS RW:RWA SA:SAU SB:SLB SC:SYC SD:SDN SE:SWE SG:SGP SH:SHN SI:SVN SJ:SJM
SK:SVK SL:SLE SM:SMR SN:SEN SO:SOM SR:SUR SS:SSD ST:STP SV:SLV SX:SXM SY:SYR SZ:SWZ TC:TCA TD:TCD
TG:TGO TH:THA TJ:TJK TK:TKL TL:TLS TM:TKM TN:TUN TO:TON TR:TUR TT:TTO TV:TUV TW:TWN TZ:TZA UA:UKR
UG:UGA US:USA UY:URY UZ:UZB VA:VAT VC:VCT VE:VEN VG:VGB VI:VIR VN:VNM VU:VUT WF:WLF WS:WSM YE:YEM
YT:MYT ZA:ZAF ZM:ZMB ZW:ZWE XK:XKX
"""
_ALPHA3 = dict(pair.split(":") for pair in _ALPHA3_PAIRS.split())
#: The alpha-3 codes themselves (an identity card's number may start with its country's).
ALPHA3_CODES = frozenset(_ALPHA3.values())
#: Everyday names the territory names do not have (they say "United States", "Türkiye").
_EVERYDAY = {
    "usa": "US",
    "america": "US",
    "united states of america": "US",
    "uk": "GB",
    "great britain": "GB",
    "britain": "GB",
    "england": "GB",
    "scotland": "GB",
    "wales": "GB",
    "northern ireland": "GB",
    "turkey": "TR",
    "holland": "NL",
    "the netherlands": "NL",
    "south korea": "KR",
    "korea": "KR",
    "czech republic": "CZ",
    "uae": "AE",
    "ivory coast": "CI",
    "russian federation": "RU",
    # Turkish, tekil's first market (libphonenumber has no Turkish names).
    "abd": "US",
    "amerika": "US",
    "almanya": "DE",
    "fransa": "FR",
    "ingiltere": "GB",
    "birlesik krallik": "GB",
    "hollanda": "NL",
    "belcika": "BE",
    "italya": "IT",
    "ispanya": "ES",
    "isvicre": "CH",
    "avusturya": "AT",
    "yunanistan": "GR",
    "bulgaristan": "BG",
    "rusya": "RU",
    "azerbaycan": "AZ",
    "gurcistan": "GE",
    "irak": "IQ",
    "iran": "IR",
    "suriye": "SY",
    "kibris": "CY",
    # Central Europe: the countries' own short names (Slovensko, Česko) and the names the
    # region's languages give each other and their neighbours (Hungarian, Czech, Slovak,
    # Romanian), which the territory names, in each country's own languages, lack.
    **dict.fromkeys(["slovensko", "szlovakia", "slovacia"], "SK"),
    **dict.fromkeys(["cesko", "czechia", "csehorszag", "cehia", "republica ceha"], "CZ"),
    **dict.fromkeys(["madarsko", "ungaria"], "HU"),
    **dict.fromkeys(["rumunsko", "romania"], "RO"),
    **dict.fromkeys(["ausztria", "rakousko", "rakusko"], "AT"),
    **dict.fromkeys(["nemetorszag", "nemecko", "germania"], "DE"),
    **dict.fromkeys(["lengyelorszag", "polsko", "polonia"], "PL"),
    **dict.fromkeys(["ukrajna", "ukrajina", "ucraina"], "UA"),
    **dict.fromkeys(["szerbia", "srbsko"], "RS"),
    **dict.fromkeys(["horvatorszag", "chorvatsko", "croatia"], "HR"),
    **dict.fromkeys(["szlovenia", "slovinsko"], "SI"),
    **dict.fromkeys(["moldavsko", "republica moldova"], "MD"),
    **dict.fromkeys(["bulharsko"], "BG"),
    **dict.fromkeys(["olaszorszag", "italie", "taliansko"], "IT"),
    **dict.fromkeys(["franciaorszag", "francie", "francuzsko", "franta"], "FR"),
    **dict.fromkeys(["spanyolorszag", "spanelsko", "spanielsko", "spania"], "ES"),
    **dict.fromkeys(
        ["egyesult kiralysag", "velka britanie", "velka britania", "marea britanie"], "GB"
    ),
}


def country(values: pd.Series) -> pd.DataFrame:
    """Each value's ISO 3166 two-letter code (``value``); what names no country is
    ``unparseable``."""
    return reader().frame(values)


def reader() -> CellReader:
    """How :func:`country` reads one cell."""
    return CellReader("country", _one, ("value", "reason"))


def region_of(text: str) -> str | None:
    """The two-letter code of a country as written, or None.

    >>> region_of("Allemagne"), region_of("deu"), region_of("0049"), region_of("Mars")
    ('DE', 'DE', 'DE', None)
    """
    found = _one(text)[0]
    return None if found is NA else found


def _one(text: str) -> tuple:
    key = _key(text)
    if key.isdigit() and (text.lstrip().startswith(("+", "00")) or len(key) <= 3):
        regions = phonenumbers.COUNTRY_CODE_TO_REGION_CODE.get(int(key.removeprefix("00")))
        found = regions[0] if regions and regions[0] != "001" else None  # 001: no country
    else:
        found = _names().get(key)
    return (found, NA) if found else (NA, UNPARSEABLE)


def _key(text: str) -> str:
    """Folded, without spaces or punctuation: "U.S.A." is "usa", "Pays-Bas" "paysbas"."""
    return fold(text).replace(" ", "")


@cache
def _names() -> dict[str, str]:
    """Folded name or code → region: codes, everyday names, then the territory names of every
    language (a name two countries bear in different languages is left out)."""
    from phonenumbers.geodata.locale import LOCALE_DATA  # 0.3 s to import: only when used

    named: dict[str, set[str]] = {}
    for region, by_language in LOCALE_DATA.items():
        if len(region) != 2 or not region.isalpha():
            continue
        for name in by_language.values():
            if name.startswith("*"):  # the same as another language's
                name = by_language.get(name[1:], "")
            if name:
                named.setdefault(_key(name), set()).add(region)
    out = {name: next(iter(regions)) for name, regions in named.items() if len(regions) == 1}
    out.update((_key(name), region) for name, region in _EVERYDAY.items())
    for alpha2, alpha3 in _ALPHA3.items():
        out[alpha2.lower()] = alpha2
        out[alpha3.lower()] = alpha2
    return out
