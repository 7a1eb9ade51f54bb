"""The user names that social handles and e-mail addresses hold, compared across columns.

``@jess_smith88`` on Instagram, ``twitter.com/jess.smith88`` in a contact column and the
e-mail ``jess.smith88@gmail.com`` all hold the user name ``jesssmith88``: one the customer
chose, and so a strong sign of one person wherever it turns up. The identifiers' own
comparisons read each column's values; this module reads the user names in them, in one
vocabulary across the columns, for the ``user_names`` comparison (:mod:`tekil.compare`) and
blocking rule (:mod:`tekil.block`).

>>> user_name("twitter:jess_smith88", "handle"), user_name("jess.smith88@x.com", "email")
('jesssmith88', 'jesssmith88')
"""

from __future__ import annotations

import re

import numpy as np

from tekil.records import MIN_ALIAS_LETTERS, Records, one_vocabulary

#: Roles whose values hold a user name their owner chose: a handle's, an e-mail's local part.
USER_NAME_ROLES = ("handle", "email")
#: The comparison of those user names with each other, and the blocking rule pairing by them.
USER_NAMES = "user_names"
#: The separators a user name is written with or without across platforms: ``jess.smith`` on
#: Instagram is ``jess_smith`` on X (no dots there) and ``jesssmith`` on Facebook (dots ignored).
_USER_NAME_SEPARATORS = re.compile(r"[._-]")


def user_name_fields(records: Records) -> tuple[str, ...]:
    """The handle and e-mail fields whose user names are compared with each other (see
    :func:`user_names`): none unless there is a handle field and another such field."""
    names = tuple(n for n, f in records.fields.items() if f.role in USER_NAME_ROLES)
    handles = [n for n in names if records.fields[n].role == "handle"]
    return names if handles and len(names) > 1 else ()


def user_name(value: str, role: str) -> str | None:
    """The user name a handle or an e-mail address holds, without its separators, if of five
    characters or more with a letter: ``twitter:jess_smith88`` and ``jess.smith88@gmail.com``
    hold ``jesssmith88``. A number holds none (a Facebook profile id), nor does a web site,
    unless it may be a handle taken for one: a bare name with a two-letter ending read as a
    country's domain (``grace.li``, ``jun.ng``), or a ``/@user`` page.

    >>> user_name("twitter:jess_smith88", "handle"), user_name("jess.smith88@x.com", "email")
    ('jesssmith88', 'jesssmith88')
    >>> user_name("web:grace.li", "handle"), user_name("web:mastodon.social/@jess_s88", "handle")
    ('graceli', 'jesss88')
    >>> user_name("web:jess.dev", "handle"), user_name("facebook:100004567890123", "handle")
    (None, None)
    """
    if role == "handle":
        platform, _, name = value.partition(":")
        if platform == "web":
            host, _, page = name.partition("/@")
            labels = host.split(".")
            if page:
                name = page
            elif len(labels) == 2 and len(labels[1]) == 2 and labels[0] != "www":
                name = host
            else:
                return None
    else:
        name = value.rpartition("@")[0]
    name = _USER_NAME_SEPARATORS.sub("", name.lower())
    if len(name) < MIN_ALIAS_LETTERS or not any(c.isalpha() for c in name):
        return None
    return name


def user_names(records: Records, names: tuple[str, ...]) -> tuple[list[np.ndarray], np.ndarray]:
    """Per field of ``names`` (handles and e-mails), each record's user name (:func:`user_name`)
    as a code in one vocabulary of them all, -1 for none; and per code whether the user name
    holds more than letters (``jsmith88``: chosen; ``deancampbell`` may be spelt from a name,
    as a namesake spells it). Made once per record set, per distinct value."""
    cache = records.__dict__.setdefault("_user_names", {})
    if names not in cache:
        fields = [records.fields[name] for name in names]
        read = [np.array([user_name(str(v), f.role) for v in f.uniques], object) for f in fields]
        codes, vocabulary = one_vocabulary(read, [f.codes for f in fields])
        chosen = np.array([not str(v).isalpha() for v in vocabulary], dtype=bool)
        cache[names] = codes, chosen
    return cache[names]
