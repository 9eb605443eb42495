"""A round's own text on its page: its summary, participants and observers, in one fragment.

The fragment is rendered from the round alone (``page_text.html.j2``) and the round's page
holds it as it is, once, and nothing else on any page shows that text. So an edit of it needs
no map: :mod:`.incremental` sets the new fragment in the place of the old one in the page the
last build wrote, which gives the bytes a build from nothing writes.
"""

from __future__ import annotations

from markupsafe import Markup

from ..records import Round
from .templating import render, unindented

__all__ = ["ROUND_PAGE_TEXT", "page_text", "text_span"]

#: The fields of a round that only the round's own page shows.
ROUND_PAGE_TEXT = frozenset({"summary", "participants", "observers"})


def page_text(round_: Round) -> Markup:
    """The HTML of the round's :data:`ROUND_PAGE_TEXT`, laid out as its page holds it.

    It begins and ends with a tag, so laying out the whole page (:func:`.unindented`) leaves
    it as it is.
    """
    return Markup(unindented(render("page_text.html.j2", round=round_)))


def text_span(page: bytes, round_: Round) -> tuple[int, int] | None:
    """Where the round's :func:`page_text` lies in ``page`` (byte offsets), if it is there once.

    A fragment found twice is not told apart from its copy: ``None`` then, as when it is not
    there at all.
    """
    fragment = page_text(round_).encode("utf-8")
    start = page.find(fragment)
    if start < 0 or page.find(fragment, start + 1) >= 0:
        return None
    return start, start + len(fragment)
