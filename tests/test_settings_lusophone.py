"""Column names and values of Brazilian and Portuguese systems."""

import pandas as pd
import pytest

from tekil.settings import guess_settings, role_from_name


@pytest.mark.parametrize(
    ("column", "role"),
    [
        ("nome_contato", "full_name"), ("Nome do contato", "full_name"), ("nome_contacto", "full_name"),
        ("nome_completo", "full_name"), ("Apelidos", "last_name"), ("sobrenome", "last_name"),
        ("CPF", "free_id"), ("celular", "phone"),
        # A bank's branch and a nationality are no person's place ("nacionalidade" no age)
        ("AGENCIA", "ignore"), ("Agência", "ignore"), ("Nacionalidade", "ignore"),
        ("nacionalidad", "ignore"),
    ],
)  # fmt: skip
def test_a_column_name_gets_its_role(column, role):
    assert role_from_name(column) == role


NICKS = ["Zé", "Juju", "Tião", "Dudu", "Bia", "Nanda", "Chico", "Malu", "Cida", "Rafa"]
GIVEN = ["Ana", "José", "Maria", "João", "Carla", "Pedro", "Rita", "Luís", "Inês", "Rui"]
FAMILY = [f"{a}{b}" for a in ("Silva", "Santos", "Souza", "Costa", "Lima", "Rocha", "Dias", "Reis")
          for b in ("", "s", "no", "ra", "do", "na", "ta", "ro")]  # fmt: skip


def _file(nicknames: bool) -> pd.DataFrame:
    """A bank's whole names and a second system's given name and apelido (a nickname in a
    Brazilian care desk, the surname in a Portuguese bank)."""
    n = len(FAMILY)
    bank = pd.DataFrame(
        {
            "NOME_CLIENTE": [f"{GIVEN[i % 10]} {FAMILY[i]}".upper() for i in range(n)],
            "CPF": [f"{i:011d}" for i in range(n)],
        }
    )
    second = pd.DataFrame(
        {
            "nome": [GIVEN[i % 10] for i in range(n)],
            "apelido": [NICKS[i % 10] if nicknames else FAMILY[i] for i in range(n)],
            "CPF": [f"{i:011d}" for i in range(n)],
        }
    )
    return pd.concat([bank, second], ignore_index=True)


def test_a_brazilian_apelido_of_nicknames_is_no_family_name():
    assert "apelido" not in guess_settings(_file(nicknames=True)).roles


def test_a_portuguese_apelido_of_the_family_names_is_the_family_name():
    assert guess_settings(_file(nicknames=False)).roles["apelido"] == "last_name"


def test_an_apelido_with_no_other_names_to_tell_by_is_the_family_name():
    alone = _file(nicknames=True).dropna(subset=["apelido"])[["nome", "apelido", "CPF"]]
    assert guess_settings(alone).roles["apelido"] == "last_name"


def test_a_shops_cep_of_brazilian_and_portuguese_postcodes_is_the_postcode():
    # Turkish "cep" is a mobile; a Brazilian shop's "cep" holds CEPs, and its customers in
    # Portugal write their codigo postal there.
    codes = ["01310-100", "22041001", "4000-447", "30140-071", "1000-001", "70297400"]
    df = pd.DataFrame({"nome": [f"Ana Silva {i}" for i in range(60)], "cep": codes * 10})
    assert guess_settings(df).roles["cep"] == "postcode"


def test_a_turkish_cep_of_mobiles_stays_the_phone():
    mobiles = ["0532 123 45 67", "05421234567", "+90 533 765 43 21", "0505 111 22 33"]
    df = pd.DataFrame({"ad": [f"Ayşe {i}" for i in range(60)], "cep": mobiles * 15})
    assert guess_settings(df).roles["cep"] == "phone"


def test_postcodes_in_a_column_of_no_name_are_no_phones():
    # A file whose header is lost: CEPs written 01310-100 (half of them) are postcodes, though
    # their eight digits are a phone number's; eight digits never written so stay phones.
    ceps = ["01310-100", "22041001", "30140-071", "70297400", "04538-132", "90010150"]
    names = [f"Ana Souza {i}" for i in range(60)]
    df = pd.DataFrame({"c1": names, "c2": ceps * 10})
    assert guess_settings(df).roles["c2"] == "postcode"
    landlines = ["34567890", "32145678", "21098765", "33334444", "36251478", "29876543"]
    df = pd.DataFrame({"c1": names, "c2": landlines * 10})
    assert guess_settings(df).roles.get("c2") != "postcode"


def test_rgs_with_their_issuer_in_a_column_of_no_name_are_no_addresses():
    rgs = [f"{i:02d}.{i * 7 % 1000:03d}.{i * 13 % 1000:03d}-{i % 10} SSP/{uf}"
           for i, uf in zip(range(10, 70), ["SP", "RJ", "MG", "BA"] * 15, strict=True)]  # fmt: skip
    streets = [f"Rua Augusta {i}, apto {i % 9 + 1}" for i in range(60)]
    df = pd.DataFrame({"c1": [f"Ana Souza {i}" for i in range(60)], "c2": rgs, "c3": streets})
    roles = guess_settings(df).roles
    assert roles.get("c2") != "address"
    assert roles["c3"] == "address"
