"""E-mail addresses: syntax check, canonical form per provider, role and dummy flags.

The canonical form is the address a message would actually reach:

* trimmed, ``mailto:`` and ``Name <...>`` wrappers removed, an airline reservation's form read
  (``JOHN..SMITH//GMAIL.COM``); spaces around the ``@`` or in the
  local part (``anna liz.fogaca@``, a name's two words), a full stop or comma at the end and a
  comma for a dot in the domain are typing slips, mended;
* lower case. An all-ASCII part is lower-cased the plain way (``INFO`` → ``info``:
  an upper-case I in an address is the ASCII letter, never Turkish ``ı``); a part
  that has non-ASCII letters is lower-cased the Turkish way (``IŞIK`` → ``ışık``).
  Letters are never folded (``ayşe`` stays ``ayşe``), because a mailbox with and
  one without Turkish letters are two mailboxes;
* a non-ASCII (internationalised) domain is stored in its ASCII ``xn--`` form, so
  both spellings of one domain agree;
* provider rules, applied only where the provider documents them:
  Gmail ignores dots and ``+tag`` (``googlemail.com`` is ``gmail.com``);
  Outlook.com/Hotmail/Live/MSN, iCloud, Proton, Fastmail and Yandex deliver
  ``name+tag`` to ``name``, so the tag is removed. Yahoo is left alone: its
  ``base-keyword`` disposable addresses use a base name that is not the account
  name, so nothing can be stripped.

Two flags keep a present value out of matching: ``role_account`` (``info@``,
``destek@``, ``noreply@``: a mailbox of a firm, shared by many customers) and
``placeholder`` (``yok@yok.com``, ``test@example.com``: typed to fill a form).
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any

import pandas as pd

from tekil.normalize._common import NA, CellReader, first_valid
from tekil.normalize.text import fold, turkish_lower

__all__ = [
    "INVALID_SYNTAX",
    "PLACEHOLDER",
    "ROLE_ACCOUNT",
    "ascii_domain",
    "email",
    "lower_identifier",
]

#: Reason for text that is not a usable e-mail address.
INVALID_SYNTAX = "invalid_syntax"
#: Reason for a valid address of a shared mailbox (info@, destek@, noreply@...).
ROLE_ACCOUNT = "role_account"
#: Reason for a valid address typed only to fill a form (yok@yok.com, test@example.com).
PLACEHOLDER = "placeholder"

COLUMNS = ("value", "reason", "local", "domain")
_INVALID_ROW = (NA, INVALID_SYNTAX, NA, NA)

_MAILTO = re.compile(r"^mailto:", re.IGNORECASE)
_AROUND_AT = re.compile(r"\s*@\s*")
_ANGLE = re.compile(r"^[^<>]*<([^<>]*)>$")  # "Ayşe Yılmaz <ayse@x.com>" or "<ayse@x.com>"
_ASCII_ATEXT = frozenset("abcdefghijklmnopqrstuvwxyz0123456789!#$%&'*+/=?^_`{|}~-")
_ASCII_LOCAL = re.compile("[" + re.escape("".join(sorted(_ASCII_ATEXT | {"."}))) + "]+")
_WHITESPACE = re.compile(r"\s")  # what str.isspace calls white space
_LABEL = re.compile(r"[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?")
_TLD = re.compile(r"[a-z]{2,63}|xn--[a-z0-9-]{1,59}")

_GMAIL = frozenset({"gmail.com", "googlemail.com"})
_PLUS_TAG_DOMAINS = frozenset(
    {
        # Microsoft consumer mail (Outlook.com) supports plus addressing on all its domains.
        "outlook.com", "hotmail.com", "live.com", "msn.com", "outlook.fr", "outlook.de",
        "hotmail.co.uk", "hotmail.fr", "hotmail.de", "hotmail.it", "hotmail.es", "live.co.uk",
        "live.fr",
        "icloud.com", "me.com", "mac.com",
        "proton.me", "protonmail.com", "protonmail.ch", "pm.me",
        "fastmail.com", "fastmail.fm",
        "yandex.com", "yandex.ru", "yandex.com.tr", "ya.ru",
    }
)  # fmt: skip

# Shared mailboxes, compared on the folded local part with separators removed
# ("no-reply", "no_reply", "noreply" and "müşteri.hizmetleri" all hit).
_ROLES_WORDS = """
    info information contact contactus hello hi mail email office team admin administrator
    root hostmaster postmaster webmaster abuse noc security noreply donotreply dontreply
    support help helpdesk service services customerservice customerservices customercare
    care sales marketing billing accounts accounting finance invoice invoices hr jobs careers
    recruitment press media pr news newsletter privacy legal compliance orders order booking
    reservations reservation feedback enquiries enquiry inquiries inquiry
    destek bilgi iletisim musteri musterihizmetleri musterihizmet cagrimerkezi satis
    pazarlama muhasebe finans fatura ik insankaynaklari kariyer basvuru yonetim sekreter
    sekreterlik halklailiskiler rezervasyon siparis sikayet oneri kurumsal teknik
    bilgiislem merkez genel yardim
    """
_ROLES = frozenset(_ROLES_WORDS.split())
# Local parts typed when the customer had no address to give.
_PLACEHOLDER_LOCALS_WORDS = """
    yok yoktur none noemail nomail noaddress null nil na test testing deneme example sample
    asd asdf asdasd qwe qwerty xxx xx x abc bos bilinmiyor mailyok epostayok emailyok
    """
_PLACEHOLDER_LOCALS = frozenset(_PLACEHOLDER_LOCALS_WORDS.split())
_PLACEHOLDER_DOMAINS = frozenset(
    {"example.com", "example.net", "example.org", "test.com", "yok.com", "deneme.com"}
)
# Reserved top-level names (RFC 2606, RFC 6761): no real mailbox lives there.
_RESERVED_TLDS = frozenset({"test", "example", "invalid", "localhost", "local"})


def role_mailbox(local: str) -> bool:
    """Whether ``local`` (an address's part before ``@``) is a shared mailbox's, a firm's
    (``info``, ``Accounts``, ``no-reply``), that no person's name is written in.

    >>> role_mailbox("Accounts"), role_mailbox("office"), role_mailbox("anita.patel")
    (True, True, False)
    """
    return fold(lower_identifier(local)).replace(" ", "") in _ROLES


def lower_identifier(text: str) -> str:
    """Lower-case an identifier: plain rules when ASCII, Turkish rules otherwise.

    >>> lower_identifier("INFO"), lower_identifier("IŞIK"), lower_identifier("İNCİ")
    ('info', 'ışık', 'inci')
    """
    return text.lower() if text.isascii() else turkish_lower(text)


def _unwrap(text: str) -> str:
    # Peel wrappers until none is left: '<mailto:a@b.com>' needs two passes.
    while True:
        before = text
        match = _ANGLE.match(text)
        if match:
            text = match.group(1).strip()
        if _MAILTO.match(text):
            text = _MAILTO.sub("", text).split("?", 1)[0].strip()
        if text == before:
            return text


def _local_ok(local: str) -> bool:
    if not local or len(local.encode("utf-8")) > 64:
        return False
    if local.startswith(".") or local.endswith(".") or ".." in local:
        return False
    # ASCII characters allowed unquoted in RFC 5322, plus letters and digits of any script
    # (internationalised addresses, RFC 6531). Quoted local parts are refused on purpose.
    if local.isascii():  # nearly all: one regular expression instead of a test per character
        return _ASCII_LOCAL.fullmatch(local) is not None
    return all(ch == "." or ch in _ASCII_ATEXT or _word_character(ch) for ch in local)


def _word_character(ch: str) -> bool:
    """A non-ASCII letter, digit or combining mark (the vowel signs of Devanagari, Thai, ...)."""
    return ord(ch) > 127 and (ch.isalnum() or unicodedata.category(ch)[0] == "M")


def ascii_domain(domain: str) -> str | None:
    """Return the lower-case ASCII form of a valid domain name, or ``None``.

    >>> ascii_domain("Işık.com.TR"), ascii_domain("no_dot")
    ('xn--k-ekaa7p.com.tr', None)
    """
    domain = lower_identifier(domain)
    if not domain.isascii():
        try:
            domain = domain.encode("idna").decode("ascii").lower()
        except UnicodeError:
            return None
    if len(domain) > 253:
        return None
    labels = domain.split(".")
    if len(labels) < 2 or not _TLD.fullmatch(labels[-1]):
        return None
    return domain if all(_LABEL.fullmatch(label) for label in labels) else None


def _spaced(local: str) -> str:
    """A local part with spaces in it: a name written before the address (``Ayşe Yılmaz
    ayse``, capitals before it and none in it) is left out; else the spaces are typing slips
    (``anna liz.fogaca``, a name's two words typed as written), dropped."""
    name, _, last = local.rpartition(" ")
    if any(ch.isupper() for ch in name) and not any(ch.isupper() for ch in last):
        return last
    return _WHITESPACE.sub("", local)


def _from_reservation(text: str) -> str:
    """An address as airline reservations write it (IATA's contact e-mail element, which has
    no ``@`` nor ``_``): ``JOHN..SMITH//GMAIL.COM`` is ``JOHN_SMITH@GMAIL.COM``, ``./`` a
    hyphen. Any other text is left as it is (a link's ``https://`` holds no domain before).

    >>> _from_reservation("JOHN..SMITH//GMAIL.COM"), _from_reservation("A./B//X./Y.DE")
    ('JOHN_SMITH@GMAIL.COM', 'A-B@X-Y.DE')
    >>> _from_reservation("https://x.com")
    'https://x.com'
    """
    local, _, domain = text.partition("//")
    if not local or ":" in local or "/" in domain.replace("./", "") or "." not in domain:
        return text
    return f"{local.replace('..', '_').replace('./', '-')}@{domain.replace('./', '-')}"


#: Mail services so widely used that an address ending in one of their domains without an
#: ``@`` has lost it ("jsmith85gmail.com").
_WEBMAIL = _GMAIL | _PLUS_TAG_DOMAINS | frozenset(
    {"yahoo.com", "ymail.com", "aol.com", "gmx.de", "gmx.net", "web.de", "mail.ru", "qq.com",
     "163.com", "naver.com", "yahoo.co.jp", "yahoo.fr", "yahoo.co.uk", "libero.it", "orange.fr"}
)  # fmt: skip
_WEBMAIL_END = re.compile(r"^(.+?)\.?(" + "|".join(map(re.escape, sorted(_WEBMAIL))) + r")$")
_DOTS, _ATS = re.compile(r"\.{2,}"), re.compile("@{2,}")


def _slips_undone(text: str) -> str:
    """An address with the slips of typing that leave it no address undone: an ``@`` typed
    twice or lost before a mail service's domain, a dot typed twice, or before or after the
    ``@`` (no address holds one there). Any other text is left as it is.

    >>> _slips_undone("ali..veli@@x..com"), _slips_undone(".ali.@.x.com"), _slips_undone("ali85gmail.com")
    ('ali.veli@x.com', 'ali@x.com', 'ali85@gmail.com')
    >>> _slips_undone("x.com"), _slips_undone("gmail.com")
    ('x.com', 'gmail.com')
    """
    if "@" not in text:
        found = _WEBMAIL_END.match(text.lower())
        if not found or found[1] == "www":  # ("www.gmail.com" is a site)
            return text
        text = f"{text[: len(found[1])]}@{text[-len(found[2]) :]}"
    if "@@" in text:
        text = _ATS.sub("@", text)
    if ".." in text or ".@" in text or "@." in text or text.startswith("."):
        local, at, domain = text.partition("@")
        text = _DOTS.sub(".", local).strip(".") + at + _DOTS.sub(".", domain).strip(".")
    return text


def _one(text: str) -> tuple[Any, ...]:
    # Typing slips that leave the mailbox plain: "ali @ x.com", "ali@x.com.", "ali@x,com",
    # "ali@@x.com", "ali..veli@x.com", "ali.@x.com", "aligmail.com" (:func:`_slips_undone`).
    text = _AROUND_AT.sub("@", _unwrap(text)).rstrip(".,;")
    if "@" not in text and text.count("//") == 1:
        text = _from_reservation(text)
    text = _slips_undone(text)
    if text.count("@") != 1:
        return _INVALID_ROW
    local, domain = text.split("@")
    if _WHITESPACE.search(domain):
        return _INVALID_ROW
    if _WHITESPACE.search(local):
        local = _spaced(local)
    domain = domain.replace(",", ".")
    local = lower_identifier(local)
    domain_ascii = ascii_domain(domain)
    if domain_ascii is None or not _local_ok(local):
        return _INVALID_ROW
    domain = domain_ascii
    if domain in _GMAIL:
        domain = "gmail.com"
        local = local.split("+", 1)[0].replace(".", "")
    elif domain in _PLUS_TAG_DOMAINS:
        local = local.split("+", 1)[0]
    if not _local_ok(local):  # "+tag@gmail.com" leaves nothing
        return _INVALID_ROW
    key = fold(local).replace(" ", "")
    if (
        key in _PLACEHOLDER_LOCALS
        or domain in _PLACEHOLDER_DOMAINS
        or domain.rsplit(".", 1)[-1] in _RESERVED_TLDS
    ):
        reason = PLACEHOLDER
    elif key in _ROLES:
        reason = ROLE_ACCOUNT
    else:
        reason = NA
    return (f"{local}@{domain}", reason, local, domain)


def email(values: pd.Series) -> pd.DataFrame:
    """Validate e-mail addresses and bring them to the form a message would reach.

    See the module documentation for the exact rules (case, internationalised
    domains, Gmail dots, ``+tag`` providers).

    Returns a DataFrame aligned to ``values`` with columns ``value``
    (``local@domain``), ``reason``, ``local`` (canonical local part) and
    ``domain`` (ASCII form). Reasons:

    * ``missing`` - null or blank;
    * ``unparseable`` - a cell that is not text;
    * ``invalid_syntax`` - not one ``@``, spaces, empty or bad local part (leading,
      trailing or double dots, forbidden characters, quoted form), a domain
      without a dot, with bad labels or with a TLD shorter than two letters;
      other columns ``<NA>``;
    * ``placeholder`` - a dummy address (``yok@``, ``test@``, ``noemail@``,
      ``@example.com``, ``.test`` ...); value kept;
    * ``role_account`` - a shared mailbox (``info@``, ``destek@``, ``noreply@``,
      ``musterihizmetleri@`` ...); value kept.

    >>> email(pd.Series(["<U.Gur.Abi+shop@GoogleMail.com>", "INFO@Firma.com.tr"]))["value"].tolist()
    ['ugurabi@gmail.com', 'info@firma.com.tr']
    """
    return reader().frame(values)


def reader() -> CellReader:
    """How :func:`email` reads one cell."""
    return CellReader("email", _first_valid, tuple(COLUMNS))


def _first_valid(text: str) -> tuple[Any, ...]:
    # "a@x.com; b@y.com": the first valid one ("ayse yilmaz@x.com" is one address, broken).
    return first_valid(_one, text, looks=lambda part: "@" in part, more=" \t")
