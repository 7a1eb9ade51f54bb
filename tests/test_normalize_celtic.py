"""Irish, Welsh and Scottish Gaelic names: given names in two languages."""

import pytest

from tekil.nicknames import nickname_groups, same_group


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        # One person's given name in English and in Irish, Welsh or Scottish Gaelic
        ("john", "sean", True), ("mary", "maire", True), ("patrick", "padraig", True),
        ("james", "seamus", True), ("david", "dafydd", True), ("john", "sion", True),
        ("jane", "sian", True), ("mary", "mair", True), ("john", "iain", True),
        ("james", "hamish", True), ("catherine", "caitriona", True), ("dermot", "diarmuid", True),
        # Two names one Irish form stands for are not one another: Dónall is Donal, and was
        # written Daniel, but Donal is no Daniel; Siobhán is Joan, Sinéad Jane
        ("donal", "daniel", False), ("siobhan", "sinead", False), ("sean", "sion", False),
        ("aoife", "eva", False),
    ],
)  # fmt: skip
def test_given_names_in_two_languages(a, b, same):
    groups = nickname_groups([a, b])
    assert bool(same_group(groups, [0], [1])[0]) is same
