import pandas as pd
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from tekil.normalize._common import NULL_TEXTS
from tekil.normalize.addresses import address, city, postcode, postcode_digits


@pytest.mark.parametrize(
    "raw",
    [
        "Atatürk Mahallesi Cumhuriyet Caddesi No:12 Daire:4",
        "ATATÜRK MAH. CUMHURİYET CAD. NO:12 D:4",
        "Ataturk Mh. Cumhuriyet Cd. No 12 D 4",
        "ataturk mah cumhuriyet cad. no.12 d.4",
    ],
)
def test_address_abbreviations_agree(raw):
    assert address(pd.Series([raw])).loc[0, "value"] == "ataturk mah cumhuriyet cad no 12 daire 4"
    assert address(pd.Series([raw])).loc[0, "number"] == "12"


@pytest.mark.parametrize(
    "pair",
    [
        ("Hauptstraße 5", "Hauptstr. 5"),
        ("Berliner Straße 12", "Berliner Str. 12"),
        ("Kerkstraat 4", "Kerkstr. 4"),
        ("10 Rue de la Paix", "10 r. de la Paix"),
        ("Avenida Paulista 1000", "Av. Paulista 1000"),
        ("Avenida de América 3", "Avda. de América 3"),
        ("Boulevard Haussmann 5", "Bd Haussmann 5"),
        ("Calle Mayor 5", "C/ Mayor 5"),
        ("Via Roma 3", "V. Roma 3"),
        ("Praça da Sé 1", "Pç. da Sé 1"),
        ("Piazza Navona 2", "Pza Navona 2"),
    ],
)
def test_street_types_of_other_languages_agree_with_their_abbreviations(pair):
    assert address(pd.Series(pair))["value"].nunique() == 1


@pytest.mark.parametrize(
    ("opened", "closed"),
    [
        ("Apt. 573, 4713 Davis Cape", "4713 Davis Cape Apt. 573"),
        ("Suite 620, 802 Benjamin Centers", "802 Benjamin Centers Suite 620"),
        ("Flat 3, 12 High St", "12 High Street, Flat 3"),
    ],
)
def test_a_flat_written_before_the_street_is_the_address_written_after_it(opened, closed):
    assert (
        address(pd.Series([opened])).loc[0, "value"] == address(pd.Series([closed])).loc[0, "value"]
    )


def test_address_street_types_and_floor():
    out = address(pd.Series(["Gül Sokağı No:5 K:3", "Gül Sk. No 5 Kat 3", "12 Smith Street"]))
    assert out["value"].tolist() == ["gul sok no 5 kat 3", "gul sok no 5 kat 3", "12 smith st"]


def test_address_bad_values():
    out = address(pd.Series([None, "", "..."]))
    assert out["reason"].tolist() == ["missing", "missing", "unparseable"]


@pytest.mark.parametrize(
    ("raw", "value", "display", "plate"),
    [
        ("İSTANBUL", "istanbul", "İstanbul", "34"),
        ("Istanbul", "istanbul", "İstanbul", "34"),
        ("IST", "istanbul", "İstanbul", "34"),
        ("istanbul avrupa", "istanbul", "İstanbul", "34"),
        ("34", "istanbul", "İstanbul", "34"),
        ("6", "ankara", "Ankara", "06"),
        ("İZMİR", "izmir", "İzmir", "35"),
        ("Antep", "gaziantep", "Gaziantep", "27"),
        ("K.Maraş", "kahramanmaras", "Kahramanmaraş", "46"),
        ("IĞDIR", "igdir", "Iğdır", "76"),
        ("Kadıköy / İstanbul", "istanbul", "İstanbul", "34"),
    ],
)
def test_city_canonical(raw, value, display, plate):
    out = city(pd.Series([raw]))
    assert (out.loc[0, "value"], out.loc[0, "display"], out.loc[0, "plate"]) == (
        value,
        display,
        plate,
    )


def test_city_foreign_and_bad():
    out = city(pd.Series(["München", "99", None, "--"]))
    assert out["value"].tolist()[0] == "munchen"
    assert pd.isna(out.loc[0, "plate"])
    assert out["reason"].tolist()[1:] == ["unparseable", "missing", "unparseable"]


def test_postcode():
    assert postcode(pd.Series(["34 710", "sw1a 1aa", "-"]))["value"].tolist()[:2] == [
        "34710",
        "SW1A1AA",
    ]


def test_a_zip_plus_4_code_is_its_zip_code():
    # US files write the four digits after the ZIP code or not; a Brazilian CEP stays whole.
    out = postcode(pd.Series(["02134-1234", "02134", "2134", "31706-690"]), digits=5)
    assert out["value"].tolist() == ["02134", "02134", "02134", "31706690"]
    assert postcode_digits(["02134-1234", "90210", "2134"] * 5) == 5


def test_letters_that_look_like_digits_in_a_column_of_digit_postcodes():
    # "S84O7" scanned or retyped is 58407 where the column's postcodes are digits alone; a
    # British or Dutch postcode, or three letters, is left as written.
    out = postcode(pd.Series(["S84O7", "58407", "6l00", "SW1A 1AA", "1234 BS", "B8SO7"]), digits=5)
    assert out["value"].tolist() == ["58407", "58407", "06100", "SW1A1AA", "1234BS", "B8SO7"]
    assert postcode(pd.Series(["1234 BS"]))["value"].tolist() == ["1234BS"]
    assert postcode_digits(["58407", "S84O7", "6l000"] * 5) == 5  # still a column of digits


def test_digits_of_other_scripts_read_as_the_same_postcode_and_house_number():
    # Arabic-Indic, Persian, Bengali, Devanagari and full-width digits: one number each.
    written = ["34710", "٣٤٧١٠", "۳۴۷۱۰", "৩৪৭১০", "३४७१०", "３４７１０"]
    assert postcode(pd.Series(written))["value"].tolist() == ["34710"] * len(written)
    out = address(pd.Series(["Cumhuriyet Cad. No:12", "Cumhuriyet Cad. No:١٢"]))
    assert out["value"].nunique() == 1 and out["number"].tolist() == ["12", "12"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text(max_size=40), max_size=20))
@example(["NAN"])  # "nan" once folded: what tools write for a missing value
def test_address_and_city_never_crash_and_are_idempotent(texts):
    for fn in (address, city, postcode):
        out = fn(pd.Series(texts, dtype=object))
        assert len(out) == len(texts)
        ok = out["value"].dropna()
        ok = ok[~ok.isin(NULL_TEXTS)]  # "NAN" reads "nan", which as written is a missing value
        assert fn(ok.astype(object))["value"].tolist() == ok.tolist()


ADDRESS_TEXT = st.text(
    alphabet=st.sampled_from(
        [
            *"abcçdegğhıijklmnoöprsştuüvyzABCÇGĞIİÖŞÜ0123456789 .:/-,",
            *("\u00a0", "\t", "\u0301", "\u0307", "é", "ß", "ﬁ", "½", "\u00a8", "Д"),
        ]
    ),
    max_size=40,
)


@given(ADDRESS_TEXT)
@example("Cp0")  # a PO box by its opening word, as the reader takes "C.P. 1234"
@example("d/0:0:0")  # a flat's word and number first: read after the street
@settings(max_examples=400, deadline=None)
def test_words_folded_one_by_one_read_as_the_whole_text(text):
    # The address reader folds each distinct word once; that must equal folding the cell.
    from tekil.normalize.addresses import _DIGITS_LETTERS, _one_address
    from tekil.normalize.text import fold

    whole = _DIGITS_LETTERS.sub(" ", fold(text)).split()
    value = _one_address(text)[0]
    assert (value.split() if isinstance(value, str) else []) == _canonical(whole)


def _canonical(words: list[str]) -> list[str]:
    """The street-word mapping of ``_one_address``, applied to already folded words."""
    from tekil.normalize.addresses import (
        _BEFORE_NUMBER,
        _FLOOR_BETWEEN_NUMBERS,
        _NUMBER,
        _OPENING,
        _OPENING_BOX,
        _PO_BOX,
        _STREET_ENDING,
        _STREET_WORDS,
        flat_after_street,
    )

    words = _PO_BOX.sub("pobox", " ".join(words)).split()  # "POB", "P.O. Box": one word
    words = _OPENING_BOX.sub("pobox", " ".join(words)).split()  # "Box 12", "C.P. 1234" first
    words = [_STREET_ENDING.sub("str", word) for word in words]
    out = []
    for k, word in enumerate(words):
        nxt = words[k + 1] if k + 1 < len(words) else ""
        if word in _FLOOR_BETWEEN_NUMBERS and out and _NUMBER.match(out[-1]) and _NUMBER.match(nxt):
            continue  # "12 3 em 4": the floor's word between two numbers
        if word in _BEFORE_NUMBER and _NUMBER.match(nxt):
            out.append(_BEFORE_NUMBER[word])
        elif k == 0 and word in _OPENING and nxt and not _NUMBER.match(nxt):
            out.append(_OPENING[word])
        else:
            out.append(_STREET_WORDS.get(word, word))
    return flat_after_street(out)  # a flat written first, after the street


def test_a_post_office_box_is_one_word_however_written():
    raw = ["P.O. Box 123", "PO Box 123", "Post Office Box 123", "POB 123", "p o b 123"]
    out = address(pd.Series([*raw, "PO Box 456", "Boxwood Rd 5"]))["value"].tolist()
    assert out[:5] == ["pobox 123"] * 5
    assert out[5:] == ["pobox 456", "boxwood rd 5"]


def test_zeros_or_nines_alone_are_no_ones_address_or_postcode():
    from tekil.normalize import postcode

    codes = postcode(pd.Series(["0", "00000", "99999", "90210", "0 000"]))
    assert codes["reason"].tolist() == [
        "placeholder",
        "placeholder",
        "placeholder",
        pd.NA,
        "placeholder",
    ]
    streets = address(pd.Series(["0", "000", "10 Main St"]))
    assert streets["reason"].tolist()[:2] == ["placeholder", "placeholder"]
    assert streets["value"].tolist()[2] == "10 main st"


def test_an_unknown_address_as_registrars_type_it_is_no_one_s_address():
    # Unknown patients' "UNKNOWN" street had made strangers of one placeholder name neighbours.
    out = address(pd.Series(["UNKNOWN", "No Fixed Abode", "Unbekannt", "NFA", "Unknown Rd 5"]))
    assert out["reason"].tolist()[:4] == ["placeholder"] * 4
    assert out["reason"].isna().tolist()[4] and out["value"].tolist()[4] == "unknown rd 5"


def test_a_digit_scanned_for_a_letter_in_a_town_is_that_letter_but_numbers_stay():
    out = city(pd.Series(["Over1oon", "Overloon", "Paris 16e", "A000", "34"]), turkish=False)
    assert out["value"].tolist() == ["overloon", "overloon", "paris 16e", "a000", "istanbul"]
    assert out["display"][0] == "Overloon"


def test_a_postcode_written_with_its_countrys_letters_is_the_same_postcode():
    from tekil.normalize.ids import free_id

    written = pd.Series(["SE-115 95", "115 95", "D-10115", "10115", "F-59491", "LV-1050", "1050"])
    out = postcode(written)["value"].tolist()
    assert out == ["11595", "11595", "10115", "10115", "59491", "1050", "1050"]
    # A column of digits with some prefixed still pads the ones that lost their zeros.
    assert postcode_digits(["D-01067", "01067", "1067", "80331"] * 5) == 5
    # Letters without a hyphen are part of the code (SW1A 1AA, VLT 1117), and an id keeps
    # its letters: a ticket's T-2578 is not 2578.
    assert postcode(pd.Series(["SW1A 1AA", "VLT 1117"]))["value"].tolist() == ["SW1A1AA", "VLT1117"]
    assert free_id(pd.Series(["T-25786889"]))["value"].tolist() == ["T25786889"]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Váci u. 12.", "Váci utca 12"),  # Hungarian: "u." is utca, before a number
        ("Bajcsy-Zsilinszky krt. 9.", "Bajcsy-Zsilinszky körút 9"),
        ("Kölcsey út 103. 5. em. 4.", "Kölcsey út 103. 5/4."),  # the floor, then the door
        ("Str. Unirii nr. 5, bl. A3, ap. 4", "Strada Unirii 5 bloc A3 apartament 4"),  # Romanian
        ("Bd. Unirii 5", "Bulevardul Unirii 5"),
    ],
)
def test_hungarian_and_romanian_street_types_and_flats_read_alike(a, b):
    read = address(pd.Series([a, b]))["value"].str.replace(" no ", " ", regex=False)
    assert read[0] == read[1]


def test_a_floor_word_is_left_out_only_between_two_numbers():
    assert address(pd.Series(["Em utca 5", "Fő utca 5 em"]))["value"].tolist() == [
        "em utca 5",
        "fo utca 5 em",
    ]


def test_only_codes_stored_as_numbers_get_back_the_zeros_they_lost():
    """In a column of eleven-digit codes, ``2703353784`` lost its leading zero where it was
    stored as a number; ``27-03-35-3784``, written with its separators, was text and kept all
    its digits: it is the same code as another system's, unpadded."""
    out = postcode(pd.Series(["27033524258", "2703353784", "27-03-35-3784", " 6100 "]), digits=11)
    assert out["value"].tolist() == ["27033524258", "02703353784", "2703353784", "00000006100"]


def test_a_postcode_s_label_is_no_part_of_it_and_a_column_of_them_is_of_postcodes():
    # Greek forms write ΤΚ (Ταχυδρομικός Κώδικας) before the postcode, German ones PLZ.
    from tekil.inference import postcode_like

    values = pd.Series(["ΤΚ 335 60", "PLZ 10115", "CAP 00184", "PIN 560001", "Cap 3000"])
    assert postcode(values)["value"].tolist() == ["33560", "10115", "00184", "560001", "CAP3000"]
    greek = pd.Series([f"ΤΚ {n:03d} {n % 97:02d}" for n in range(100, 400)])
    assert postcode_like(greek)
