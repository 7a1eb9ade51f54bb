"""Column names of Greek and Italian systems (probe ``southeu``): Greek script, Greeklish and
Italian short forms read as the roles they hold."""

from __future__ import annotations

import pytest

from tekil.settings import role_from_name


@pytest.mark.parametrize(
    ("column", "role"),
    [
        # Greek: the tax number and the social security number are ids, no phones (9 and 11 digits)
        ("ΑΦΜ", "free_id"),
        ("AFM", "free_id"),
        ("ΑΜΚΑ", "free_id"),
        ("ΑΡ_ΤΑΥΤΟΤΗΤΑΣ", "free_id"),
        ("ΠΑΤΡΩΝΥΜΟ", "father_name"),
        ("PATRONYMO", "father_name"),
        ("ΟΝΟΜΑ_ΠΑΤΡΟΣ", "father_name"),
        ("ΜΗΤΡΩΝΥΜΟ", "mother_name"),
        ("ΗΜ_ΓΕΝΝΗΣΗΣ", "dob"),
        ("HM_GENNISIS", "dob"),
        ("ΚΙΝΗΤΟ", "phone"),
        ("STATHERO", "phone"),
        ("EPONYMO", "last_name"),
        ("ONOMA", "first_name"),
        ("DIEFTHYNSI", "address"),
        ("POLI", "city"),
        ("ΦΥΛΟ", "gender"),
        # Italian: the codice fiscale's short names, a birth town, a whole name, a birth date
        ("COD_FISC", "free_id"),
        ("COD_FISC_AFM", "free_id"),
        ("tax_code", "free_id"),
        ("COMUNE_NASCITA", "birth_place"),
        ("LUOGO_NASCITA", "birth_place"),
        ("NOMINATIVO", "full_name"),
        ("DATA_NASC", "dob"),
        # unchanged: the town one lives in, the full Italian names
        ("COMUNE", "city"),
        ("CODICE_FISCALE", "free_id"),
        ("DATA_NASCITA", "dob"),
    ],
)
def test_greek_and_italian_column_names(column: str, role: str) -> None:
    assert role_from_name(column) == role
