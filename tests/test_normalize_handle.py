"""Tests of tekil.normalize.handle (social handles and profile links)."""

from __future__ import annotations

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from normalizer_checks import assert_idempotent
from tekil.errors import ConfigError, InputError
from tekil.normalize.handles import PLATFORMS, handle

FAST = settings(max_examples=200, deadline=None)
REASONS = {"missing", "unparseable", "invalid_handle", "not_profile"}


def value(raw, **kwargs):
    return handle(pd.Series([raw], dtype=object), **kwargs)["value"].iloc[0]


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("@UgurAbi", "unknown:ugurabi"),
        ("ugurabi", "unknown:ugurabi"),
        ("ugur.abi", "unknown:ugur.abi"),  # "abi" is no top-level domain: a handle
        ("twitter.com/ugurabi", "twitter:ugurabi"),
        ("https://x.com/UgurAbi?lang=tr", "twitter:ugurabi"),
        ("https://mobile.twitter.com/UgurAbi/status/123", "twitter:ugurabi"),
        ("http://twitter.com/#!/UgurAbi", "twitter:ugurabi"),
        ("twitter.com/intent/user?screen_name=UgurAbi", "twitter:ugurabi"),
        ("https://www.instagram.com/ugur.abi/", "instagram:ugur.abi"),
        ("instagram.com/ugur.abi/?hl=tr", "instagram:ugur.abi"),
        ("instagr.am/ugur.abi", "instagram:ugur.abi"),
        ("https://www.instagram.com/stories/ugur.abi/123/", "instagram:ugur.abi"),
        ("facebook.com/ugur.abi", "facebook:ugurabi"),
        ("fb.com/Ugur.Abi", "facebook:ugurabi"),
        ("https://tr-tr.facebook.com/ugurabi", "facebook:ugurabi"),
        ("m.facebook.com/ugur.abi?ref=bookmarks", "facebook:ugurabi"),
        ("facebook.com/profile.php?id=100012345678", "facebook:100012345678"),
        ("facebook.com/people/Ugur-Abi/100012345678/", "facebook:100012345678"),
        ("https://www.linkedin.com/in/ugur-abi-123/", "linkedin:ugur-abi-123"),
        ("tr.linkedin.com/in/u%C4%9Fur-abi", "linkedin:uğur-abi"),
        ("tiktok.com/@UgurAbi", "tiktok:ugurabi"),
        ("https://www.tiktok.com/@ugurabi/video/123", "tiktok:ugurabi"),
        ("youtube.com/@UgurAbi", "youtube:ugurabi"),
        ("youtube.com/c/UgurAbi", "youtube:ugurabi"),
        ("youtube.com/user/UgurAbi", "youtube:ugurabi"),
        (
            "youtube.com/channel/UCaBcDeFgHiJkLmNoPqRsTuV",
            "youtube:channel/UCaBcDeFgHiJkLmNoPqRsTuV",
        ),
        ("t.me/UgurAbi", "telegram:ugurabi"),
        ("https://telegram.me/ugurabi", "telegram:ugurabi"),
        ("github.com/UgurAbi", "github:ugurabi"),
        ("https://github.com/ugurabi/tekil/issues", "github:ugurabi"),
        ("ugurabi.com", "web:ugurabi.com"),
        ("www.ugurabi.com.tr", "web:ugurabi.com.tr"),
        ("https://blog.ugur.dev/about", "web:blog.ugur.dev"),
        ("HTTPS://WWW.UGURABI.COM/", "web:ugurabi.com"),
        ("https://medium.com/@UgurAbi/yazi-123", "web:medium.com/@ugurabi"),
        ("IG: @ugur.abi", "instagram:ugur.abi"),
        ("instagram: ugur.tr", "instagram:ugur.tr"),
        ("twitter=UgurAbi", "twitter:ugurabi"),
        ("x: @UgurAbi", "twitter:ugurabi"),
        ("insta: instagram.com/ugur.abi", "instagram:ugur.abi"),
    ],
)
def test_forms(raw, expected):
    assert value(raw) == expected


def test_platform_and_username_columns():
    out = handle(pd.Series(["https://x.com/UgurAbi", "ugurabi.com", "@ugur"]))
    assert list(out.columns) == ["value", "reason", "platform", "username"]
    assert out["platform"].tolist() == ["twitter", "web", "unknown"]
    assert out["username"].tolist() == ["ugurabi", "ugurabi.com", "ugur"]
    assert out["reason"].isna().all()


def test_default_platform_for_bare_handles():
    s = pd.Series(["@UgurAbi", "ugurabi", "instagram.com/ugur.abi", "ugur.tr", "www.ugur.tr"])
    out = handle(s, platform="x")
    assert out["value"].tolist()[:3] == ["twitter:ugurabi", "twitter:ugurabi", "instagram:ugur.abi"]
    # With a platform, scheme-less text is a site only when it says so (www., a known host).
    assert out["reason"].tolist()[3] == "invalid_handle"
    assert out["value"].tolist()[4] == "web:ugur.tr"
    assert value("ugur.tr", platform="instagram") == "instagram:ugur.tr"


@pytest.mark.parametrize("platform", ["myspace", "", 3])
def test_bad_platform_raises_config_error(platform):
    with pytest.raises(ConfigError, match="platform"):
        handle(pd.Series(["@x"]), platform=platform)


def test_all_platforms_accept_a_simple_handle():
    for platform in PLATFORMS:
        assert value("@ugurabi", platform=platform) == f"{platform}:ugurabi"


@pytest.mark.parametrize(
    ("raw", "platform"),
    [
        ("twitter.com/home", "twitter"),
        ("https://x.com/search?q=tekil", "twitter"),
        ("https://www.instagram.com/p/Cxyz123/", "instagram"),
        ("instagram.com/reel/Cxyz123", "instagram"),
        ("facebook.com/groups/12345", "facebook"),
        ("facebook.com/profile.php", "facebook"),
        ("linkedin.com/company/tekil", "linkedin"),
        ("https://lnkd.in/abc123", "linkedin"),
        ("https://vm.tiktok.com/ZMabc123/", "tiktok"),
        ("https://www.youtube.com/watch?v=abc", "youtube"),
        ("https://youtu.be/abc", "youtube"),
        ("t.me/joinchat/AbCdEf", "telegram"),
        ("https://t.me/+AbCdEf", "telegram"),
        ("github.com/settings", "github"),
        ("https://twitter.com", "twitter"),
    ],
)
def test_links_that_name_no_account(raw, platform):
    out = handle(pd.Series([raw]))
    assert out["reason"].tolist() == ["not_profile"]
    assert out["platform"].tolist() == [platform]
    assert out["value"].isna().all()


@pytest.mark.parametrize(
    ("raw", "kwargs"),
    [
        ("twitter.com/a_name_far_too_long_for_twitter", {}),
        ("x.com/ugur.abi", {}),
        ("@ugur.abi", {"platform": "twitter"}),
        ("t.me/abc", {}),
        ("github.com/-ugur", {}),
        ("tiktok.com/@u", {}),
    ],
)
def test_invalid_handles(raw, kwargs):
    out = handle(pd.Series([raw]), **kwargs)
    assert out["reason"].tolist() == ["invalid_handle"]
    assert out["platform"].notna().all() and out["value"].isna().all()


@pytest.mark.parametrize(
    "raw", ["ugur abi", "ayse@gmail.com", "http://", "https://[bad", "@", "a/b/c", "!!!", "web:"]
)
def test_unparseable(raw):
    out = handle(pd.Series([raw]))
    assert out["reason"].tolist() == ["unparseable"]
    assert out["value"].isna().all()


def test_turkish_letters_in_unknown_handles():
    assert value("@UĞUR_ABİ") == "unknown:uğur_abi"


def test_missing_and_non_text_cells():
    out = handle(pd.Series([None, "", "  ", float("nan"), 123, [1]], dtype=object))
    assert out["reason"].tolist() == ["missing"] * 4 + [pd.NA, "unparseable"]
    assert out["value"].iloc[4] == "unknown:123"


def test_dataframe_instead_of_series_raises_input_error():
    with pytest.raises(InputError, match="Series"):
        handle(pd.DataFrame({"twitter": ["@x"]}))


def test_index_alignment_with_duplicates_and_nulls():
    s = pd.Series(
        ["@UgurAbi", None, "x.com/ugurabi", "@UgurAbi", "ugur abi"], index=[3, 3, 1, 0, 9]
    )
    out = handle(s)
    assert out.index.equals(s.index)
    assert out["value"].tolist() == [
        "unknown:ugurabi",
        pd.NA,
        "twitter:ugurabi",
        "unknown:ugurabi",
        pd.NA,
    ]
    assert out["reason"].tolist() == [pd.NA, "missing", pd.NA, pd.NA, "unparseable"]


@FAST
@given(st.text(), st.sampled_from([None, "twitter", "instagram", "youtube", "facebook"]))
def test_never_crashes_on_arbitrary_text(text, platform):
    out = handle(pd.Series([text]), platform=platform)
    reason = out["reason"].iloc[0]
    assert pd.isna(reason) or reason in REASONS
    assert_idempotent(handle, out, platform=platform)


HANDLE = st.text("abcXYZ019._-ğüşİı", min_size=1, max_size=20)
FORM = st.sampled_from(
    [
        "@{}",
        "{}",
        "https://x.com/{}",
        "instagram.com/{}/",
        "facebook.com/{}",
        "linkedin.com/in/{}",
        "tiktok.com/@{}",
        "youtube.com/@{}",
        "t.me/{}",
        "github.com/{}",
        "https://{}.com/about",
        "medium.com/@{}",
        "IG: {}",
    ]
)


@FAST
@given(HANDLE, FORM, st.sampled_from([None, "twitter", "linkedin"]))
def test_idempotent_on_handle_like_text(name, form, platform):
    out = handle(pd.Series([form.format(name)]), platform=platform)
    assert_idempotent(handle, out, platform=platform)
    if pd.notna(out["value"].iloc[0]):
        assert out["value"].iloc[0] == f"{out['platform'].iloc[0]}:{out['username'].iloc[0]}"


@pytest.mark.parametrize(
    ("raw", "value"),
    [
        ("vk.com/ayse_y", "vk:ayse_y"),
        ("https://vk.com/id12345", "vk:id12345"),
        ("ok.ru/profile/5712345", "ok:5712345"),
        ("threads.net/@ayse_y", "threads:ayse_y"),
        ("snapchat.com/add/ayse_y", "snapchat:ayse_y"),
        ("https://www.pinterest.com/ayse_y/", "pinterest:ayse_y"),
        ("reddit.com/user/ayse_y", "reddit:ayse_y"),
        ("reddit.com/u/ayse_y", "reddit:ayse_y"),
        ("twitch.tv/ayse_y", "twitch:ayse_y"),
        ("bsky.app/profile/ayse.bsky.social", "bluesky:ayse.bsky.social"),
        ("vk: ayse_y", "vk:ayse_y"),
        ("IG @ayse_y", "instagram:ayse_y"),
    ],
)
def test_more_platforms_and_a_platform_named_before_the_handle(raw, value):
    assert handle(pd.Series([raw])).loc[0, "value"] == value


@pytest.mark.parametrize(
    "raw", ["vk.com/feed", "reddit.com/r/python", "twitch.tv/directory", "pinterest.com/pin/1"]
)
def test_pages_of_those_platforms_name_no_account(raw):
    assert handle(pd.Series([raw])).loc[0, "reason"] == "not_profile"
