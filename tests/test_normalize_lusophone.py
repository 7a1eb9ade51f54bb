"""Brazilian and Portuguese identity numbers as systems write them."""

import pandas as pd

from tekil.inference import street_like
from tekil.normalize.ids import free_id


def test_an_rg_is_read_without_its_issuer_and_state():
    rg = pd.Series(
        ["12.345.678-9 SSP/SP", "123456789", "12.345.678-9", "16048497-6 PR", "1234567 SSP-MG"]
    )
    assert free_id(rg)["value"].tolist() == ["123456789"] * 3 + ["160484976", "1234567"]


def test_ids_that_only_look_like_an_issuer_keep_their_letters():
    # A Spanish DNI's letter, a state before the number, an NRIC's letters: no issuer.
    ids = pd.Series(["12345678 Z", "SP 1234567", "S1234567D", "MG-12.345.678"])
    assert free_id(ids)["value"].tolist() == ["12345678Z", "SP1234567", "S1234567D", "MG12345678"]


def test_an_rg_column_is_no_street_address_a_street_is():
    rgs = [f"{i:02d}.{i * 7 % 1000:03d}.{i * 13 % 1000:03d}-{i % 10} SSP/{uf}"
           for i, uf in zip(range(10, 70), ["SP", "RJ", "MG", "BA"] * 15, strict=True)]  # fmt: skip
    assert not street_like(pd.Series(rgs))
    streets = [f"Rua Augusta {i}, apto {i % 9 + 1}" for i in range(60)]
    assert street_like(pd.Series(streets))


def test_portuguese_short_forms_are_their_names():
    from tekil.nicknames import nickname_groups, same_group

    names = ["ze", "jose", "tiao", "sebastiao", "graca", "maria das gracas", "cida",
             "maria aparecida", "nana", "ana", "chico", "francisco"]  # fmt: skip
    groups = nickname_groups(names)
    assert same_group(groups, range(0, 12, 2), range(1, 12, 2)).all()


def test_short_forms_are_not_every_name():
    from tekil.nicknames import nickname_groups, same_group

    names = ["ze", "joao", "tiao", "tiago", "chico", "chiara", "cida", "cecilia"]
    groups = nickname_groups(names)
    assert not same_group(groups, range(0, 8, 2), range(1, 8, 2)).any()


def test_a_brazilian_mobile_without_its_ninth_digit_is_the_same_line():
    from tekil.normalize.phones import phone

    numbers = ["(11) 8765-4321", "(11) 98765-4321", "+55 85 9612-3456", "85 99612-3456",
               "0 21 11 8765-4321"]  # fmt: skip
    read = phone(pd.Series(numbers), region="BR")["value"].tolist()
    assert read == ["+5511987654321"] * 2 + ["+5585996123456"] * 2 + ["+5511987654321"]


def test_brazilian_landlines_keep_their_eight_digits():
    from tekil.normalize.phones import phone

    read = phone(pd.Series(["(11) 3456-7890", "(21) 2345-6789"]), region="BR")["value"].tolist()
    assert read == ["+551134567890", "+552123456789"]


def test_a_name_through_the_wrong_code_page_is_read_as_written():
    from tekil.normalize.names import name

    mangled = pd.Series(["JOÃƒO SILVA", "MARIA DA CONCEIÃ‡ÃƒO", "JoÃ£o Silva", "JOÃO SILVA"])
    assert name(mangled)["value"].tolist() == [
        "joao silva",
        "maria da conceicao",
        "joao silva",
        "joao silva",
    ]


def test_names_with_a_capital_a_tilde_of_their_own_stay():
    from tekil.normalize.names import name

    assert name(pd.Series(["CONCEIÇÃO ÃGUEDA", "Ãngela"]))["value"].tolist() == [
        "conceicao agueda",
        "angela",
    ]
