"""Which country tekil reads a column of phone numbers in, for every country's numbers.

    python benchmarks/phone_regions.py                       # 239 countries, 300 numbers each
    python benchmarks/phone_regions.py --regions ES NL KE --mobile-share 0.3

For each region libphonenumber knows, a column of its valid numbers (``--mobile-share`` of
them mobile lines, the rest fixed lines; their digits drawn at random after the region's
example number's first one or two) written nationally, as people of that country write them,
with no country code and no other column. ``tekil.inference.phone_region`` chooses the region
the column is read in; it is right when its reading gives every number's own E.164 form (a
region that shares the calling code and the plan, such as Canada's for US numbers, is right).
Prints the regions read wrong, how many of them are among the common regions tekil tries
first, and the seconds taken.
"""

from __future__ import annotations

import argparse
import random
import time

import pandas as pd
import phonenumbers as pn
from phonenumbers import PhoneNumberType as Kind

from tekil.inference import PHONE_REGIONS, phone_region


def national_numbers(region: str, rng: random.Random, n: int, mobile_share: float) -> list:
    """``n`` valid numbers of ``region`` as (written nationally, E.164); [] if too few draw."""
    examples = {k: pn.example_number_for_type(region, k) for k in (Kind.MOBILE, Kind.FIXED_LINE)}
    if None in examples.values():
        return []
    out: list[tuple[str, str]] = []
    for _ in range(200 * n):
        if len(out) == n:
            break
        kind = Kind.MOBILE if rng.random() < mobile_share else Kind.FIXED_LINE
        example = str(examples[kind].national_number)
        kept = 1 if rng.random() < 0.5 else 2  # of the example's digits, the rest drawn
        digits = example[:kept] + "".join(rng.choice("0123456789") for _ in example[kept:])
        try:
            number = pn.parse(f"+{examples[kind].country_code}{digits}")
        except pn.NumberParseException:
            continue
        wanted = (kind, Kind.FIXED_LINE_OR_MOBILE)
        if (
            pn.is_valid_number(number)
            and pn.region_code_for_number(number) == region
            and pn.number_type(number) in wanted
        ):
            national = pn.format_number(number, pn.PhoneNumberFormat.NATIONAL)
            out.append((national, pn.format_number(number, pn.PhoneNumberFormat.E164)))
    return out if len(out) >= n // 3 else []


def read_right(numbers: list[tuple[str, str]], region: str) -> float:
    """The share of the numbers that ``region``'s reading gives in their own E.164 form."""
    right = 0
    for national, e164 in numbers:
        try:
            number = pn.parse(national, region)
        except pn.NumberParseException:
            continue
        right += pn.format_number(number, pn.PhoneNumberFormat.E164) == e164
    return right / len(numbers)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--regions", nargs="+", default=sorted(pn.SUPPORTED_REGIONS))
    parser.add_argument("--numbers", type=int, default=300, help="numbers per region")
    parser.add_argument("--mobile-share", type=float, default=0.7)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    tried, wrong, seconds = 0, [], 0.0
    for region in args.regions:
        numbers = national_numbers(region, rng, args.numbers, args.mobile_share)
        if not numbers:
            continue
        tried += 1
        start = time.perf_counter()
        column = pd.Series([national for national, _ in numbers], dtype=object)
        chosen = phone_region(column, everywhere=True)  # as a phone column's numbers are read
        seconds += time.perf_counter() - start
        if read_right(numbers, chosen) < 0.9:
            wrong.append((region, chosen))
    common = [(r, c) for r, c in wrong if r in PHONE_REGIONS]
    print(f"{tried} regions, {len(wrong)} read in the wrong one ({len(common)} of the common)")
    print("common:", ", ".join(f"{r} as {c}" for r, c in common) or "none")
    print("others:", ", ".join(f"{r} as {c}" for r, c in wrong if r not in PHONE_REGIONS))
    print(f"phone_region: {seconds:.1f} s in all, {seconds / max(tried, 1) * 1000:.0f} ms a column")


if __name__ == "__main__":
    main()
