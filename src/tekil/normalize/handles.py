"""Social-media handles and personal web sites as ``platform:username`` keys.

People give a handle in many shapes: ``@UgurAbi``, ``ugurabi``, ``x.com/ugurabi``,
``https://www.instagram.com/ugur.abi/?hl=tr``, ``IG: @ugur.abi``. This module
turns each into one key such as ``twitter:ugurabi`` so that a complaint on social
media can be recognised as a known customer's.

Conventions:

* platforms: ``twitter`` (twitter.com and x.com), ``instagram``, ``facebook``,
  ``linkedin``, ``tiktok``, ``youtube``, ``telegram``, ``github``, ``vk``, ``ok``
  (Odnoklassniki), ``threads``, ``snapchat``, ``pinterest``, ``reddit``, ``twitch``,
  ``bluesky``;
* usernames are lower-cased (all these platforms ignore case). Facebook also
  ignores dots (``ugur.abi`` is ``ugurabi``), so they are removed; a numeric
  Facebook id (``profile.php?id=123``) gives ``facebook:123``; a YouTube channel
  id keeps its case (``youtube:channel/UC...``), and ``youtube.com/c/x`` and
  ``/user/x`` are read as the handle ``x`` (YouTube turned those names into handles);
* a bare ``@x`` or ``x`` whose platform is unknown gives ``unknown:x``; pass
  ``platform="twitter"`` for a column known to hold one platform's handles. A
  ``platform: x`` prefix in the cell (``IG: @x``, ``twitter=x``) names it too;
* a link to any other site gives ``web:`` and its host without ``www.``
  (``https://blog.ugur.dev/about`` → ``web:blog.ugur.dev``), except a
  ``/@user`` path (Medium, Mastodon), kept as ``web:host/@user`` because
  the host alone is shared by every user there. Without a platform argument,
  scheme-less text counts as a site when its last label is a known top-level
  domain (``ugurabi.com``, ``ugur.dev``, any two-letter country code), so
  ``ugur.abi`` is a handle but ``ugur.tr`` a site; with one, only text starting
  with ``www.`` or a link to a known platform does.
"""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import parse_qs, unquote, urlsplit

import pandas as pd

from tekil.errors import ConfigError
from tekil.normalize._common import NA, UNPARSEABLE, CellReader
from tekil.normalize.emails import ascii_domain, lower_identifier

__all__ = ["INVALID_HANDLE", "NOT_PROFILE", "PLATFORMS", "handle"]

#: Reason for a username that the platform cannot have (wrong characters or length).
INVALID_HANDLE = "invalid_handle"
#: Reason for a platform link that names no account (a post, a search, an invite link).
NOT_PROFILE = "not_profile"

#: Platforms recognised from links, prefixes and the ``platform`` argument.
PLATFORMS = (
    "twitter",
    "instagram",
    "facebook",
    "linkedin",
    "tiktok",
    "youtube",
    "telegram",
    "github",
    "vk",
    "ok",
    "threads",
    "snapchat",
    "pinterest",
    "reddit",
    "twitch",
    "bluesky",
)

COLUMNS = ("value", "reason", "platform", "username")

_ALIASES = {p: p for p in PLATFORMS} | {
    "x": "twitter", "tw": "twitter", "ig": "instagram", "insta": "instagram",
    "fb": "facebook", "yt": "youtube", "tg": "telegram", "gh": "github",
    "vkontakte": "vk", "odnoklassniki": "ok", "snap": "snapchat", "bsky": "bluesky",
}  # fmt: skip
_HOSTS = {
    "twitter.com": "twitter", "x.com": "twitter",
    "instagram.com": "instagram", "instagr.am": "instagram",
    "facebook.com": "facebook", "fb.com": "facebook", "fb.me": "facebook", "m.me": "facebook",
    "linkedin.com": "linkedin", "lnkd.in": "linkedin",
    "tiktok.com": "tiktok",
    "youtube.com": "youtube", "youtu.be": "youtube",
    "t.me": "telegram", "telegram.me": "telegram", "telegram.dog": "telegram",
    "github.com": "github",
    "vk.com": "vk", "vkontakte.ru": "vk", "vk.ru": "vk",
    "ok.ru": "ok", "odnoklassniki.ru": "ok",
    "threads.net": "threads", "threads.com": "threads",
    "snapchat.com": "snapchat",
    "pinterest.com": "pinterest", "pin.it": "pinterest",
    "reddit.com": "reddit",
    "twitch.tv": "twitch",
    "bsky.app": "bluesky",
}  # fmt: skip
# Generic top-level domains common enough to tell "ugurabi.com" (a site) from "ugur.abi"
# (an Instagram-style handle); every two-letter label is taken as a country code.
_TLDS_WORDS = """
    com net org info biz edu gov mil int name pro mobi app dev io ai blog page site online
    store shop tech xyz web website club art design agency studio live news media link
    cloud digital email social space world life today network academy photo photography
    """
_TLDS = frozenset(_TLDS_WORDS.split())

# Usernames as each platform allows them (after lower-casing).
_RULES = {
    "twitter": re.compile(r"[a-z0-9_]{1,15}"),
    "instagram": re.compile(r"[a-z0-9._]{1,30}"),
    "facebook": re.compile(r"[a-z0-9]{1,50}"),  # dots already removed; numeric ids included
    "linkedin": re.compile(r"[\w-]{3,100}"),  # profile URLs may hold non-ASCII letters
    "tiktok": re.compile(r"[a-z0-9._]{2,24}"),
    "youtube": re.compile(r"[\w.-]{3,30}"),
    "telegram": re.compile(r"[a-z][a-z0-9_]{3,31}"),
    "github": re.compile(r"[a-z0-9](?:-?[a-z0-9]){0,38}"),
    "vk": re.compile(r"[a-z0-9_.]{2,32}"),
    "ok": re.compile(r"[a-z0-9_.]{2,64}"),
    "threads": re.compile(r"[a-z0-9._]{1,30}"),  # Instagram's usernames
    "snapchat": re.compile(r"[a-z][a-z0-9._-]{2,14}"),
    "pinterest": re.compile(r"[a-z0-9_]{3,30}"),
    "reddit": re.compile(r"[a-z0-9_-]{3,20}"),
    "twitch": re.compile(r"[a-z0-9_]{4,25}"),
    "bluesky": re.compile(r"[a-z0-9.-]{3,253}"),  # a domain name: "ayse.bsky.social"
    "unknown": re.compile(r"[\w.-]{0,63}\w[\w.-]{0,63}"),  # shape of any handle
}
_YOUTUBE_CHANNEL = re.compile(r"channel/UC[\w-]{22}")

# First path segments that are pages of the platform, not accounts.
_RESERVED = {
    "twitter": {
        "home", "explore", "search", "i", "intent", "share", "hashtag", "settings", "messages",
        "notifications", "login", "logout", "signup", "tos", "privacy", "compose", "about",
        "download", "account", "lists",
    },
    "instagram": {
        "p", "reel", "reels", "tv", "explore", "accounts", "direct", "about", "developer",
        "legal", "web", "stories",
    },
    "facebook": {
        "groups", "events", "watch", "photo.php", "photo", "photos", "story.php", "permalink.php",
        "sharer", "sharer.php", "share", "share.php", "login", "login.php", "home.php",
        "marketplace", "hashtag", "help", "policies", "privacy", "settings", "notes", "gaming",
        "reel", "video.php", "videos", "dialog", "plugins", "l.php", "search", "messages",
        "profile.php", "people", "pages",
    },
    "youtube": {
        "watch", "shorts", "playlist", "results", "feed", "embed", "live", "hashtag", "redirect",
        "about", "premium", "account", "gaming", "music", "kids", "t", "signin", "logout",
    },
    "telegram": {
        "joinchat", "addstickers", "addemoji", "share", "proxy", "socks", "iv", "c", "addlist",
        "setlanguage", "addtheme", "boost", "login", "confirmphone", "invoice",
    },
    "github": {
        "settings", "features", "marketplace", "topics", "collections", "trending", "explore",
        "login", "logout", "join", "signup", "about", "pricing", "apps", "notifications", "pulls",
        "issues", "search", "enterprise", "security", "site", "contact", "customer-stories",
        "readme", "new", "codespaces", "team", "events",
    },
    "vk": {
        "feed", "im", "search", "settings", "friends", "groups", "video", "audio", "music",
        "photos", "market", "apps", "login", "join", "about", "support", "dev", "away.php",
        "share.php", "wall", "services", "clips",
    },
    "ok": {"group", "groups", "feed", "messages", "search", "video", "music", "games", "dk"},
    "pinterest": {"pin", "search", "ideas", "today", "business", "settings", "categories"},
    "twitch": {"directory", "videos", "settings", "search", "p", "downloads", "jobs", "turbo"},
}  # fmt: skip

#: "IG: @x", "twitter=x", and "IG @x" (a platform's name before the handle).
_PREFIX = re.compile(r"([a-z]+)(?:\s*[:=]\s*|\s+(?=@))(.*)", re.IGNORECASE | re.DOTALL)
_SCHEME = re.compile(r"[a-z][a-z0-9+.-]*://", re.IGNORECASE)
_HOST_END = re.compile(r"[/?#]")


def _row(platform: str, username: str, reason: Any = NA) -> tuple[Any, ...]:
    return (f"{platform}:{username}", reason, platform, username)


def _account(platform: str, raw: str) -> tuple[Any, ...]:
    """Canonicalise and check a username given for ``platform`` (or ``unknown``)."""
    name = raw.strip()
    name = name[1:] if name.startswith("@") else name
    if platform == "youtube" and _YOUTUBE_CHANNEL.fullmatch(name):
        return _row(platform, name)  # channel ids are case-sensitive
    if not _RULES["unknown"].fullmatch(name):
        return (NA, UNPARSEABLE, NA, NA)
    name = lower_identifier(name)
    if platform == "facebook":
        name = name.replace(".", "")
    if not _RULES[platform].fullmatch(name):
        return (NA, INVALID_HANDLE, platform, NA)
    return _row(platform, name)


def _platform_host(host: str) -> str | None:
    for domain, platform in _HOSTS.items():
        if host == domain or host.endswith("." + domain):
            return platform
    return None


def _from_path(
    platform: str, host: str, segs: list[str], query: dict[str, list[str]]
) -> str | None:
    """The account named by a platform link, or ``None`` when the link names none."""
    first = segs[0].lower() if segs else ""
    second = segs[1] if len(segs) > 1 else None
    if platform == "twitter" and first == "intent":
        return next(iter(query.get("screen_name", [])), None)
    if platform == "instagram" and first == "stories" and second != "highlights":
        return second
    if platform == "facebook":
        if first == "profile.php":
            return next(iter(query.get("id", [])), None)
        if first in ("people", "pages"):  # people/Name/<id>
            return segs[-1] if segs[-1].isdigit() else None
    if platform == "linkedin":
        return second if first == "in" and host != "lnkd.in" else None
    if platform == "tiktok":
        return segs[0] if first.startswith("@") else None
    if platform == "youtube":
        if host == "youtu.be":
            return None
        if first in ("c", "user"):
            return second
        if first == "channel":
            return f"channel/{second}" if second else None
    if platform == "telegram":
        if first == "s":
            return second
        if first.startswith("+"):  # private invite link
            return None
    if platform == "github" and first in ("orgs", "sponsors"):
        return second
    if platform == "threads":
        return segs[0] if first.startswith("@") else None
    if platform == "ok" and first == "profile":  # ok.ru/profile/<id>, or ok.ru/<name>
        return second
    if (platform, first) in (("reddit", "user"), ("reddit", "u"), ("snapchat", "add")):
        return second
    if platform == "bluesky":
        return second if first == "profile" else None
    if platform == "reddit" or (platform == "pinterest" and host == "pin.it"):
        return None  # a subreddit, a post, a short link
    if not first or first in _RESERVED.get(platform, ()):
        return None
    return segs[0]


def _web(host: str, segs: list[str]) -> tuple[Any, ...]:
    host = host.removeprefix("www.")
    domain = ascii_domain(host)
    if domain is None:
        return (NA, UNPARSEABLE, NA, NA)
    if segs and segs[0].startswith("@") and _RULES["unknown"].fullmatch(segs[0][1:]):
        return _row("web", f"{domain}/{lower_identifier(segs[0])}")
    return _row("web", domain)


def _url(text: str) -> tuple[Any, ...]:
    parts = urlsplit(text if _SCHEME.match(text) else "https://" + text)
    host = parts.hostname
    if not host or "@" in parts.netloc:  # "ayse@gmail.com" is an e-mail address, not a link
        return (NA, UNPARSEABLE, NA, NA)
    host = host.rstrip(".")
    segs = [unquote(s) for s in parts.path.split("/") if s]
    platform = _platform_host(host)
    if platform is None:
        return _web(host, segs)
    if platform == "twitter" and parts.fragment.startswith("!/"):  # old "#!/user" links
        segs = [s for s in parts.fragment[2:].split("/") if s]
    raw = _from_path(platform, host, segs, parse_qs(parts.query))
    if raw is None:
        return (NA, NOT_PROFILE, platform, NA)
    return _account(platform, raw)


def _looks_like_site(text: str, strict: bool) -> bool:
    """Whether scheme-less ``text`` reads as a link rather than as a bare handle."""
    host = _HOST_END.split(text, maxsplit=1)[0].lower().rstrip(".")
    if "." not in host or "@" in host:
        return False
    if host.startswith("www.") or _platform_host(host.split(":")[0]) is not None:
        return True
    tld = host.split(":")[0].rsplit(".", 1)[-1]
    return not strict and (tld in _TLDS or (len(tld) == 2 and tld.isalpha()))


def _parse(text: str, default: str | None) -> tuple[Any, ...]:
    prefix = _PREFIX.fullmatch(text)
    if prefix:
        name, rest = prefix.group(1).lower(), prefix.group(2).strip()
        if name == "web":
            return _url(rest)
        if name == "unknown":
            return _account(default or "unknown", rest)
        if name in _ALIASES:
            platform = _ALIASES[name]
            # "instagram: instagram.com/x" is a link; "instagram: ugur.tr" a handle.
            if _SCHEME.match(rest) or _looks_like_site(rest, strict=True):
                return _url(rest)
            return _account(platform, rest)
    if _SCHEME.match(text) or (
        not text.startswith("@") and _looks_like_site(text, strict=default is not None)
    ):
        return _url(text)
    return _account(default or "unknown", text)


def handle(values: pd.Series, *, platform: str | None = None) -> pd.DataFrame:
    """Read social-media handles and profile links as ``platform:username`` keys.

    ``platform`` (``"twitter"``, ``"x"``, ``"instagram"``, ``"ig"``, ...) is the
    platform of bare handles in this column; without it they get ``unknown:``.
    Links always keep the platform they point to. See the module documentation
    for the conventions.

    Returns a DataFrame aligned to ``values`` with columns ``value``,
    ``reason``, ``platform`` (one of :data:`PLATFORMS`, ``unknown`` or ``web``)
    and ``username`` (for ``web``, the host). Reasons:

    * ``missing`` - null or blank;
    * ``unparseable`` - neither a handle nor a link (spaces inside, an e-mail
      address, a malformed link);
    * ``invalid_handle`` - a username the platform cannot have (``platform``
      is still given);
    * ``not_profile`` - a platform link naming no account (a post such as
      ``instagram.com/p/...``, ``twitter.com/home``, a group, an invite link).

    >>> handle(pd.Series(["@UgurAbi", "https://x.com/UgurAbi?lang=tr", "ugurabi.com"]))[
    ...     "value"
    ... ].tolist()
    ['unknown:ugurabi', 'twitter:ugurabi', 'web:ugurabi.com']
    """
    return reader(platform=platform).frame(values)


def reader(*, platform: str | None = None) -> CellReader:
    """How :func:`handle` reads one cell."""
    default = None
    if platform is not None:
        default = _ALIASES.get(platform.lower()) if isinstance(platform, str) else None
        if default is None:
            raise ConfigError(
                f"normalize.handle: platform must be one of {', '.join(PLATFORMS)} "
                f"(or an alias such as 'x', 'ig', 'fb'), got {platform!r}"
            )
    return CellReader("handle", lambda text: _parse(text, default), tuple(COLUMNS))
