from collections import Counter

import numpy as np
import pandas as pd
from hypothesis import given, settings
from hypothesis import strategies as st

from tekil.block import candidate_pairs_by_rule, default_rules
from tekil.compare import compare, default_comparisons
from tekil.datasets import generate
from tekil.normalised import Normalised
from tekil.normalize import name
from tekil.normalize.names import split_whole_name
from tekil.records import normalisers, prepare, read_whole_name
from tekil.settings import Settings, guess_settings

ROLES = {
    "ad": "first_name",
    "soyad": "last_name",
    "isim": "full_name",
    "hesap": "handle",
    "eposta": "email",
    "sehir": "city",
    "adres": "address",
}


def frame():
    return pd.DataFrame(
        {
            "ad": ["Halit", None, None, None, "Osman", None],
            "soyad": ["Bilgiç", "Ayşe Kaya", None, None, "Kandemir", None],
            "isim": [None, None, "halit", "Osman K.", None, "Ayşe Kaya"],
            "hesap": [None, None, "instagram.com/halitbilgic", "@osman_kandemir", None, None],
            "eposta": [None, None, None, None, None, "kayaayse@gmail.com"],
            "sehir": ["Van", None, None, None, "İzmir", None],
            "adres": ["Gül Sok. No:1", None, None, None, None, None],
        }
    )


def test_full_name_typed_into_the_last_name_column_is_split():
    recs = prepare(frame(), Settings(roles=ROLES), np.arange(6))
    first, last = recs.fields["first_name"], recs.fields["last_name"]
    assert (first.value_of(1), last.value_of(1)) == ("ayse", "kaya")
    assert (first.value_of(2), last.value_of(2)) == ("halit", None)


NAME_WORDS = st.sampled_from(["Ali", "Ayşe", "Kaya", "Ali Kaya", "Can Ali Kaya", "", " ", "X."])


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(*[st.one_of(st.none(), NAME_WORDS)] * 4), min_size=1, max_size=12))
def test_names_from_several_columns_as_a_record_by_record_reading_gives_them(cells):
    """First names: the first column that has one (first-name columns, then a whole
    name's given name or its single word, unless that is the family name); last names likewise; a whole name alone in
    a last-name column is split. Values coded in order of first appearance."""
    df = pd.DataFrame(cells, columns=["ad", "ad2", "soyad", "isim"])
    roles = {"ad": "first_name", "ad2": "first_name", "soyad": "last_name", "isim": "full_name"}
    recs = prepare(df, Settings(roles=roles), np.arange(len(df)))
    out = {c: name(df[c]) for c in roles}

    def usable(col, part):
        o = out[col]
        return o[part].where(o["reason"].isna()).astype(object).where(lambda v: v.notna(), None)

    # Words more often in the records' family names than in their given names (the columns
    # that keep them apart) move from a whole name's given name to its family name.
    score, seen = Counter(), Counter()
    for k in range(len(df)):
        given = next((v for v in (usable("ad", "value")[k], usable("ad2", "value")[k]) if v), None)
        score.update(dict.fromkeys(given.split(), -1) if given else {})
        seen.update(dict.fromkeys(given.split(), 1) if given else {})
        family = usable("soyad", "value")[k]
        for word in family.split() if family else []:
            score[word] += 1
            seen[word] += 1

    def share(word: str) -> float:  # from -1 (given names only) to 1 (family names only)
        return score[word] / (seen[word] + 1)

    first, last, alone = [], [], []
    for k in range(len(df)):
        family, given = usable("isim", "family")[k], usable("isim", "given")[k]
        if family is not None and given is not None:
            # Written family name first: a given word of family names' trades places with a
            # family name of given names' (each twice as often at least).
            words = given.split()
            best = max(range(len(words)), key=lambda w: share(words[w]))
            swap = bool(words) and all(share(w) <= -1 / 3 for w in family.split())
            if swap and share(words[best]) >= 1 / 3:
                # the name starts with its family name: all of the words of family names'
                # before the first other word ("can ali | kaya" is Kaya of the Can Alis)
                lead = next((k for k, w in enumerate(words) if share(w) < 1 / 3), len(words))
                if lead:
                    given, family = " ".join([*words[lead:], family]), " ".join(words[:lead])
                else:
                    given = " ".join([*words[:best], *words[best + 1 :], family])
                    family = words[best]
            words = given.split()
            while len(words) > 1 and score[words[-1]] > 0:
                family = f"{words.pop()} {family}"
            given = " ".join(words)
        whole = usable("isim", "value")[k] if family is None else None
        if whole is not None and whole == usable("soyad", "value")[k]:
            whole = None  # the family name again: no given name
        options = [usable("ad", "value")[k], usable("ad2", "value")[k]]
        f = next((v for v in [*options, given, whole] if v is not None), None)
        s = next((v for v in [usable("soyad", "value")[k], family] if v is not None), None)
        first.append(f)
        last.append(s)
        alone.append(f is not None and f == whole and f not in options and s is None)
    # A one-word whole name written more often as a family name than as a given name (by the
    # records with both) is the family name.
    both = [(f, s) for f, s, a in zip(first, last, alone, strict=True) if f and s and not a]
    as_given, as_family = Counter(f for f, _ in both), Counter(s for _, s in both)
    for k in [k for k in range(len(df)) if alone[k]]:
        if " " not in first[k] and as_family[first[k]] > as_given[first[k]]:
            first[k], last[k] = None, first[k]
    # Lone last names of several words are split where most of them (by record) start with a
    # word more often a given name than (the start of) a family name beside a given name.
    given_names = Counter(v for v in first if v is not None)
    starts = Counter(
        s.split(" ", 1)[0]
        for f, s in zip(first, last, strict=True)
        if s is not None and f is not None
    )
    lone = [
        k for k, (f, s) in enumerate(zip(first, last, strict=True)) if f is None and s and " " in s
    ]
    led = [k for k in lone if given_names[last[k].split()[0]] > starts[last[k].split()[0]]]
    split = None if not lone else 2 * len(led) > len(lone)
    for k in lone if split else []:
        given, family = split_whole_name(last[k].split())
        if given is not None:
            first[k], last[k] = given, family
    # A whole name alone in a first-name column is read as a whole name where its family
    # name's words are family names' (a share of 1/3 or more).
    words = {w: share(w) for w in seen if not -1 / 3 < share(w) <= 0}
    for k, f in enumerate(first):
        if f and last[k] is None and " " in f and any(share(w) >= 1 / 3 for w in f.split()):
            given, family = read_whole_name(" ".join(f.split()[:-1]), f.split()[-1], words)
            if given and family and all(share(w) >= 1 / 3 for w in family.split()):
                first[k], last[k] = given, family
    assert recs.split_lone_names == split
    codes, uniques = pd.factorize(pd.Series(first + last, dtype=object))
    n = len(df)
    for k, (field, values) in enumerate((("first_name", first), ("last_name", last))):
        if field in recs.fields:
            got = recs.fields[field]
            assert [got.value_of(r) for r in range(n)] == values
            assert got.codes.tolist() == codes[k * n : (k + 1) * n].tolist()
            assert list(got.uniques) == list(uniques)
        else:
            assert values == [None] * n


def test_lone_whole_names_in_the_last_name_are_split_where_the_data_shows_given_names():
    def read(first, last, **settings):
        df = pd.DataFrame({"nombre": first, "apellidos": last})
        roles = {"nombre": "first_name", "apellidos": "last_name"}
        recs = prepare(df, Settings(roles=roles, **settings), np.arange(len(df)))
        f, s = recs.fields["first_name"], recs.fields["last_name"]
        return recs.split_lone_names, [(f.value_of(k), s.value_of(k)) for k in range(len(df))]

    # "Mehmet" is a given name here: whole names typed into the family-name column.
    turkish = (["Mehmet", "Ayşe", None, None], ["Kaya", "Yılmaz", "Mehmet Yılmaz", "Ayşe Kaya"])
    split, names = read(*turkish)
    assert split is True and names[2:] == [("mehmet", "yilmaz"), ("ayse", "kaya")]
    # "Bueno" is a family name here: Spanish double surnames of records without a given name.
    spanish = (["Priscila", None, None], ["Bueno Ibáñez", "Bueno Ibáñez", "Gil Soto"])
    split, names = read(*spanish)
    assert split is False and names[1:] == [(None, "bueno ibanez"), (None, "gil soto")]
    # The settings decide where they say (a store reads new records as its batch did).
    assert read(*spanish, split_lone_names=True)[1][1] == ("bueno", "ibanez")
    assert read(*turkish, split_lone_names=False)[1][2] == (None, "mehmet yilmaz")
    assert read(["Ali"], ["Kaya"])[0] is None  # nothing to decide


def test_whole_names_in_the_first_name_are_split_where_the_data_writes_their_family_names():
    # A form with one box for the name: "J. Bryant", "Melissa Brown" in the given-name column,
    # the family name empty. "Mary Ann" and "José Luis" are compound given names here.
    given = ["John", "Melissa", "Mary", "José", "Ann", "Luis", "Eve", "Ida", "Eva", "Ana"]
    first = [*given, "J. Bryant", "Melissa Brown", "Mary Ann", "José Luis", "Brown Mary",
             "Anna Zyx"]  # fmt: skip
    last = [*(["Bryant", "Brown"] * 5), *([None] * 6)]
    df = pd.DataFrame({"vorname": first, "name": last})
    recs = prepare(
        df, Settings(roles={"vorname": "first_name", "name": "last_name"}), np.arange(len(df))
    )
    f, s = recs.fields["first_name"], recs.fields["last_name"]
    assert [(f.value_of(k), s.value_of(k)) for k in range(len(given), len(df))] == [
        ("j", "bryant"),
        ("melissa", "brown"),
        ("mary ann", None),
        ("jose luis", None),
        ("mary", "brown"),  # written family name first
        ("anna zyx", None),  # a word the data does not know
    ]


def test_alias_spells_names_as_identifiers_but_not_from_initials():
    recs = prepare(frame(), Settings(roles=ROLES), np.arange(6))
    alias = recs.fields["alias"]
    assert alias.value_of(0) == "halitbilgic"
    assert alias.value_of(3) is None  # "Osman K." has no full name
    assert alias.uniques[alias.parts["handle"][3]] == "osmankandemir"
    assert alias.uniques[alias.parts["reversed"][5]] == "kayaayse"


def test_alias_reads_a_records_e_mail_in_whichever_column_of_the_role_holds_it():
    # Two e-mail columns (a phone column's e-mails read apart): the record's e-mail is in one.
    df = pd.DataFrame(
        {
            "first": ["Halit", "Ayşe"],
            "last": ["Bilgiç", "Kaya"],
            "mail": [None, "ayse.kaya@x.com"],
            "tel_mail": ["halit.bilgic@x.com", None],
        }
    )
    roles = {"first": "first_name", "last": "last_name", "mail": "email", "tel_mail": "email"}
    alias = prepare(df, Settings(roles=roles), np.arange(2)).fields["alias"]
    assert [alias.uniques[alias.parts["email"][k]] for k in range(2)] == ["halitbilgic", "aysekaya"]
    assert {"mail", "tel_mail"} <= set(alias.columns)


def test_alias_blocks_and_compares_names_with_handles():
    recs = prepare(frame(), Settings(roles=ROLES), np.arange(6))
    i, j, _ = candidate_pairs_by_rule(recs, Settings(roles=ROLES), default_rules(recs))
    pairs = set(zip(i.tolist(), j.tolist(), strict=True))
    assert {(0, 2), (3, 4), (1, 5)} <= pairs
    comps = default_comparisons(recs)
    c = [k.field for k in comps].index("alias")
    levels = compare(recs, np.array([0, 3, 0]), np.array([2, 4, 4]), comps)[:, c]
    assert [comps[c].levels[v] for v in levels] == [
        "name_is_identifier",
        "name_is_identifier",
        "null",
    ]


def test_location_fields_form_one_comparison():
    recs = prepare(frame(), Settings(roles=ROLES), np.arange(6))
    comps = default_comparisons(recs)
    location = [c for c in comps if c.field == "location"]
    assert len(location) == 1 and set(location[0].members) == {"sehir", "adres"}
    assert "sehir" not in [c.field for c in comps]


def test_quality_report_counts_reasons_per_column():
    df = pd.DataFrame({"ad": ["Ali", "TEST", None], "gsm": ["0532 111 22 33", "444 1 444", "x"]})
    recs = prepare(df, Settings(roles={"ad": "first_name", "gsm": "phone"}), np.arange(3))
    q = recs.quality.set_index("column")
    assert q.loc["gsm", "non_personal"] == 1 and q.loc["gsm", "ok"] == 1
    assert q.loc["ad", "placeholder"] == 1 and q.loc["ad", "missing"] == 1


def test_other_countries_phone_region_and_month_first_dates_are_inferred():
    df = pd.DataFrame(
        {
            "first": ["John", "Jon", "Mary", "Ann"] * 6,
            "last": ["Smith", "Smith", "Jones", "Lee"] * 6,
            "phone": ["(212) 555-0143", "212-555-0143", "415 555 0199", "650-253-0000"] * 6,
            "dob": ["03/25/1980", "03/25/1980", "04/03/1975", "12/31/1990"] * 6,
        }
    )
    roles = {"first": "first_name", "last": "last_name", "phone": "phone", "dob": "dob"}
    recs = prepare(df, Settings(roles=roles), np.arange(24))
    assert recs.fields["phone"].value_of(0) == recs.fields["phone"].value_of(1) == "+12125550143"
    assert recs.fields["dob"].value_of(2) == "1975-04-03"
    # settings override the inference
    fixed = prepare(df, Settings(roles=roles, dayfirst=True), np.arange(24))
    assert fixed.fields["dob"].value_of(2) == "1975-03-04"


def test_names_in_other_scripts_are_kept_and_blocked_on():
    df = pd.DataFrame({"ad": ["Иван", "ИВАН", "Γιώργος"], "soyad": ["Петров", "петров", "Παππάς"]})
    recs = prepare(df, Settings(roles={"ad": "first_name", "soyad": "last_name"}), np.arange(3))
    assert recs.fields["first_name"].value_of(0) == recs.fields["first_name"].value_of(1) == "иван"
    i, j, _ = candidate_pairs_by_rule(recs, Settings(), default_rules(recs))
    assert (0, 1) in set(zip(i.tolist(), j.tolist(), strict=True))


def test_cyrillic_names_meet_their_latin_spelling():
    # A bank card writes "Иван Петров" as "IVAN PETROV"; a typo stays one letter in its script.
    from tekil.compare import compare, default_comparisons

    df = pd.DataFrame(
        {
            "ad": ["Иван", "IVAN", "Иавн", "Γιώργος", "Giorgos", "И."],
            "soyad": ["Петров", "PETROV", "Петров", "Παππάς", "Pappas", "Петров"],
        }
    )
    recs = prepare(df, Settings(roles={"ad": "first_name", "soyad": "last_name"}), np.arange(6))
    i, j, _ = candidate_pairs_by_rule(recs, Settings(), default_rules(recs))
    assert {(0, 1), (3, 4)} <= set(zip(i.tolist(), j.tolist(), strict=True))
    comps = default_comparisons(recs)
    levels = compare(recs, np.array([0, 0, 3, 1]), np.array([1, 2, 4, 5]), comps)
    first, last = (c.levels for c in comps[:2])
    # (one name read alike in Latin letters agrees exactly, a typo in its own script nearly)
    assert [first[k] for k in levels[:, 0]] == ["exact", "jw_0.92", "exact", "initial"]
    assert [last[k] for k in levels[:, 1]] == ["exact", "exact", "exact", "exact"]


def test_arabic_hebrew_and_hindi_names_meet_their_latin_spelling_by_sound():
    # Their Latin readings (consonants for Arabic and Hebrew, the letters' sounds for Hindi)
    # give phonetic keys, which had been the values themselves: names by sound, a birth date.
    df = pd.DataFrame(
        {
            "ad": ["محمد", "Mohammed", "דוד", "David", "करिश्मा", "Karishma", "Ali"],
            "soyad": ["حسن", "Hassan", "כהן", "Cohen", "गोयल", "Goyal", "Veli"],
            "dogum": ["1970-01-02", "1970-01-02", "1980-03-04", "1980-03-04"] + ["1990-05-06"] * 3,
        }
    )
    roles = {"ad": "first_name", "soyad": "last_name", "dogum": "dob"}
    recs = prepare(df, Settings(roles=roles), np.arange(7))
    i, j, _ = candidate_pairs_by_rule(recs, Settings(), default_rules(recs))
    pairs = set(zip(i.tolist(), j.tolist(), strict=True))
    assert {(0, 1), (2, 3), (4, 5)} <= pairs and (4, 6) not in pairs and (5, 6) not in pairs


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(max_codepoint=127), max_size=30))
def test_letters_of_ascii_equal_the_letters_of_the_folded_value(value):
    from tekil.normalize.text import fold
    from tekil.records import _NOT_LETTER, letters

    assert letters(value) == _NOT_LETTER.sub("", fold(value))


def test_phone_region_from_numbers_stored_as_floats_and_from_written_country_codes():
    from tekil.inference import phone_region

    floats = pd.Series([2125550143.0, 4155550199.0, 6502530000.0, 2127365000.0] * 10)
    assert phone_region(floats) == "US"  # not "21255501430": a float reads as its digits
    written = pd.Series(["+1 212 736 5000"] * 30)
    assert phone_region(written) == "US"  # numbers written out name their country
    assert phone_region(written, region="GB") == "GB"
    # Made-up numbers that Germany's plan reads (as it reads almost any digits) stay in the
    # country the column writes out, which reads most of them.
    local = [f"{200 + 37 * k % 789}{200 + 53 * k % 799}{1000 + 7919 * k % 8999}" for k in range(60)]
    mixed = pd.Series(["+1 212 736 5000"] * 20 + local)
    assert phone_region(mixed) == "US"
    # Cells typed for "none" ("0", "-") are no numbers of any country: they decide nothing.
    assert phone_region(pd.Series(["+1 212 736 5000"] * 20 + local + ["0", "-"] * 40)) == "US"


def test_a_number_in_an_unknown_range_is_no_landline_of_a_household():
    from tekil.households import households

    # 592 is no Turkish prefix (kept as "unknown"); 0312 417 28 93 is an Ankara landline.
    df = pd.DataFrame(
        {
            "ad": ["Ali", "Veli", "Ayşe", "Can"],
            "gsm": ["0592 123 45 67"] * 2 + ["0312 417 28 93"] * 2,
        }
    )
    recs = prepare(df, Settings(roles={"ad": "first_name", "gsm": "phone"}), np.arange(4))
    home = households(recs, np.arange(4))
    assert home[0] != home[1]  # two customers sharing a number nobody assigned
    assert home[2] == home[3]  # two customers sharing a landline


def test_names_and_cities_are_cased_the_turkish_way_where_the_column_is_turkish():
    turkish = generate(300, seed=3).records
    settings = guess_settings(turkish, id_column="record_id")
    arguments = normalisers(turkish, settings)
    assert arguments["last_name"] == ("name", {"turkish": True})
    assert arguments["city"] == ("city", {"turkish": True})
    english = pd.DataFrame(
        {
            "id": range(4),
            "name": ["JOHN SMITH", "Kim Miller", "IAN WRIGHT", "Liz Hill"],
            "town": ["SPRINGFIELD", "Bristol", "MILTON KEYNES", "Leeds"],
        }
    )
    settings = Settings(roles={"name": "full_name", "town": "city"}, id_column="id")
    arguments = normalisers(english, settings)
    whole = {
        "turkish": False,
        "hyphenated_words": True,
        "family_in_capitals": False,
        "syllables_joined": True,
        "family_first": False,
    }
    assert arguments == {"name": ("name", whole), "town": ("city", {"turkish": False})}
    records = prepare(english, settings, english["id"].to_numpy(), arguments)
    shown = records.normalised["name"]["display"].tolist()
    assert shown == ["John Smith", "Kim Miller", "Ian Wright", "Liz Hill"]
    assert records.normalised["town"]["display"][0] == "Springfield"


def test_the_phone_columns_of_a_data_set_are_read_in_one_region():
    # A full column of London numbers and a sparse one of mobiles, too few to tell alone.
    df = pd.DataFrame(
        {
            "home": [f"020 7946 {k:04d}" for k in range(30)],
            "mobile": [f"07911 123{k:03d}" if k % 3 == 0 else None for k in range(30)],
        }
    )
    roles = {"home": "phone", "mobile": "phone"}
    assert normalisers(df[["mobile"]], Settings(roles={"mobile": "phone"}))["mobile"][1] == {
        "region": "TR"
    }
    arguments = normalisers(df, Settings(roles=roles))
    assert arguments["home"] == arguments["mobile"] == ("phone", {"region": "GB"})
    assert normalisers(df, Settings(roles=roles, phone_region="IE"))["mobile"][1] == {
        "region": "IE"
    }


def test_a_country_column_written_for_addresses_abroad_only_is_no_phone_region():
    # A Nordic group's systems in one file, each writing its own country's numbers
    # nationally (a Swedish core system, a Norwegian insurer, a Danish pension arm, Finnish
    # cards) and a country only for the few customers abroad, most of them in Norway: the
    # Swedish numbers are no Norwegian ones, and a column whose numbers another country the
    # file writes out reads clearly better is read there (Danish numbers are as valid in
    # Sweden's plan).
    n = 40

    def system(**columns):
        return pd.DataFrame({c: v for c, v in columns.items()})

    df = pd.concat(
        [
            system(mobil=[f"07{[0, 2, 3, 6][k % 4]}-{1234567 + 7919 * k:07d}" for k in range(n)]),
            system(mobilnummer=[f"9{4559263 + 7919 * k:07d}" for k in range(n)]),
            system(
                tlf=[
                    f"{[20, 30, 31, 40, 50, 60][k % 6]} {12 + k:02d} {34 + k:02d} 56"
                    for k in range(n)
                ]
            ),
            system(puhelin=[f"04{k % 2} {2385440 + 7919 * k:07d}" for k in range(n)]),
            system(mobil=[f"+46 70 123 45 6{k}" for k in range(6)]),
            system(mobilnummer=[f"+47 412 34 56{k}" for k in range(6)]),
            system(tlf=[f"+45 20 12 34 5{k}" for k in range(6)]),
            system(puhelin=[f"+358 40 123 456{k}" for k in range(6)]),
        ],
        ignore_index=True,
    )
    df["land"] = ["NO"] * 6 + [None] * (len(df) - 6)
    roles = {c: "phone" for c in ("mobil", "mobilnummer", "tlf", "puhelin")} | {"land": "country"}
    region = {
        c: kw["region"] for c, (_, kw) in normalisers(df, Settings(roles=roles)).items() if kw
    }
    assert (region["mobil"], region["mobilnummer"], region["puhelin"]) == ("SE", "NO", "FI")
    # Where the country column is the file's, its country stays every column's region.
    everyone = df.assign(land="SE")
    region = {
        c: kw["region"] for c, (_, kw) in normalisers(everyone, Settings(roles=roles)).items() if kw
    }
    assert set(region.values()) == {"SE"}


def test_whole_names_split_as_the_records_own_given_and_family_names_are():
    # A CRM keeps "José María" and "Ripoll Cózar" apart; a shop writes the whole name, whose
    # last word alone would be the family name ("Cózar").
    df = pd.DataFrame(
        {
            "nombre": ["José María", "Ana", "Luis", None, None, None],
            "apellidos": ["Ripoll Cózar", "García López", "Gil", None, None, None],
            "cliente": [
                None,
                None,
                None,
                "José María Ripoll Cózar",
                "Ana García López",
                "Ana Luis",
            ],
        }
    )
    roles = {"nombre": "first_name", "apellidos": "last_name", "cliente": "full_name"}
    recs = prepare(df, Settings(roles=roles), np.arange(len(df)))
    first, last = recs.fields["first_name"], recs.fields["last_name"]
    read = [(first.value_of(k), last.value_of(k)) for k in range(3, 6)]
    # "Luis" is a given name in the records: it stays one; a given name stays at least.
    assert read == [("jose maria", "ripoll cozar"), ("ana", "garcia lopez"), ("ana", "luis")]


def test_a_one_word_whole_name_is_a_family_name_where_the_data_writes_it_as_one():
    df = pd.DataFrame(
        {"name": ["Sarah Jones", "Tom Jones", "Jones", "Sarah", "Lee", "Lee Ann", "Lee"]}
    )
    roles = {"name": "full_name"}

    def names(records):
        first, last = records.fields["first_name"], records.fields["last_name"]
        return [(first.value_of(k), last.value_of(k)) for k in range(len(df))]

    read = names(prepare(df, Settings(roles=roles), np.arange(len(df))))
    assert read[2:5] == [(None, "jones"), ("sarah", None), ("lee", None)]  # Lee: a given name
    # A store reads a record as given to it (its keys and the crossed names meet either way).
    stored = prepare(df, Settings(roles=roles), np.arange(len(df)), {"name": ("name", {})})
    assert names(stored)[2] == ("jones", None)


def test_a_one_word_whole_name_that_repeats_the_family_name_is_no_given_name():
    df = pd.DataFrame(
        {
            "first_name": [None, None, "Ann"],
            "last_name": ["Smith", "Smith", "Smith"],
            "full_name": ["Smith", "Ann", "Ann Smith"],
        }
    )
    roles = {c: c for c in df.columns}
    recs = prepare(df, Settings(roles=roles), np.arange(3))
    first = recs.fields["first_name"]
    assert [first.value_of(k) for k in range(3)] == [None, "ann", "ann"]


def test_postcodes_stored_as_numbers_get_their_leading_zeros_back():
    zips = pd.Series(["06100", 6100, "34710", 34710.0, "01250"] * 5, dtype=object)
    df = pd.DataFrame({"name": ["Ali Veli"] * 25, "zip": zips})
    recs = prepare(df, Settings(roles={"name": "full_name", "zip": "postcode"}), np.arange(25))
    assert [recs.fields["zip"].value_of(k) for k in range(5)] == [
        "06100",
        "06100",
        "34710",
        "34710",
        "01250",
    ]


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.sampled_from(["invalid", "unparseable", None]), min_size=1, max_size=8),
    st.data(),
)
def test_reason_counts_count_each_record_once_most_frequent_first(reasons, data):
    rows = data.draw(st.lists(st.integers(0, len(reasons) - 1), max_size=12))
    table = pd.DataFrame({"value": "v", "reason": pd.Series(reasons, dtype="string")})
    counts = Normalised(table, np.array(rows, dtype=np.int64), pd.RangeIndex(len(rows)))
    got = counts.reason_counts()
    labels = ["ok" if r is None else r for r in reasons]
    expected = Counter(labels[k] for k in rows)
    assert got == dict(expected) and sum(got.values()) == len(rows)
    # Ties are listed in the order the reasons first appear in the table.
    assert list(got) == sorted(expected, key=lambda r: (-expected[r], labels.index(r)))


def test_a_fact_each_system_keeps_in_a_column_of_its_own_is_one_field():
    # A French system's "date_naissance" and a Dutch one's "geboortedatum", one record in
    # each per person: one field, so that two systems' records are compared on the date.
    df = pd.DataFrame(
        {
            "nom": ["Martin", "Martin", "Jansen", "Jansen"],
            "date_naissance": ["25/03/1980", None, "14/02/1975", None],
            "geboortedatum": [None, "25-03-1980", None, "14-02-1975"],
            "sexe": ["F", None, "M", None],
            "geslacht": [None, "V", None, "M"],
        }
    )
    roles = {"nom": "last_name", "date_naissance": "dob", "geboortedatum": "dob"}
    roles |= {"sexe": "gender", "geslacht": "gender"}
    records = prepare(df, Settings(roles=roles), np.arange(4))
    dob = records.fields["date_naissance"]
    assert "geboortedatum" not in records.fields and "geslacht" not in records.fields
    assert dob.columns == ["date_naissance", "geboortedatum"]
    assert dob.codes[0] == dob.codes[1] != dob.codes[2] == dob.codes[3]
    assert dob.parts["year"].tolist() == [1980, 1980, 1975, 1975]
    sex = records.fields["sexe"]
    assert sex.codes[0] == sex.codes[1] != sex.codes[2] == sex.codes[3]
    # Two dates on one record (a birth date and a date of something else kept alike): apart.
    both = df.assign(geboortedatum=["01-01-2001", "25-03-1980", "01-01-2002", "14-02-1975"])
    records = prepare(both, Settings(roles=roles), np.arange(4))
    assert {"date_naissance", "geboortedatum"} <= set(records.fields)


def test_whole_names_written_family_name_first_split_as_the_records_own_names_are():
    # An app keeps "Wei Ming" and "Tan" apart; the core system writes "TAN WEI MING", whose
    # last word is a given name's in the data and whose first is a family name's.
    given = ["Wei Ming", "Mei Ling", "Ah Kow", "Siew Hong", "Wei Ling", "Jia Hui"]
    family = ["Tan", "Lim", "Tan", "Lim", "Ng", "Ng"]
    whole = ["TAN WEI MING", "LIM MEI LING", "Jason Tan Wei Ling", "John Smith"]
    df = pd.DataFrame(
        {
            "first_name": [*given, None, None, None, None],
            "last_name": [*family, None, None, None, None],
            "cust_name": [None] * 6 + whole,
        }
    )
    roles = {"first_name": "first_name", "last_name": "last_name", "cust_name": "full_name"}
    recs = prepare(df, Settings(roles=roles), np.arange(len(df)))
    first, last = recs.fields["first_name"], recs.fields["last_name"]
    read = [(first.value_of(k), last.value_of(k)) for k in range(6, 10)]
    assert read == [
        ("wei ming", "tan"),
        ("mei ling", "lim"),
        ("jason wei ling", "tan"),
        ("john", "smith"),  # words the data does not know: as written
    ]
