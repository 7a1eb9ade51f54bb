"""Tests of tekil.normalize.email (syntax, provider rules, role and dummy flags)."""

from __future__ import annotations

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from normalizer_checks import assert_idempotent
from tekil.errors import InputError
from tekil.normalize.emails import email

FAST = settings(max_examples=200, deadline=None)
REASONS = {"missing", "unparseable", "invalid_syntax", "role_account", "placeholder"}


def one(raw) -> pd.Series:
    return email(pd.Series([raw], dtype=object)).iloc[0]


@pytest.mark.parametrize(
    ("raw", "value"),
    [
        ("ayse.yilmaz@firma.com.tr", "ayse.yilmaz@firma.com.tr"),
        ("  Ayse.Yilmaz@Firma.COM.TR ", "ayse.yilmaz@firma.com.tr"),
        ("mailto:ayse@firma.com", "ayse@firma.com"),
        ("MAILTO:ayse@firma.com?subject=Merhaba", "ayse@firma.com"),
        ("<ayse@firma.com>", "ayse@firma.com"),
        ("Ayşe Yılmaz <ayse@firma.com>", "ayse@firma.com"),
        ("<mailto:ayse@firma.com>", "ayse@firma.com"),
        ("o'brien@firma.ie", "o'brien@firma.ie"),
        ("x_y-z@sub.firma.co.uk", "x_y-z@sub.firma.co.uk"),
        ('"ayse@firma.com"', "ayse@firma.com"),  # an export that quoted its fields
        ("'ayse@firma.com'", "ayse@firma.com"),
        ('""ayse@firma.com""', "ayse@firma.com"),  # ... in a CSV written again
    ],
)
def test_canonical_forms(raw, value):
    row = one(raw)
    assert row["value"] == value
    assert pd.isna(row["reason"])
    assert row["value"] == f"{row['local']}@{row['domain']}"


def test_ascii_capital_i_is_never_dotless():
    # Caps lock on an ASCII address: I is the letter i, not Turkish ı.
    assert one("ILKNUR.IŞIKÇI@GMAIL.COM")["domain"] == "gmail.com"
    assert one("ILKER@FIRMA.COM")["value"] == "ilker@firma.com"
    assert one("İLKER@FİRMA.COM")["value"] == "ilker@firma.com"


def test_turkish_letters_are_lowered_the_turkish_way_and_not_folded():
    assert one("AYŞE@Gmail.com")["value"] == "ayşe@gmail.com"
    assert one("IŞIK@firma.com")["local"] == "ışık"
    assert one("ayşe@firma.com")["value"] != one("ayse@firma.com")["value"]


def test_internationalised_domains_use_the_ascii_form():
    unicode_form = one("ali@Işık.com.tr")
    assert unicode_form["domain"] == "xn--k-ekaa7p.com.tr"
    assert one("ali@xn--k-ekaa7p.com.tr")["value"] == unicode_form["value"]


def test_gmail_dots_plus_tags_and_googlemail():
    out = email(
        pd.Series(
            ["ugur.abi@gmail.com", "UgurAbi+kampanya@gmail.com", "u.g.u.r.a.b.i@googlemail.com"]
        )
    )
    assert out["value"].tolist() == ["ugurabi@gmail.com"] * 3
    assert out["local"].tolist() == ["ugurabi"] * 3
    assert out["domain"].tolist() == ["gmail.com"] * 3


@pytest.mark.parametrize(
    "domain", ["outlook.com", "hotmail.com", "live.com", "icloud.com", "yandex.com.tr", "proton.me"]
)
def test_plus_tags_removed_where_the_provider_supports_them(domain):
    assert one(f"ali.veli+shop@{domain}")["value"] == f"ali.veli@{domain}"


@pytest.mark.parametrize(
    "raw", ["ali.veli+shop@firma.com", "ali-shop@yahoo.com", "ali.veli@hotmail.com"]
)
def test_other_addresses_are_left_alone(raw):
    # Dots matter outside Gmail; Yahoo's "-keyword" addresses have an unrelated base name.
    assert one(raw)["value"] == raw


@pytest.mark.parametrize(
    "raw",
    [
        "ayse@firma.com.",
        "ayse @ firma.com",
        "ayse@firma,com",
        "ayse@firma.com;",
        " ayse@ firma.com",
        "ayse@@firma.com",  # a key held down, or a dot where no address has one
        ".ayse@firma.com",
        "ayse.@firma.com",
        "ayse@firma..com",
        "ayse@.firma.com",
    ],
)
def test_typing_slips_leave_the_mailbox_plain(raw):
    assert one(raw)["value"] == "ayse@firma.com"


def test_a_dot_typed_twice_or_an_at_lost_before_a_mail_service():
    assert one("ayse..yilmaz@firma.com")["value"] == "ayse.yilmaz@firma.com"
    assert one("ayseyilmaz85hotmail.com")["value"] == "ayseyilmaz85@hotmail.com"
    assert one("Ayse.Yilmaz.Yahoo.com")["value"] == "ayse.yilmaz@yahoo.com"
    for site in ("firma.com", "gmail.com", "www.gmail.com"):  # no mailbox lost its @
        assert one(site)["reason"] == "invalid_syntax"


@pytest.mark.parametrize(
    "raw",
    [
        "ayse",
        "ayse@",
        "@firma.com",
        "ayse@firma",
        "ayse@firma.c",
        "ayse@x@firma.com",
        "ayse@firma .com",
        "ayse@firma\u2003.com",  # em space
        "ayse[1]@firma.com",
        "ayşe,yılmaz@firma.com",
        "ayse@-firma.com",
        "ayse@firma_x.com",
        "ayse@firma.123",
        '"ayse"@firma.com',
        "ay(se)@firma.com",
        "+kampanya@gmail.com",
        "a" * 65 + "@firma.com",
    ],
)
def test_invalid_syntax(raw):
    row = one(raw)
    assert row["reason"] == "invalid_syntax"
    assert row[["value", "local", "domain"]].isna().all()


@pytest.mark.parametrize(
    "local", ["info", "INFO", "noreply", "no-reply", "no_reply", "destek", "iletisim", "bilgi",
              "satis", "satış", "muhasebe", "ik", "hr", "support", "musteri.hizmetleri",
              "müşterihizmetleri", "admin", "webmaster", "postmaster", "abuse", "office", "sales"],
)  # fmt: skip
def test_role_accounts_keep_their_value(local):
    row = one(f"{local}@firma.com.tr")
    assert row["reason"] == "role_account"
    assert row["domain"] == "firma.com.tr" and pd.notna(row["value"])


@pytest.mark.parametrize(
    "raw", ["yok@yok.com", "test@gmail.com", "noemail@firma.com", "ayse@example.com", "a@b.test"]
)
def test_placeholders(raw):
    row = one(raw)
    assert row["reason"] == "placeholder" and pd.notna(row["value"])


def test_personal_addresses_with_role_like_words_are_not_flagged():
    out = email(pd.Series(["info.ayse@firma.com", "hrvoje@firma.com", "bilgin@firma.com"]))
    assert out["reason"].isna().all()


def test_missing_and_non_text_cells():
    out = email(pd.Series([None, "", " ", float("nan"), 12, [1]], dtype=object))
    assert out["reason"].tolist() == ["missing"] * 4 + ["invalid_syntax", "unparseable"]


def test_dataframe_instead_of_series_raises_input_error():
    with pytest.raises(InputError, match="Series"):
        email(pd.DataFrame({"mail": ["a@b.com"]}))


def test_index_alignment_with_duplicates_and_nulls():
    s = pd.Series(
        ["A@Firma.com", None, "a@firma.com", "bozuk", "info@firma.com"], index=list("xyxzw")
    )
    out = email(s)
    assert out.index.equals(s.index)
    assert out["value"].tolist() == ["a@firma.com", pd.NA, "a@firma.com", pd.NA, "info@firma.com"]
    assert out["reason"].tolist() == [pd.NA, "missing", pd.NA, "invalid_syntax", "role_account"]
    assert list(out.columns) == ["value", "reason", "local", "domain"]


@FAST
@given(st.text())
def test_never_crashes_on_arbitrary_text(text):
    out = email(pd.Series([text]))
    reason = out["reason"].iloc[0]
    assert pd.isna(reason) or reason in REASONS
    assert_idempotent(email, out)


LOCAL = st.text(
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZİIıŞşçÇ0123456789.+_-",
    min_size=1,
    max_size=20,
)
DOMAIN = st.sampled_from(
    ["gmail.com", "GoogleMail.com", "hotmail.com", "firma.com.tr", "Işık.com", "yahoo.com", "x.io"]
)


@FAST
@given(LOCAL, DOMAIN, st.sampled_from(["{}", "<{}>", "mailto:{}", " Ad Soyad <{}> "]))
def test_idempotent_on_address_like_text(local, domain, wrapper):
    out = email(pd.Series([wrapper.format(f"{local}@{domain}")]))
    assert_idempotent(email, out)
    if pd.notna(out["value"].iloc[0]):
        assert out["value"].iloc[0] == f"{out['local'].iloc[0]}@{out['domain'].iloc[0]}"


def test_local_parts_in_scripts_with_combining_marks_are_valid():
    out = email(pd.Series(["कृष्ण.खत्री51@hotmail.com", "สมชาย@example.co.th"]))
    assert out["reason"].isna().all()
    assert out["value"].tolist()[0] == "कृष्ण.खत्री51@hotmail.com"


def test_a_cell_of_several_addresses_gives_its_first_valid_one():
    out = email(pd.Series(["a.b@x.com; c.d@y.org", "not@one, c@y.org", "A@X.com c@y.org", "a b"]))
    assert out["value"].tolist()[:3] == ["a.b@x.com", "c@y.org", "a@x.com"]
    assert out["reason"].tolist()[3] == "invalid_syntax"


@pytest.mark.parametrize(
    "raw, value",
    [
        ("ayse yilmaz@firma.com", "ayseyilmaz@firma.com"),  # a name's two words typed as written
        ("ayse\u00a0yilmaz@firma.com", "ayseyilmaz@firma.com"),  # no-break space
        ("ayse\tyilmaz@firma.com", "ayseyilmaz@firma.com"),
        ("laura.de gratie58@gmail.com", "lauradegratie58@gmail.com"),
        ("Anna Liz.Fogaça42@live.com", "annaliz.fogaça42@live.com"),
        ("Ayşe Yılmaz ayse@firma.com", "ayse@firma.com"),  # a name before the address
    ],
)
def test_spaces_in_the_local_part_are_typing_slips(raw, value):
    row = one(raw)
    assert row["value"] == value and pd.isna(row["reason"])
