"""Quotation speakers, round r120: a relational office (a lawyer, a father, an agent) in construct with another
person noun names that other person, not the office holder (a leftover of r115's descriptions tied to names)."""

from __future__ import annotations

from quote_rounds import speakers

LAWYER = ("وأبلغت السلطات محامي معتقل مضرب عن الطعام نيتها تنفيذ القرار. وطلبت النيابة من محامي المعتقل محمد "
          "علان- جميل الخطيب زيارة المعتقل في المستشفى. وقال المحامي لوكالة فرانس برس: «وضعه صعب للغاية». وأضاف: "
          "«تم إبلاغي بذلك».")


def test_lawyer_of_a_named_detainee_is_not_the_detainee() -> None:
    # محامي المعتقل فلان: the name is the detainee's; وقال المحامي is not him
    assert "محمد علان" not in speakers(LAWYER, tagged=True)


def test_office_held_in_a_body_still_names_its_holder() -> None:
    # (محافظ عدن فلان: a field, not a person, between the office and the name; r115's rule stands)
    assert speakers("وكشف محافظ عدن نايف البكري أن المدينة آمنة. وقال محافظ مدينة عدن إن الشرطة عادت إلى العمل.",
                    tagged=True) == ["نايف البكري", "نايف البكري"]
