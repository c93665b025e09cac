"""Named entities with one canonical name per real-world thing across an article.

spaCy's NER finds the mentions; this package decides what each mention is called (``canonical``) and repairs a
few cheap, well-known errors of the small English model. Numeric labels (CARDINAL, ORDINAL, PERCENT, MONEY,
QUANTITY) are left out: numbers are :func:`tasks.figures.figures`' job.

Modules: ``canonical`` (:func:`entities`, the one entry point, and :func:`people_marked`), ``labels``
(person, organisation or work: the label a mention gets), ``boundaries`` (where a mention starts and ends),
``untagged`` (names the model missed), ``titles``, ``names`` (name shapes, ages and kin), ``places``,
``datelines`` and ``acronyms``.
"""

from tasks.entities.acronyms import acronyms
from tasks.entities.boundaries import without_dangling_word
from tasks.entities.canonical import entities, people_marked
from tasks.entities.datelines import is_dateline_agency
from tasks.entities.labels import NUMERIC_LABELS
from tasks.entities.names import (
    MAX_AGE,
    capitalised_common_word,
    elder_or_younger,
    introduced_as_kin,
    is_clean_full_name,
    kin_noun,
    kin_of_a_namesake,
    story_subject,
    written_lower,
)
from tasks.entities.places import load_gazetteer
from tasks.entities.titles import GENDERED_TITLES, title_initials
from tasks.entities.untagged import _name_after_title

__all__ = [
    "GENDERED_TITLES",
    "MAX_AGE",
    "NUMERIC_LABELS",
    "_name_after_title",
    "acronyms",
    "capitalised_common_word",
    "elder_or_younger",
    "entities",
    "introduced_as_kin",
    "is_clean_full_name",
    "is_dateline_agency",
    "kin_noun",
    "kin_of_a_namesake",
    "load_gazetteer",
    "people_marked",
    "story_subject",
    "title_initials",
    "without_dangling_word",
    "written_lower",
]
