import pandas as pd

from tekil.inference import minguo_dates
from tekil.normalize.dates import date
from tekil.normalize.text import fold
from tekil.settings import role_from_name


def test_traditional_characters_fold_to_simplified():
    # Hong Kong and Taiwan write 陳, 黃, 臺北; the mainland 陈, 黄, 台北: one name, one city.
    assert fold("陳偉強") == fold("陈伟强") == "陈伟强"
    assert fold("黃 曉 華") == "黄 晓 华"
    assert fold("臺北市大安區") == fold("台北市大安区")
    assert fold("歐陽") == "欧阳"
    assert fold(fold("葉詩穎")) == fold("葉詩穎")  # idempotent


def test_a_column_name_in_traditional_characters_is_read_as_its_simplified_form():
    # 聯繫電話 is 联系电话, a contact phone, whichever way it is written.
    assert role_from_name("聯繫電話") == role_from_name("联系电话") == "phone"


def test_taiwan_minguo_dates():
    # The Republic of China's year 1 is 1912: 民國79年 and a three-digit year first are
    # Minguo dates anywhere; 79/03/07 only in a column that writes them so.
    v = pd.Series(
        ["民國79年3月7日", "079/03/07", "079.03.07", "100/06/12", "79/03/07", "1990-03-07"]
    )
    assert date(v)["value"].tolist()[:4] == ["1990-03-07"] * 3 + ["2011-06-12"]
    assert date(v)["value"][4] == "1979-03-07"
    assert (
        date(v, minguo=True)["value"].tolist()
        == ["1990-03-07"] * 3 + ["2011-06-12"] + ["1990-03-07"] * 2
    )


def test_a_column_of_minguo_dates_is_told_by_its_values():
    taiwan = pd.Series(["79/03/07", "68/07/09", "民國50年7月16日", "085.05.15", "1974/08/03"] * 8)
    korea = pd.Series(["85.03.07", "1990.01.01", "900101", "1985-03-07"] * 10)
    assert minguo_dates(taiwan) and not minguo_dates(korea)
