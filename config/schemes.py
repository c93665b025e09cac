"""Controlled vocabularies known by URI, and the alias wire formats use for each in qcodes.

A provider may name a subject by URI (ninjs 2.x/3.x ``uri``) or by qcode (NewsML-G2 ``medtop:20000002``);
the record carries one form, ``{scheme: alias, code}``, so that a consumer can filter on either. Aliases are
IPTC's recommended ones (the IPTC NewsCodes catalog). A scheme not listed keeps its URI as its scheme.
"""

from __future__ import annotations

SCHEME_ALIASES: dict[str, str] = {
    "cv.iptc.org/newscodes/mediatopic/": "medtop",
    "cv.iptc.org/newscodes/subjectcode/": "subj",
    "cv.iptc.org/newscodes/genre/": "genre",
    "cv.iptc.org/newscodes/productgenre/": "prodgenre",
    "cv.iptc.org/newscodes/scene/": "scene",
}

# NITF names a subject's scheme by its "information provider reference" (tobject.subject.ipr), "IPTC" by
# default: the IPTC Subject NewsCodes, alias subj.
NITF_IPR_ALIASES: dict[str, str] = {"IPTC": "subj"}
