"""Column names of the Maghreb's and Egypt's systems: French and Arabic."""

import pytest

from tekil.settings import role_from_name


@pytest.mark.parametrize(
    "column",
    ["CIN", "CNIE", "CNI", "num_cin", "N° CIN", "numero_piece", "N° pièce d'identité",
     "num_passeport", "رقم البطاقة الوطنية", "رقم جواز السفر", "الرقم القومي"],
)  # fmt: skip
def test_an_identity_card_or_passport_number_is_an_identifier(column):
    assert role_from_name(column) == "free_id"


@pytest.mark.parametrize("column", ["type_piece", "date_cin", "cin_expiry", "cinema", "vaccin"])
def test_a_paper_s_kind_or_date_and_words_that_hold_cin_are_not(column):
    # (No id: "type_piece", the paper's kind, is named as nothing to compare.)
    assert role_from_name(column) in (None, "ignore")
