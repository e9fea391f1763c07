"""Quotations: direct (“…”، «…»، "…") and reported (قال إن، أكد أن...), with their speakers.

A speech verb opens a quotation; the words between the verb and the complementizer
(إن، أن، إلى أن) or the opening quote mark hold the speaker. Titles are peeled off
(الرئيس التركي، وزير الدفاع الروسي، الجنرال) and appositions between commas are searched
for the name; when no name is there the description stands (الناطق باسم الوزارة).
A verb without a subject (وأضاف، قائلاً إنه) continues the last speaker; with no speaker yet, or one
of the other gender, it takes the subject of its sentence or of the one before (read whole: a dot
in 19.3 or uksacb.org ends no sentence), a body heading the main verb (دعت وزارة الخارجية ...،
مؤكدة) only when it agrees with the speech verb's gender. A subject may also stand before its verb
(لكن إياد البزم المتحدث باسم الوزارة قال). A speech verb inside words already reported indirectly,
whose subject opens those words (إن الفتى اعترف بأنه), opens no quotation of its own; قال/يقول
there does (أن عائلة عمر قالت إن), as dev gold marks it. على spelt with alef maksura, in an
article that writes في with ي, is the preposition, never the name علي. An aside after a bare verb
(وقالت كما نقلت عنها الوكالة) is neither its subject nor the next speaker; a relative clause on a
statement (تصريحات فلان التي أكد فيها أن) reports the statement's owner. A subject may open its
clause glued to و/ف (فالبعض يقول) or be a first name with its relative clause (سارة التي ... قالت).
A long office description written again word for word (مدير جامعة ... المكلف) names the person it was
first written with; a name in brackets after a title (الشاعر ( فلان )) is the name. A medium the text names
elsewhere, glued to ل after a name (سيف لفرانس برس), is spoken to; a nickname participle (الملقب) ends the
name; a report with a clause on its writer (تقرير كتبه فلان) speaks itself; an elative after a quoted name
(صحيفة "بليك" الأوسع انتشارا) describes it. قوله after a verb and its subject (وأضاف مورينيو قوله) is that
verb's quotation. المسؤول with a nisba is the office holder named before with that nisba (المسؤول الأمريكي);
a source opening a sentence (ووفق الناطق فلان فإن) is the subject of a bare verb after it. A short name
(بوتين) is expanded to the fuller form met elsewhere in the text, or to the canonical
form of an entity when entities are given (never one headed by a title word: ابن جولي is another person).
Addressees after ل (لزملائه، لعدد من، لفرانس برس), the one talked with (مع الإعلامي فلان), bylines (فلان- سبق-
الرياض:) and blessing formulas (حفظهم الله) are never speakers; a family name the text gives once with its first
name stands for the whole name (ودافع مورينيو عن ...، الوزير الحقيل). No subject is read inside words quoted at
length after a colon (وقال:\n«… وواضحا …». وأضاف), nor in the genitive of the object (انتقد دعوة رئيس الجمهورية فلان،
تحدث عن جريمة اغتيال المهندس فلان); the one who expressed a feeling in a clause opened by وقد speaks on; a tagged
body's acronym is never joined to the word before it (رفعت أوبك); the holder named after an institution's royal
namesake speaks (مدير مطار الأمير فلان المهندس فلان). An outlet quoting a pronoun (ونقلت الوكالة عنه القول إن) quotes the
one speaking; a body's task or a source's knowledge (اللجنة المكلفة بالتحقق في قضية فلان، مصادر مطلعة على) holds no
speaker; a full addressee (لرويترز في العاصمة …) ends the subject; a quoted yes or no closing its sentence is said.

A learned choice among speaker candidates (logistic regression over the subjects, the speakers met
before and the tagged names around the verb) was tried and not kept: it did not beat these rules on
dev out of fold nor on fresh hand-read sets (tests/gold/facts/README.md, "A learned choice").

Modules, lowest first (each imports only those above it): ``tokens`` (quote marks, token and
sentence regexes), ``words`` (closed word classes), ``verbs`` (reporting verbs and complementizers),
``titles`` (titles and offices), ``names`` (name runs, first names), ``regions`` (the tokens
between a verb and its reported words), ``spans`` (where reported words start), ``people`` (names
met across the article), ``continuations`` (speakers met before), ``subjects`` (the subject after a
verb), ``clauses`` (subjects outside the verb's region) and ``finder`` (``find_quotes``).
"""

from __future__ import annotations

from ..ner_lexicon import first_names as _first_names  # noqa: F401 - tests read the lexicon through here
from .finder import find_quotes
from .titles import PERSON_TITLES, TITLE_WORDS  # noqa: F401 - PERSON_TITLES: scripts/build_person_names.py
from .verbs import CONTINUING_VERBS, SPEECH_VERBS
from .words import FUNCTION_WORDS, STOP_WORDS  # noqa: F401 - scripts/build_person_names.py reads them here

__all__ = ["CONTINUING_VERBS", "SPEECH_VERBS", "TITLE_WORDS", "find_quotes"]
