import numpy as np
import pandas as pd

from tekil.records import prepare, read_whole_name
from tekil.settings import Settings


def test_a_whole_name_written_family_names_first_keeps_both_family_names():
    # A Colombian operator writes the registry's "RODRIGUEZ PEREZ JUAN CARLOS": the father's
    # and the mother's family names, then the given names; a bank beside it keeps nombres,
    # apellido_paterno and apellido_materno. Both family names are the family name, not the
    # first alone with the second among the given names.
    df = pd.DataFrame(
        {
            "nombres": ["Juan Carlos", "María José", "William", "Diana", None, None, None, None],
            "apellido_paterno": ["Pérez", "Cruz", "Rodríguez", "García", None, None, None, None],
            "apellido_materno": ["Rodríguez", "García", "Pérez", "Cruz", None, None, None, None],
            "nombre_completo": [None, None, None, None, "RODRIGUEZ PEREZ JUAN CARLOS",
                                "DE LA CRUZ GARCIA MARIA JOSE", "GARCIA RODRIGUEZ WILLIAM",
                                "Diana García Cruz"],
        }
    )  # fmt: skip
    roles = {
        "nombres": "first_name",
        "apellido_paterno": "last_name",
        "apellido_materno": "last_name",
        "nombre_completo": "full_name",
    }
    recs = prepare(df, Settings(roles=roles), np.arange(len(df)))
    first, last = recs.fields["first_name"], recs.fields["last_name"]
    assert [first.value_of(k) for k in range(4, 8)] == [
        "juan carlos", "maria jose", "william", "diana"
    ]  # fmt: skip
    assert [last.value_of(k) for k in range(4, 8)] == [
        "rodriguez perez", "de la cruz garcia", "garcia rodriguez", "garcia cruz"
    ]  # fmt: skip


def test_a_family_name_inside_the_given_names_still_trades_places_alone():
    # "Jason Tan Wei Ming": an English name before a Chinese one written family name first.
    words = {"tan": 0.9, "jason": -0.9, "wei": -0.8, "ming": -0.9}
    assert read_whole_name("jason tan wei", "ming", words) == ("jason wei ming", "tan")


def test_don_before_a_given_name_is_a_form_of_address_in_the_batch_and_the_store():
    # A WhatsApp desk's contact names "Don Rodrigo", "DOÑA ROSA" beside a bank's nombres and
    # apellidos: Rodrigo and Rosa, of no family name written. "Don Smith" is a Donald Smith.
    from tekil.store.rows import encode_row, normalise_row, readers

    df = pd.DataFrame(
        {
            "nombres": ["Rodrigo", "Rosa", "Benjamín", "Ana", None, None, None, None],
            "apellidos": ["Vásquez", "Smith", "Pizarro", "Díaz", None, None, None, None],
            "nombre_contacto": [None, None, None, None, "Don Rodrigo", "DOÑA ROSA",
                                "Don Benjamín Pizarro", "Don Smith"],
        }
    )  # fmt: skip
    roles = {"nombres": "first_name", "apellidos": "last_name", "nombre_contacto": "full_name"}
    recs = prepare(df, Settings(roles=roles), np.arange(len(df)))
    first, last = recs.fields["first_name"], recs.fields["last_name"]
    assert [first.value_of(k) for k in range(4, 8)] == ["rodrigo", "rosa", "benjamin", "don"]
    assert [last.value_of(k) for k in range(4, 8)] == [None, None, "pizarro", "smith"]
    column_readers = readers(roles, {c: ("name", {}) for c in roles})
    rows = [
        encode_row(normalise_row(r, column_readers), roles, name_words=recs.name_words)
        for r in df.to_dict("records")[4:]
    ]
    assert [r.get("first_name") for r in rows] == ["rodrigo", "rosa", "benjamin", "don"]
    assert [r.get("last_name") for r in rows] == [None, None, "pizarro", "smith"]


def test_south_american_short_forms_are_nicknames_of_their_names():
    from tekil.nicknames import nickname_groups, same_group

    names = ["francisca", "pancha", "catalina", "cata", "sebastian", "seba", "fernanda", "fena"]
    groups = nickname_groups(names)
    assert same_group(groups, [0, 2, 4, 6], [1, 3, 5, 7]).all()
    assert not same_group(groups, [1], [3]).any()


def test_a_chilean_comuna_column_is_a_town():
    from tekil.settings import guess_settings

    df = pd.DataFrame(
        {
            "rut": [f"{12_000_000 + k * 7919}-{k % 10}" for k in range(30)],
            "nombres": ["Juan", "María", "José"] * 10,
            "comuna": ["Maipú", "Ñuñoa", "Las Condes", "Providencia", "La Florida"] * 6,
        }
    )
    assert guess_settings(df).roles["comuna"] == "city"
