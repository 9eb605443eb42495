"""A round's map for a notebook: the page a build writes, standalone, as a folium map."""

from __future__ import annotations

import folium

from ..atlas import Atlas, load_atlas
from .context import BuildContext
from .pages import round_map as page_map
from .staging import build_context, neighbours

__all__ = ["round_map"]

# A notebook draws one round after another from the same atlas: the context they share (about
# two seconds to make) is kept for the last atlas used.
_kept: list[tuple[Atlas, BuildContext]] = []


def _context(atlas: Atlas) -> BuildContext:
    if not _kept or _kept[0][0] is not atlas:
        _kept[:] = [(atlas, build_context(atlas, inline=True))]
    return _kept[0][1]


def round_map(round_id: str, *, atlas: Atlas | None = None) -> folium.Map:
    """Return the map of one round, styled as the page ``zonemap build --inline`` writes.

    It carries Leaflet, the shared geometry and the popups inline, so Jupyter shows it with
    no other file, and ``save`` writes that standalone page.

    Parameters
    ----------
    round_id
        The round's id, such as ``"astana-6"``.
    atlas
        The loaded atlas; by default :func:`zonemap.load_atlas` with the shipped data.

    Returns
    -------
    folium.Map
        The round's map: the zones as of the round's last day, with its panels and layers.

    Raises
    ------
    CatalogueError
        When the catalogue has no round ``round_id``.

    Examples
    --------
    >>> fmap = round_map("astana-6")
    >>> fmap.get_root().title
    'Sixth International Meeting on Syria in Astana — de-escalation zones'
    >>> fmap._repr_html_().startswith("<iframe srcdoc=")
    True
    """
    atlas = atlas if atlas is not None else load_atlas()
    round_ = atlas.catalogue.round(round_id)
    index = atlas.catalogue.rounds.index(round_)
    context = _context(atlas)
    return page_map(context, *neighbours(context, index))
