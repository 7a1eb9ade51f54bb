import pandas as pd

from tekil.normalize.addresses import city


def test_a_state_written_with_the_word_state_is_the_state():
    # Nigerian and Indian forms write "Lagos State" where others write "Lagos"; the display
    # keeps what was written.
    out = city(pd.Series(["Lagos State", "LAGOS", "kano state", "Free State", "State"]))
    assert out["value"].tolist() == ["lagos", "lagos", "kano", "free", "state"]
    assert out["display"].tolist()[0] == "Lagos State"
