"""Load governorate polygons (shipped Natural Earth, or a user's admin-1 layer with P-codes).

Knows nothing about zones. Whatever the source, the result has the same columns in the same
order, one row per governorate SY01 … SY14, in EPSG:4326.
"""

from __future__ import annotations

import json
from pathlib import Path

import geopandas as gpd
import pyogrio
import shapely
from pyproj import CRS

from .errors import ZonemapError
from .paths import geodata_dir

__all__ = [
    "EQUAL_AREA",
    "PCODES",
    "area_km2",
    "load_governorates",
    "load_undof",
    "polygonal",
    "shipped_meta",
]

PCODES: tuple[str, ...] = tuple(f"SY{n:02d}" for n in range(1, 15))

# Lambert azimuthal equal-area centred on Syria: areas in km² without the distortion of
# Web Mercator or of a global equal-area projection's far-off centre.
EQUAL_AREA = CRS.from_proj4("+proj=laea +lat_0=35 +lon_0=38.5 +datum=WGS84 +units=m +no_defs")

# Column names used by common admin-1 layers, first match wins.
_PCODE_COLUMNS = ("pcode", "ADM1_PCODE", "admin1Pcode", "adm1_pcode", "PCODE")
_NAME_EN_COLUMNS = ("name_en", "ADM1_EN", "admin1Name_en", "adm1_name", "NAME_EN")
_NAME_AR_COLUMNS = ("name_ar", "ADM1_AR", "admin1Name_ar", "NAME_AR")


def _first(columns: list[str], candidates: tuple[str, ...]) -> str | None:
    return next((c for c in candidates if c in columns), None)


def _read(path: Path) -> gpd.GeoDataFrame:
    try:
        frame = gpd.read_file(path, engine="pyogrio")
    except (pyogrio.errors.DataSourceError, pyogrio.errors.DataLayerError, OSError) as exc:
        first_line = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise ZonemapError(f"cannot read boundaries: {first_line}", file=path) from None
    if frame.crs is None:
        raise ZonemapError("boundaries have no CRS", file=path)
    return frame


def polygonal(geom: shapely.Geometry) -> shapely.Geometry:
    """Keep the polygonal parts of a geometry.

    Repairs and intersections along shared borders can leave stray lines and points.
    """
    if geom.geom_type in ("Polygon", "MultiPolygon"):
        return geom
    polygons = [g for g in shapely.get_parts(geom) if g.geom_type == "Polygon"]
    return shapely.MultiPolygon(polygons) if len(polygons) != 1 else polygons[0]


def load_governorates(path: Path | str | None = None) -> gpd.GeoDataFrame:
    """Return the 14 governorates with ``pcode``, ``name_en``, ``name_ar``, ``aliases``.

    Parameters
    ----------
    path
        Any admin-1 layer GDAL reads with a P-code column (``pcode`` or OCHA's
        ``ADM1_PCODE``), e.g. OCHA's COD-AB. The shipped Natural Earth file when omitted.
    """
    shipped = path is None
    path = Path(str(geodata_dir() / "governorates.geojson")) if shipped else Path(path)
    frame = _read(path)
    columns = list(frame.columns)
    pcode_col = _first(columns, _PCODE_COLUMNS)
    if pcode_col is None:
        raise ZonemapError(f"no P-code column (looked for {', '.join(_PCODE_COLUMNS)})", file=path)
    frame = frame.to_crs(4326)
    frame["pcode"] = frame[pcode_col].astype(str).str.strip().str.upper()
    missing = sorted(set(PCODES) - set(frame["pcode"]))
    if missing:
        raise ZonemapError(f"missing governorates {', '.join(missing)}", file=path)
    frame = frame[frame["pcode"].isin(PCODES)]
    en_col = _first(columns, _NAME_EN_COLUMNS)
    ar_col = _first(columns, _NAME_AR_COLUMNS)
    aliases = frame["aliases"] if "aliases" in columns else None
    geometry = shapely.make_valid(frame.geometry.values)
    out = gpd.GeoDataFrame(
        {
            "pcode": frame["pcode"].to_numpy(),
            "name_en": frame[en_col].to_numpy() if en_col else frame["pcode"].to_numpy(),
            "name_ar": frame[ar_col].to_numpy() if ar_col else "",
            "aliases": list(aliases) if aliases is not None else [[] for _ in range(len(frame))],
        },
        geometry=[polygonal(g) for g in geometry],
        crs=4326,
    )
    # Several features per P-code (islands, split layers) become one governorate.
    out = out.dissolve(by="pcode", aggfunc="first", as_index=False, sort=True)
    out.attrs["source"] = str(path)
    return out[["pcode", "name_en", "name_ar", "aliases", "geometry"]]


def load_undof() -> gpd.GeoDataFrame:
    """Return the UNDOF area of separation (part of SY14) for display."""
    path = Path(str(geodata_dir() / "undof.geojson"))
    return _read(path)


def area_km2(geometry: gpd.GeoSeries) -> list[float]:
    """Return each geometry's area in km², measured in :data:`EQUAL_AREA`."""
    return [round(a / 1e6, 1) for a in geometry.to_crs(EQUAL_AREA).area]


def shipped_meta() -> dict[str, str]:
    """Return the provenance block of the shipped governorates file."""
    text = (geodata_dir() / "governorates.geojson").read_text(encoding="utf-8")
    return json.loads(text).get("_meta", {})
