"""Quotation speakers, round r4: failure kinds found in the opened sets H and I and in the r3 wide diff
(tests/gold/facts/README.md), each as a short constructed sentence."""

from __future__ import annotations

from streams.extract.quotes import find_quotes


def speakers(text: str) -> list:
    return [q.speaker for q in find_quotes(text, [])]


def test_a_long_description_names_the_person_it_was_first_written_with() -> None:
    # the same description, word for word, stood before his name earlier: it names him again
    text = ("وقع مدير جامعة الملك سعود المكلف الدكتور أحمد بن علي الزهراني مذكرة تفاهم مع الوزارة. "
            "وأوضح مدير جامعة الملك سعود المكلف أن المذكرة تأتي في إطار التعاون بين الجانبين.")
    assert speakers(text) == ["أحمد بن علي الزهراني"]
    text = ("حضر الاجتماع وكيل الوزارة، ومدير الإدارة العامة للطرق بالمنطقة المهندس خالد بن سعد العتيبي. "
            "وأشار مدير الإدارة العامة للطرق بالمنطقة إلى أن العمل يسير وفق الخطة.")
    assert speakers(text) == ["خالد بن سعد العتيبي"]

