"""Load governorate polygons: the shipped Natural Earth layer, or a user's admin-1 layer.

Knows nothing about zones. Whatever the source, the result is the same: one
:class:`Governorate` per P-code SY01 … SY14, in P-code order, polygonal and in EPSG:4326.
Reading needs no data-frame library: GeoJSON is parsed directly, other formats go through
GDAL's raw reader.
"""

from __future__ import annotations

import json
import os
import re
import stat
import warnings
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

import numpy as np

import shapely

from .errors import BoundaryError, BoundaryWarning
from .limits import BOUNDARY_FILE_LIMIT, file_kind, read_bounded
from .paths import geodata_dir
from .projection import transformer

if TYPE_CHECKING:
    from pyproj import CRS

__all__ = [
    "PCODES",
    "Boundaries",
    "Governorate",
    "layer_edition",
    "load_governorates",
    "load_undof",
    "polygonal",
    "read_lonlat_layer",
    "shipped_meta",
]

PCODES: tuple[str, ...] = tuple(f"SY{n:02d}" for n in range(1, 15))

# Column names used by common admin-1 layers, first match wins.
_PCODE_COLUMNS = ("pcode", "ADM1_PCODE", "admin1Pcode", "adm1_pcode", "PCODE")
_NAME_EN_COLUMNS = ("name_en", "ADM1_EN", "admin1Name_en", "adm1_name", "NAME_EN")
_NAME_AR_COLUMNS = ("name_ar", "ADM1_AR", "admin1Name_ar", "NAME_AR")


@dataclass(frozen=True)
class Governorate:
    """One governorate: its OCHA P-code, names and polygon (EPSG:4326)."""

    pcode: str
    name_en: str
    name_ar: str
    aliases: tuple[str, ...]
    geometry: shapely.Geometry


@dataclass(frozen=True)
class Boundaries:
    """The 14 governorates of one boundary layer, in P-code order, and where they came from.

    ``columns`` are the layer's field names and ``edition`` its version and validity day
    when its fields carry them (OCHA's ``version``, ``validOn``, ``UPDATE_DAT``): together
    they tell an OCHA COD-AB layer and its edition (:func:`zonemap.metadata.boundary_origin`).
    """

    source: str
    governorates: tuple[Governorate, ...]
    columns: tuple[str, ...] = ()
    edition: str | None = None

    def __iter__(self) -> Iterator[Governorate]:
        return iter(self.governorates)

    def __len__(self) -> int:
        return len(self.governorates)

    @property
    def pcodes(self) -> list[str]:
        """The P-codes, in order."""
        return [g.pcode for g in self.governorates]

    @property
    def geometries(self) -> list[shapely.Geometry]:
        """The polygons, in P-code order."""
        return [g.geometry for g in self.governorates]

    def geometry(self, pcode: str) -> shapely.Geometry:
        """The polygon of the governorate ``pcode``."""
        return next(g.geometry for g in self.governorates if g.pcode == pcode)

    def name(self, pcode: str) -> str:
        """The English name of the governorate ``pcode``."""
        return next(g.name_en for g in self.governorates if g.pcode == pcode)


def polygonal(geom: shapely.Geometry) -> shapely.Geometry:
    """Keep the polygonal parts of a geometry.

    Repairs and intersections along shared borders can leave stray lines and points.
    """
    if geom.geom_type in ("Polygon", "MultiPolygon"):
        return geom
    # A collection's parts may be multi-part themselves (make_valid gives such collections).
    parts = shapely.get_parts(shapely.get_parts(geom))
    polygons = [g for g in parts if g.geom_type == "Polygon"]
    return shapely.MultiPolygon(polygons) if len(polygons) != 1 else polygons[0]


def _crs(definition: Any) -> CRS:
    from pyproj import CRS  # only when a layer is read: a kept atlas needs no projection library

    return CRS.from_user_input(definition)


@dataclass(frozen=True)
class _Unreadable:
    """A feature's geometry that could not be read, and why."""

    reason: str


@dataclass(frozen=True)
class _Layer:
    """A layer as read: its CRS, column names, one dict of fields and a geometry per feature."""

    crs: CRS | None
    columns: list[str]
    rows: list[dict[str, Any]]
    geometries: list[shapely.Geometry | _Unreadable | None]


def _read_geojson(path: Path) -> _Layer | None:
    """Read an RFC 7946 file directly (lon/lat by definition); None if it declares a CRS."""
    try:
        data = json.loads(read_bounded(path, BOUNDARY_FILE_LIMIT, BoundaryError).decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        return None  # GDAL will say what is wrong
    if not isinstance(data, dict) or "crs" in data or data.get("type") != "FeatureCollection":
        return None
    features = [f for f in data.get("features") or [] if isinstance(f, dict)]
    rows = [dict(f.get("properties") or {}) for f in features]
    columns = list(dict.fromkeys(key for row in rows for key in row))
    geometries = [_geometry(f.get("geometry")) for f in features]
    return _Layer(_crs(4326), columns, rows, geometries)


def _geometry(data: Any) -> shapely.Geometry | _Unreadable | None:
    """One feature's geometry, or why it cannot be read (GEOS refuses NaN, for one)."""
    if not data:
        return None
    text = json.dumps(data)
    try:
        return shapely.from_geojson(text)
    except (shapely.errors.GEOSException, ValueError, TypeError) as exc:
        if any(word in text for word in ("NaN", "Infinity")):
            return _Unreadable("a coordinate is not a finite number (NaN or infinite)")
        return _Unreadable(f"the geometry cannot be read ({str(exc).splitlines()[0]})")


def _read_gdal(path: Path) -> _Layer:
    import pyogrio  # only for layers other than plain GeoJSON: loading GDAL takes a while

    try:
        meta, _fids, wkb, fields = pyogrio.raw.read(path)
    except (pyogrio.errors.DataSourceError, pyogrio.errors.DataLayerError, OSError) as exc:
        first_line = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise BoundaryError(f"cannot read boundaries: {first_line}", file=path) from None
    columns = [str(c) for c in meta["fields"]]
    rows = [dict(zip(columns, values, strict=True)) for values in zip(*fields, strict=True)]
    if not columns:
        rows = [{} for _ in wkb]
    crs = _crs(meta["crs"]) if meta.get("crs") else None
    return _Layer(crs, columns, rows, list(shapely.from_wkb(wkb)))


def _first(columns: Sequence[str], candidates: tuple[str, ...]) -> str | None:
    return next((c for c in candidates if c in columns), None)


def _text(value: Any) -> str:
    return "" if value is None else str(value)


def _read_layer(path: Path) -> _Layer:
    """Read a layer file (GeoJSON directly, anything else through GDAL) that has a CRS."""
    if not path.exists():
        raise BoundaryError("cannot read boundaries: no such file", file=path)
    kind = os.stat(path).st_mode
    if not (stat.S_ISREG(kind) or stat.S_ISDIR(kind)):  # GDAL reads some formats as folders
        raise BoundaryError(f"cannot read boundaries: {file_kind(kind)}", file=path)
    layer = (_read_geojson(path) if path.suffix.lower() in (".geojson", ".json") else None) or (
        _read_gdal(path)
    )
    if layer.crs is None:
        raise BoundaryError("boundaries have no CRS", file=path)
    return layer


def _to_lonlat(layer: _Layer) -> Callable[..., Any] | None:
    """The transform from the layer's CRS to lon/lat, or None when it is lon/lat already."""
    if layer.crs is None or layer.crs.is_exact_same(_crs(4326)):  # None: refused when read
        return None
    return transformer(layer.crs, 4326).transform


def read_lonlat_layer(
    path: Path,
) -> tuple[list[str], list[dict[str, Any]], list[shapely.Geometry | None]]:
    """Read any layer GDAL reads: its column names, and each feature's fields and lon/lat shape.

    A feature whose geometry cannot be read has None.

    Raises
    ------
    BoundaryError
        The file is missing, not a file or unreadable, or the layer has no CRS.
    """
    layer = _read_layer(path)
    to_lonlat = _to_lonlat(layer)
    geometries: list[shapely.Geometry | None] = []
    for geom in layer.geometries:
        if isinstance(geom, shapely.Geometry) and to_lonlat is not None:
            geom = shapely.transform(geom, to_lonlat, interleaved=False)
        geometries.append(geom if isinstance(geom, shapely.Geometry) else None)
    return layer.columns, layer.rows, geometries


def load_governorates(path: Path | str | None = None) -> Boundaries:
    """Return the 14 governorates of a boundary layer.

    Parameters
    ----------
    path
        Any admin-1 layer GDAL reads with a P-code column (``pcode`` or OCHA's
        ``ADM1_PCODE``), e.g. OCHA's COD-AB. The shipped Natural Earth file when omitted.

    Raises
    ------
    BoundaryError
        The layer cannot be read, has no CRS or P-codes, lacks a governorate or has one in
        several features, or a governorate's geometry is null, not polygonal, not finite or
        outside Syria's extent. An invalid polygon is repaired, with a
        :class:`~zonemap.errors.BoundaryWarning`.
    """
    path = Path(str(geodata_dir() / "governorates.geojson")) if path is None else Path(path)
    layer = _read_layer(path)
    pcode_col = _first(layer.columns, _PCODE_COLUMNS)
    if pcode_col is None:
        raise BoundaryError(f"no P-code column (looked for {', '.join(_PCODE_COLUMNS)})", file=path)
    en_col = _first(layer.columns, _NAME_EN_COLUMNS)
    ar_col = _first(layer.columns, _NAME_AR_COLUMNS)
    to_lonlat = _to_lonlat(layer)
    found: dict[str, tuple[dict[str, Any], shapely.Geometry | _Unreadable | None]] = {}
    for row, geom in zip(layer.rows, layer.geometries, strict=True):
        pcode = _text(row.get(pcode_col)).strip().upper()
        if pcode in found:
            raise BoundaryError(
                "appears in more than one feature; give one feature per governorate "
                "(dissolve the layer by P-code)",
                file=path,
                entry=f"governorate {pcode}",
            )
        if pcode in PCODES:
            found[pcode] = (row, geom)
    missing = [p for p in PCODES if p not in found]
    if missing:
        raise BoundaryError(f"missing governorates {', '.join(missing)}", file=path)
    governorates = []
    for pcode in PCODES:
        row, geom = found[pcode]
        name = _text(row.get(en_col)) if en_col else pcode
        entry = f"governorate {pcode}" + (f" ({name})" if name and name != pcode else "")
        governorates.append(
            Governorate(
                pcode=pcode,
                name_en=name,
                name_ar=_text(row.get(ar_col)) if ar_col else "",
                aliases=tuple(row.get("aliases") or ()),
                geometry=_checked(geom, to_lonlat, path, entry),
            )
        )
    return Boundaries(
        str(path),
        tuple(governorates),
        tuple(layer.columns),
        layer_edition(layer.columns, layer.rows),
    )


# Where COD-AB editions keep their version and validity day: ``version``/``validOn`` since
# 2020 (``valid_on`` in some copies, ``date`` for the production day), ``UPDATE_DAT`` in 2016.
_VERSION_COLUMNS = ("version", "VERSION")
_VALID_ON_COLUMNS = ("validOn", "valid_on", "VALIDON", "UPDATE_DAT", "date")


def layer_edition(columns: Sequence[str], rows: Sequence[dict[str, Any]]) -> str | None:
    """A layer's version and latest validity day, as its fields give them, or None.

    Examples
    --------
    >>> layer_edition(["ADM1_PCODE", "validOn"], [{"validOn": "2020-12-17"}])
    'valid on 2020-12-17'
    """
    version_col = _first(columns, _VERSION_COLUMNS)
    day_col = _first(columns, _VALID_ON_COLUMNS)
    versions = sorted({_text(row.get(version_col)).strip() for row in rows} - {""})
    days = [_text(row.get(day_col))[:10] for row in rows] if day_col else []
    day = max((d for d in days if re.fullmatch(r"\d{4}-\d{2}-\d{2}", d)), default=None)
    parts = [", ".join(versions)] if version_col and versions else []
    parts += [f"valid on {day}"] if day else []
    return ", ".join(parts) or None


# Syria lies within lon 35.7–42.4, lat 32.3–37.3; a governorate outside this box is misplaced.
_SYRIA_BOX = (34.5, 31.5, 43.5, 38.0)


def _checked(
    geom: shapely.Geometry | _Unreadable | None,
    to_lonlat: Callable[..., Any] | None,
    path: Path,
    entry: str,
) -> shapely.Geometry:
    """A governorate's polygon in lon/lat, checked; repaired (with a warning) if invalid.

    Raises
    ------
    BoundaryError
        Naming the file and the governorate: no geometry, not a polygon, coordinates that are
        not finite numbers, or a polygon outside Syria's extent (most often a wrong CRS).
    """

    def fail(problem: str) -> NoReturn:
        raise BoundaryError(problem, file=path, entry=entry)

    if isinstance(geom, _Unreadable):
        fail(geom.reason)
    if geom is None or geom.is_empty:
        fail("the geometry is null or empty")
    if geom.geom_type not in ("Polygon", "MultiPolygon"):
        fail(f"the geometry is a {geom.geom_type}, not a polygon")
    if not np.isfinite(shapely.get_coordinates(geom)).all():
        fail("a coordinate is not a finite number (NaN or infinite)")
    if to_lonlat is not None:
        geom = shapely.transform(geom, to_lonlat, interleaved=False)
        if not np.isfinite(shapely.get_coordinates(geom)).all():
            fail("a coordinate falls outside the layer's CRS (wrong CRS?)")
    minx, miny, maxx, maxy = geom.bounds
    west, south, east, north = _SYRIA_BOX
    if minx < west or maxx > east or miny < south or maxy > north:
        hint = (
            "wrong CRS: are these metres, not degrees?"
            if max(abs(minx), abs(maxx)) > 360
            else ("wrong CRS or shifted coordinates?")
        )
        fail(
            f"lies outside Syria's extent (lon {minx:.1f} … {maxx:.1f}, lat {miny:.1f} … "
            f"{maxy:.1f}; {hint})"
        )
    if not geom.is_valid:
        reason = shapely.is_valid_reason(geom)
        geom = polygonal(shapely.make_valid(geom))
        if geom.is_empty:
            fail(f"the polygon is invalid ({reason}) and nothing is left once repaired")
        warnings.warn(
            BoundaryWarning(f"invalid polygon ({reason}), repaired", file=path, entry=entry),
            stacklevel=3,
        )
    return geom


def load_undof() -> shapely.Geometry:
    """Return the UNDOF area of separation (part of SY14), for display."""
    path = Path(str(geodata_dir() / "undof.geojson"))
    layer = _read_geojson(path)
    first = layer.geometries[0] if layer is not None and layer.geometries else None
    if not isinstance(first, shapely.Geometry):
        raise BoundaryError("not a GeoJSON feature collection with one polygon", file=path)
    return first


def shipped_meta() -> dict[str, str]:
    """Return the provenance block of the shipped governorates file."""
    text = (geodata_dir() / "governorates.geojson").read_text(encoding="utf-8")
    return json.loads(text).get("_meta", {})
