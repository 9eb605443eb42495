"""Load governorate polygons: the shipped Natural Earth layer, or a user's admin-1 layer.

Knows nothing about zones. Whatever the source, the result is the same: one
:class:`Governorate` per P-code SY01 … SY14, in P-code order, polygonal and in EPSG:4326.
Reading needs no data-frame library: GeoJSON is parsed directly, other formats go through
GDAL's raw reader.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import shapely

from .errors import BoundaryError
from .paths import geodata_dir
from .projection import transformer

if TYPE_CHECKING:
    from pyproj import CRS

__all__ = [
    "PCODES",
    "Boundaries",
    "Governorate",
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
    """The 14 governorates of one boundary layer, in P-code order, and where they came from."""

    source: str
    governorates: tuple[Governorate, ...]

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
class _Layer:
    """A layer as read: its CRS, column names, one dict of fields and a geometry per feature."""

    crs: CRS | None
    columns: list[str]
    rows: list[dict[str, Any]]
    geometries: list[shapely.Geometry | None]


def _read_geojson(path: Path) -> _Layer | None:
    """Read an RFC 7946 file directly (lon/lat by definition); None if it declares a CRS."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError):
        return None  # GDAL will say what is wrong
    if not isinstance(data, dict) or "crs" in data or data.get("type") != "FeatureCollection":
        return None
    features = data.get("features") or []
    rows = [dict(f.get("properties") or {}) for f in features]
    columns = list(dict.fromkeys(key for row in rows for key in row))
    geometries = [
        shapely.from_geojson(json.dumps(f["geometry"])) if f.get("geometry") else None
        for f in features
    ]
    return _Layer(_crs(4326), columns, rows, geometries)


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


def read_lonlat_layer(
    path: Path,
) -> tuple[list[str], list[dict[str, Any]], list[shapely.Geometry | None]]:
    """Read any layer GDAL reads: its column names, and each feature's fields and lon/lat shape.

    Raises
    ------
    BoundaryError
        The file is missing or unreadable, or the layer has no CRS.
    """
    if not path.exists():
        raise BoundaryError("cannot read boundaries: no such file", file=path)
    layer = (_read_geojson(path) if path.suffix.lower() in (".geojson", ".json") else None) or (
        _read_gdal(path)
    )
    if layer.crs is None:
        raise BoundaryError("boundaries have no CRS", file=path)
    geometries = layer.geometries
    if not layer.crs.is_exact_same(_crs(4326)):
        to_lonlat = transformer(layer.crs, 4326).transform
        geometries = [
            None if g is None else shapely.transform(g, to_lonlat, interleaved=False)
            for g in geometries
        ]
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
        The layer cannot be read, has no CRS or P-codes, or lacks a governorate.
    """
    path = Path(str(geodata_dir() / "governorates.geojson")) if path is None else Path(path)
    columns, rows, geometries = read_lonlat_layer(path)
    pcode_col = _first(columns, _PCODE_COLUMNS)
    if pcode_col is None:
        raise BoundaryError(f"no P-code column (looked for {', '.join(_PCODE_COLUMNS)})", file=path)
    en_col = _first(columns, _NAME_EN_COLUMNS)
    ar_col = _first(columns, _NAME_AR_COLUMNS)
    groups: dict[str, list[tuple[dict[str, Any], shapely.Geometry]]] = {}
    for row, geom in zip(rows, geometries, strict=True):
        pcode = _text(row.get(pcode_col)).strip().upper()
        if pcode in PCODES and geom is not None:
            groups.setdefault(pcode, []).append((row, polygonal(shapely.make_valid(geom))))
    missing = [p for p in PCODES if p not in groups]
    if missing:
        raise BoundaryError(f"missing governorates {', '.join(missing)}", file=path)
    governorates = []
    for pcode in PCODES:
        first = groups[pcode][0][0]
        # Several features per P-code (islands, split layers) become one governorate.
        merged = shapely.union_all([geom for _row, geom in groups[pcode]])
        governorates.append(
            Governorate(
                pcode=pcode,
                name_en=_text(first.get(en_col)) if en_col else pcode,
                name_ar=_text(first.get(ar_col)) if ar_col else "",
                aliases=tuple(first.get("aliases") or ()),
                geometry=merged,
            )
        )
    return Boundaries(str(path), tuple(governorates))


def load_undof() -> shapely.Geometry:
    """Return the UNDOF area of separation (part of SY14), for display."""
    path = Path(str(geodata_dir() / "undof.geojson"))
    layer = _read_geojson(path)
    if layer is None or not layer.geometries or layer.geometries[0] is None:
        raise BoundaryError("not a GeoJSON feature collection with one polygon", file=path)
    return layer.geometries[0]


def shipped_meta() -> dict[str, str]:
    """Return the provenance block of the shipped governorates file."""
    text = (geodata_dir() / "governorates.geojson").read_text(encoding="utf-8")
    return json.loads(text).get("_meta", {})
