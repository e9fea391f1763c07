"""Round r264: a person the tagger names at the end of an office's description holds it (stop 42)."""

from tests.streams.extract.quote_rounds import speakers


def test_the_tagged_holder_after_an_office_chain_speaks() -> None:
    assert speakers("وقال رئيس هيئة الإتصال السمعي البصري النوري اللجمي إن الهيئة ستتخذ إجراءات.", tagged=True) \
        == ["النوري اللجمي"]


def test_a_description_without_a_tagged_name_stays() -> None:
    assert speakers("وقال مدير المستشفى إن الحالة مستقرة.", tagged=True) == ["مدير المستشفى"]


def test_a_relative_in_construct_is_not_the_named_one() -> None:
    # نجل الرئيس السابق فلان: the son speaks, not the president named
    assert speakers("وقال نجل رئيس الجمهورية السابق جلال الطالباني إن الحزب سيجتمع.", tagged=True) \
        != ["جلال الطالباني"]


def test_on_behalf_of_is_no_first_name() -> None:
    assert speakers("وقالت المتحدثة باسم شيفلر إن الشركة ستتعاون.", tagged=True) != ["باسم شيفلر"]
