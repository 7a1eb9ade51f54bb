"""Values as travel systems write them: an airline reservation's names (``SMITH/JOHN MR``) and
e-mail addresses (``JOHN..SMITH//GMAIL.COM``), the booker's mobile of any country stored without
its ``+``."""

from __future__ import annotations

import pandas as pd

from tekil.inference import role_from_values
from tekil.normalize.emails import email
from tekil.normalize.names import name
from tekil.normalize.phones import phone


def _split(values: list[str]) -> list[tuple[str, str]]:
    out = name(pd.Series(values))
    return list(zip(out["given"], out["family"], strict=True))


def test_reservation_names_are_family_name_slash_given_names():
    assert _split(
        ["SMITH/JOHN MR", "MUELLER/ANNA-LENA MRS", "DOYLE/JANE MISS", "LEE/KEVIN MSTR",
         "GARCIA LOPEZ/MARIA JOSE MS", "SHORT PASTOR/STELLA DR", "DE LA CRUZ/MARIA MRS"]
    ) == [("john", "smith"), ("anna lena", "mueller"), ("jane", "doyle"), ("kevin", "lee"),
          ("maria jose", "garcia lopez"), ("stella", "short pastor"), ("maria", "de la cruz")]  # fmt: skip


def test_a_title_glued_to_the_given_names_is_dropped():
    assert _split(["SMITH/JOHNMR", "LEE/KEVINMSTR", "YAMAN/TUGCEMS", "HAAS/RICHARD JEREMYMSTR"]) == [
        ("john", "smith"), ("kevin", "lee"), ("tugce", "yaman"), ("richard jeremy", "haas")
    ]  # fmt: skip


def test_names_that_end_as_titles_do_or_that_have_other_slashes_stay():
    # Amr and Aleksandr end as Mr and Dr do (Dr is dropped only apart); a name in lower case
    # is no reservation's; Ethiopian "G/Mariam" and "s/o" are no family name before a slash.
    assert _split(["HASSAN/AMR", "IVANOV/ALEKSANDR", "Smith/Johnmr"]) == [
        ("amr", "hassan"), ("aleksandr", "ivanov"), ("johnmr", "smith")
    ]  # fmt: skip
    out = name(pd.Series(["Abebe G/Mariam", "Ram Prasad s/o Shiu Narayan"]))
    assert out["value"].tolist() == ["abebe gebremariam", "ram prasad"]


def test_reservation_e_mail_addresses():
    out = email(pd.Series(["JOHN.SMITH//GMAIL.COM", "A..B//X./Y.DE", "ANNA//WEB.DE"]))
    assert out["value"].tolist() == ["johnsmith@gmail.com", "a_b@x-y.de", "anna@web.de"]


def test_links_and_paths_are_no_e_mail_addresses():
    out = email(pd.Series(["https://www.x.com", "http://x.com/a//b.html", "C://DATA"]))
    assert out["value"].isna().all()


def test_a_column_of_reservation_e_mail_addresses_is_e_mails():
    values = pd.Series(
        [f"PERSON{k}//GMAIL.COM" for k in range(30)] + [f"p{k}@web.de" for k in range(20)]
    )
    assert role_from_values(values) == "email"


def test_a_mobile_of_a_country_written_out_stored_without_its_plus():
    # Germany's plan reads 971… and 86… as landlines without a trunk prefix; the column writes
    # Emirati and Chinese numbers out: they are those countries' mobiles.
    numbers = pd.Series(["971563552940", "8613284562388", "+971 50 123 4567"])
    out = phone(numbers, region="DE", also=["AE", "CN"], bare=["AE", "CN"])
    assert out["value"].tolist() == ["+971563552940", "+8613284562388", "+971501234567"]


def test_german_numbers_stay_german():
    # A German mobile stored as an integer (no trunk 0) is a mobile at home: no US number, though
    # the file writes US ones; a landline with its trunk prefix; none of a country not written.
    numbers = pd.Series(["17012345678", "015112345678", "0971563552", "971563552940"])
    out = phone(numbers, region="DE", also=["US"], bare=["US"])
    assert out["value"].tolist() == [
        "+4917012345678",
        "+4915112345678",
        "+49971563552",
        "+49971563552940",
    ]


def test_only_a_column_that_writes_the_country_out_stores_its_numbers_without_the_plus():
    # Other columns of the file write Emirati numbers out: this one's twelve digits (a Fayda
    # number, an account's) are no Emirati mobiles for it.
    out = phone(pd.Series(["971563552940"]), region="DE", also=["AE"])
    assert out["value"].tolist() == ["+49971563552940"]
