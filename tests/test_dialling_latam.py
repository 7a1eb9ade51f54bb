import pandas as pd

from tekil.dialling import read_in_countries, systems_regions


def _colombian(k: int) -> str:
    return f"3{[0, 1, 2, 10, 15][k % 5]:02d} {k * 7919 % 1000:03d} {k * 13 % 10**4:04d}"


def test_records_of_the_commonest_country_are_completed_where_numbers_are_not_read_there():
    # A Peruvian shop's records give their country most, but the file's numbers are mostly
    # another system's (a Colombian operator's, no country): Peru's are read in Peru all the
    # same, not left to the column's region.
    peru = [f"9{5 + k % 4}{k * 7919 % 10**7:07d}" for k in range(30)]
    lines = [_colombian(k) for k in range(60)]
    df = pd.DataFrame(
        {
            "celular": peru + [None] * len(lines),
            "linea": [None] * len(peru) + lines,
            "pais": ["PE"] * len(peru) + [None] * len(lines),
        }
    )
    out = read_in_countries(df, {"celular": "phone", "linea": "phone", "pais": "country"})
    assert out["celular"].iloc[0] == "+51" + peru[0]
    assert out["linea"].iloc[len(peru)] == lines[0]  # no country: as written


def test_a_record_of_no_country_has_its_system_s():
    # A Chilean bank and a Peruvian shop in one file share "celular": both countries' mobiles
    # have nine digits and start with 9. Each system writes some out with its country code.
    bank = [f"9{6 + k % 3}{k * 31 % 10**7:07d}" for k in range(10)]
    bank += [f"+56 9 {6 + k % 3}{k * 17 % 1000:03d} {k % 10**4:04d}" for k in range(6)]
    shop = [f"9{5 + k % 4}{k * 7919 % 10**7:07d}" for k in range(10)]
    shop += [f"+51 9{5 + k % 4}{k * 7 % 10**7:07d}" for k in range(6)]
    desk = ["+56 9 8765 4321", "+51 987 654 321", "+57 310 123 4567", "987654321"]
    df = pd.DataFrame(
        {
            "sistema": ["BANCO"] * 16 + ["TIENDA"] * 16 + ["WHATSAPP"] * 4,
            "celular": bank + shop + desk,
        }
    )
    regions = systems_regions(df, ["celular"], "sistema")
    assert regions.tolist() == ["CL"] * 16 + ["PE"] * 16 + [None] * 4  # the desk: of several
    out = read_in_countries(df, {"celular": "phone"}, source="sistema")["celular"]
    assert out.iloc[0] == "+56" + bank[0] and out.iloc[16] == "+51" + shop[0]
    assert out.iloc[-1] == "987654321"  # a system of several countries: as written
    # Systems of one country: nothing to tell apart (read as the column's numbers are).
    one = df[df["sistema"] == "BANCO"].assign(sistema=["A", "B"] * 8)
    assert systems_regions(one, ["celular"], "sistema") is None
    assert read_in_countries(one, {"celular": "phone"}, source="sistema") is one


def test_a_system_column_is_known_by_its_name_in_spanish_and_others():
    from tekil.settings import guess_settings

    df = pd.DataFrame(
        {
            "row_id": [f"R{k}" for k in range(40)],
            "sistema": ["BANCO_CL", "TIENDA"] * 20,
            "nombres": ["Juan", "María", "José", "Rosa"] * 10,
            "celular": [f"9{5 + k % 4}{k * 7919 % 10**7:07d}" for k in range(40)],
        }
    )
    assert guess_settings(df, id_column="row_id").source_column == "sistema"
    for name in ("fuente", "Quelle", "bron"):
        renamed = df.rename(columns={"sistema": name})
        assert guess_settings(renamed, id_column="row_id").source_column == name


def test_a_system_s_numbers_are_read_until_it_has_enough_in_any_order(monkeypatch):
    # Each system's first numbers written out tell its country, in the order of the columns
    # and then of the records, however few records are read at a time: the bank's first 500
    # are Chilean (later ones Peruvian: a branch abroad), the shop writes its out only in the
    # second column, after all of the first.
    import tekil.dialling as dialling

    chile = [f"+56 9 {k:04d} {k * 7 % 10**4:04d}" for k in range(1000)]
    peru = [f"+51 9{5 + k % 4} {k * 7919 % 10**7:07d}" for k in range(1000)]
    df = pd.DataFrame(
        {
            "sistema": ["BANCO"] * 1600 + ["TIENDA"] * 400,
            "celular": chile + peru[:600] + [None] * 400,
            "fijo": [None] * 1600 + peru[600:],
        }
    )
    read = {}
    for at_once in (37, 20_000):
        monkeypatch.setattr(dialling, "_RECORDS_AT_ONCE", at_once)
        read[at_once] = systems_regions(df, ["celular", "fijo"], "sistema").tolist()
    assert read[37] == read[20_000] == ["CL"] * 1600 + ["PE"] * 400
