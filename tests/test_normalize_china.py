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
