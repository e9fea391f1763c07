"""Round r268: a person, then his office with no comma, written before the verb speaks (stop 43)."""

from tests.streams.extract.quote_rounds import speakers


def test_a_name_and_its_office_before_the_verb_speak() -> None:
    text = ("وطرح بنك مصر المركزي اكتتابا عاما للمصريين. غير أن فواز جورج خبير الشرق الأوسط لدى معهد لندن للاقتصاد "
            "رأى أن \"مصر بحاجة إلى آلاف المشاريع\" غير قناة السويس.")
    assert speakers(text, tagged=True) == ["فواز جورج"]


def test_a_verb_with_its_conjunction_keeps_its_own_reading() -> None:
    # وقال: a new clause; the name before it, in the sentence before, is not its subject by this rule
    text = "وتحدث الوزير خالد سعيد للصحفيين. وقال مدير الشركة إن العمل جار."
    assert speakers(text, tagged=True) == ["مدير الشركة"]
