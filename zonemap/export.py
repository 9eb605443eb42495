"""Write zone tables as GIS files: GeoJSON, GeoPackage, FlatGeobuf, CSV, Shapefile, KML.

Reads only the tables from :mod:`zonemap.tables`; never touches HTML. GeoJSON comes from the
shared writer in :mod:`zonemap.geojson`, KML and KMZ from :mod:`zonemap.kml`, the kepler.gl
CSV from :mod:`zonemap.kepler`; the other formats go through GDAL (fiona, or pyogrio) with an
explicit schema, so dates are real Date fields and a timeline's bounds real date-times where
the format has them, which QGIS's Temporal Controller compares day for day. A format of
several files (a Shapefile, a CSV and its ``.prj``) is written as one set. The export metadata
(:func:`~zonemap.metadata.export_metadata`, which a table carries in ``attrs``) goes into
GeoJSON as a ``metadata`` member and into GeoPackage as the layer's GDAL metadata.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from .errors import ExportError, UsageError
from .file_sets import write_file_set
from .files import output_target, write_bytes, zip_members
from .gdal_layers import Engine, Record, gdal_bytes, gdal_files, layer_bytes
from .geojson import rfc7946_geometry, to_geojson
from .tables import table_records

if TYPE_CHECKING:
    import geopandas as gpd

    from .coverage import Coverage

__all__ = [
    "FORMATS",
    "SUFFIXES",
    "TEXT_FORMATS",
    "Engine",
    "Record",
    "coverage_bytes",
    "format_for",
    "gdal_bytes",
    "layer_bytes",
    "table_bytes",
    "table_files",
    "write_table",
]

#: Each format and the GDAL driver that writes it (None: zonemap writes it itself).
FORMATS: dict[str, str | None] = {
    "geojson": None,
    "gpkg": "GPKG",
    "fgb": "FlatGeobuf",
    "csv": "CSV",
    "shp": "ESRI Shapefile",
    "shpzip": "ESRI Shapefile",  # the same files in one zip, which GDAL 3.1+ opens as is
    "kml": None,
    "kmz": None,
    "kepler": None,
}


def coverage_bytes(table: Coverage, name: str) -> bytes:
    """A coverage table as a GeoPackage (one layer, ``coverage``): each row's covered part."""
    from .coverage import COVERAGE_TYPES

    records = [
        (dict(row), rfc7946_geometry(shape))
        for row, shape in zip(table.rows, table.shapes, strict=True)
    ]
    return layer_bytes(
        records, COVERAGE_TYPES, name, "GPKG", layer="coverage", metadata=table.metadata
    )


#: The formats whose files are text, which ``-o -`` can send to standard output.
TEXT_FORMATS = ("geojson", "csv", "kml", "kepler")
#: The suffix each format's files take; a kepler.gl file is a CSV.
SUFFIXES = {
    "geojson": ".geojson",
    "gpkg": ".gpkg",
    "fgb": ".fgb",
    "csv": ".csv",
    "shp": ".shp",
    "shpzip": ".shp.zip",
    "kml": ".kml",
    "kmz": ".kmz",
    "kepler": ".csv",
}
# Longest first, so that ``zones.kepler.csv`` is read as kepler before it is read as csv.
_EXTENSIONS = {
    ".kepler.csv": "kepler",
    ".shp.zip": "shpzip",
    ".geojson": "geojson",
    ".json": "geojson",
    ".gpkg": "gpkg",
    ".fgb": "fgb",
    ".csv": "csv",
    ".shp": "shp",
    ".shz": "shpzip",
    ".kml": "kml",
    ".kmz": "kmz",
}


def _check_format(fmt: str) -> None:
    if fmt not in FORMATS:
        raise UsageError(f"unknown format {fmt!r} (choose from {', '.join(FORMATS)})")


def format_for(path: Path | str, fmt: str | None) -> str:
    """The format to write ``path`` in: ``fmt`` if given, else the one its extension names.

    ``-`` (standard output) and an extension zonemap does not know take GeoJSON.

    Raises
    ------
    UsageError
        ``fmt`` is unknown, or the extension names another format than ``fmt`` (a ``.csv``
        suits ``kepler`` too).

    Examples
    --------
    >>> format_for("timeline.shp.zip", None), format_for("timeline.csv", "kepler")
    ('shpzip', 'kepler')
    """
    if fmt is not None:
        _check_format(fmt)
    lowered = Path(path).name.lower() if str(path) != "-" else ""
    named = next((f for ext, f in _EXTENSIONS.items() if lowered.endswith(ext)), None)
    if fmt is not None and named is not None and SUFFIXES[named] != SUFFIXES[fmt]:
        raise UsageError(
            f"the extension says {named} but --format says {fmt}; drop one or make them agree",
            file=path,
        )
    return fmt or named or "geojson"


def _csv_prj() -> bytes:
    """The ``.prj`` GDAL's CSV driver reads beside a CSV: EPSG:4326, authority code included."""
    import pyproj  # only here: it is slow to load

    return pyproj.CRS.from_epsg(4326).to_wkt("WKT1_GDAL").encode("ascii")


def table_files(
    table: gpd.GeoDataFrame,
    fmt: str,
    name: str = "zones",
    *,
    engine: Engine = "fiona",
    bom: bool = False,
) -> dict[str, bytes]:
    """The table as the files of format ``fmt`` (a key of :data:`FORMATS`), by name.

    The main file comes first, named ``name`` (its suffix is added when it lacks one); then
    the files that go beside it: a Shapefile's ``.shx``, ``.dbf``, ``.prj`` and ``.cpg``, a
    CSV's ``.prj`` (EPSG:4326, which GDAL and QGIS read). ``engine`` is the binding to GDAL
    that writes the GDAL formats; ``bom`` starts a CSV with a UTF-8 byte-order mark, which
    spreadsheets need to read it as UTF-8. The table's ``attrs["metadata"]`` (set by
    :func:`~zonemap.tables.zone_table`) goes into GeoJSON and GeoPackage files.

    Raises
    ------
    UsageError
        ``fmt`` is unknown, ``bom`` is asked for another format than CSV, or a Shapefile's
        name does not end in ``.shp``.
    """
    _check_format(fmt)
    if bom and fmt != "csv":
        raise UsageError(f"a byte-order mark is for csv only, not {fmt}")
    suffix = SUFFIXES[fmt]
    if fmt == "shp" and not name.lower().endswith(suffix):
        raise UsageError("a Shapefile's name ends in .shp (its other files take the same name)")
    name = name if name.lower().endswith(suffix) else name + suffix
    driver = FORMATS[fmt]
    if driver is None:
        return {name: _own_format_bytes(table, fmt)}
    records = zip(table_records(table), map(rfc7946_geometry, table.geometry), strict=True)
    if fmt == "shpzip":
        shapefile = gdal_files(records, name[: -len(suffix)] + ".shp", driver, engine=engine)
        return {name: zip_members(shapefile)}
    metadata = table.attrs.get("metadata")
    files = gdal_files(records, name, driver, engine=engine, bom=bom, metadata=metadata)
    if fmt == "csv":
        files[name[: -len(suffix)] + ".prj"] = _csv_prj()
    return files


def _own_format_bytes(table: gpd.GeoDataFrame, fmt: str) -> bytes:
    """The file of a format zonemap writes itself: GeoJSON, KML, KMZ or the kepler.gl CSV."""
    if fmt == "geojson":
        return to_geojson(table).encode("utf-8")
    rows = table_records(table)
    geometries = [rfc7946_geometry(geometry) for geometry in table.geometry]
    if fmt == "kepler":
        from .kepler import kepler_csv

        return kepler_csv(rows, geometries)
    from .kml import kml_document

    document = kml_document(rows, geometries)
    return document if fmt == "kml" else zip_members({"doc.kml": document})


def table_bytes(
    table: gpd.GeoDataFrame,
    fmt: str,
    name: str = "zones",
    *,
    engine: Engine = "fiona",
    bom: bool = False,
) -> bytes:
    """The main file of :func:`table_files`, as bytes (what ``-o -`` writes)."""
    return next(iter(table_files(table, fmt, name, engine=engine, bom=bom).values()))


def write_table(
    table: gpd.GeoDataFrame,
    path: Path | str,
    fmt: str,
    *,
    engine: Engine = "fiona",
    bom: bool = False,
) -> bool:
    """Write the table to ``path`` in format ``fmt`` (a key of :data:`FORMATS`).

    ``path`` must be a regular file or a new path (see :func:`~zonemap.files.output_target`);
    ``engine`` is the binding to GDAL that writes the GDAL formats, ``bom`` as for
    :func:`table_files`. The files that go beside the main one (a Shapefile's, a CSV's
    ``.prj``) are written with it as one set (:func:`~zonemap.file_sets.write_file_set`):
    all of them or, on failure, none. Returns whether any file changed.
    """
    path = Path(path)
    _check_format(fmt)
    target = output_target(path)
    if not target.parent.is_dir():
        raise ExportError("output folder does not exist", file=path.parent)
    try:
        files = table_files(table, fmt, target.name, engine=engine, bom=bom)
    except (ExportError, UsageError) as exc:
        raise type(exc)(exc.message, file=path) from None
    main, *beside = files
    if not beside:
        return write_bytes(path, files[main])
    for name in beside:
        if (target.parent / name).is_symlink():
            raise ExportError(
                f"a symbolic link; the files beside a {fmt} file are written only as regular files",
                file=target.parent / name,
            )
        output_target(target.parent / name)
    return bool(write_file_set(target.parent, {target.name: files.pop(main), **files}))
