"""Helpers for tests that make people by hand."""


def valid_tckn(nine: str) -> str:
    """A TCKN with correct check digits from its first nine digits."""
    d = [int(c) for c in nine]
    tenth = ((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10
    eleventh = (sum(d) + tenth) % 10
    return f"{nine}{tenth}{eleventh}"
