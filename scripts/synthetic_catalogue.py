"""Write a synthetic catalogue of N rounds × M zones, for measuring how builds scale.

    python scripts/synthetic_catalogue.py --rounds 100 --zones 8 -o /tmp/synthetic

Zones are small squares laid on a grid over western Syria, each clipped to the governorate
that holds its centre; rounds follow each other weekly from 2017 and each restates every zone.
The output passes ``zonemap check`` like the real catalogue.
"""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path

import yaml

import shapely

from zonemap.boundaries import load_governorates

SOURCE = {"title": "Synthetic benchmark document", "date": "2017-01-01", "paragraph": "para 1"}


def _zones(count: int) -> list[dict[str, object]]:
    governorates = load_governorates()
    zones = []
    lon, lat = 35.9, 32.7
    while len(zones) < count:
        centre = shapely.Point(lon + 0.1, lat + 0.1)
        hits = [g.pcode for g in governorates if g.geometry.contains(centre)]
        if hits:
            zones.append(
                {
                    "id": f"zone-{len(zones) + 1:04d}",
                    "kind": "de-escalation-zone",
                    "name": f"Synthetic zone {len(zones) + 1}",
                    "name_ar": "منطقة تجريبية",
                    "description": "A square used only to measure build times.",
                    "parts": [
                        {
                            "governorate": hits[0],
                            "precision": "approximate",
                            "outline": [
                                [lon, lat],
                                [lon + 0.2, lat],
                                [lon + 0.2, lat + 0.2],
                                [lon, lat + 0.2],
                            ],
                            "justification": "Synthetic.",
                            "sources": [SOURCE],
                        }
                    ],
                    "validity": {
                        "established": "2017-01-01",
                        "established_by": "round-0001",
                        "initial_months": 6,
                        "extension_months": 6,
                    },
                    "sources": [SOURCE],
                }
            )
        lon += 0.3
        if lon > 41.5:
            lon, lat = 35.9, lat + 0.3
        if lat > 37.0:
            raise SystemExit(f"only {len(zones)} synthetic zones fit; ask for fewer")
    return zones


def _rounds(count: int, zone_ids: list[str]) -> list[dict[str, object]]:
    start = dt.date(2017, 1, 1)
    rounds = []
    for n in range(1, count + 1):
        day = (start + dt.timedelta(days=7 * (n - 1))).isoformat()
        rounds.append(
            {
                "id": f"round-{n:04d}",
                "name": f"Synthetic round {n}",
                "kind": "astana-round",
                "start": day,
                "end": day,
                "city": "Astana",
                "participants": ["Iran", "Russia", "Turkey"],
                "summary": "A round used only to measure build times.",
                "documents": [{"id": "statement", "title": "Synthetic statement", "date": day}],
                "statements": [
                    {
                        "zone": z,
                        "action": "restated",
                        "note": "Restated.",
                        "document": "statement",
                        "paragraph": "para 1",
                    }
                    for z in zone_ids
                ],
            }
        )
    return rounds


def positive_int(text: str) -> int:
    """An argparse type: a whole number of at least 1."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"{value} is less than 1")
    return value


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=positive_int, required=True)
    parser.add_argument("--zones", type=positive_int, default=4)
    parser.add_argument("-o", "--out", type=Path, required=True)
    args = parser.parse_args()
    zones = _zones(args.zones)
    args.out.mkdir(parents=True, exist_ok=True)
    dump = {"allow_unicode": True, "sort_keys": False}
    (args.out / "zones.yaml").write_text(yaml.safe_dump({"zones": zones}, **dump), "utf-8")
    rounds = _rounds(args.rounds, [z["id"] for z in zones])
    (args.out / "rounds.yaml").write_text(yaml.safe_dump({"rounds": rounds}, **dump), "utf-8")
    posts = [
        {
            "id": "post-1",
            "name": "Synthetic post",
            "kind": "observation-post",
            "operator": "Nobody",
            "zone": zones[0]["id"],
            "lon": 36.0,
            "lat": 32.8,
            "position": "A point used only to measure build times.",
            "approximate": True,
            "established": "2017-02-01",
            "source": SOURCE,
        }
    ]
    (args.out / "posts.yaml").write_text(yaml.safe_dump({"posts": posts}, **dump), "utf-8")
    metadata = {
        "title": "Synthetic catalogue for benchmarks",
        "version": "0.0.1",
        "updated": "2026-12-01",
        "licence": {
            "id": "CC-BY-4.0",
            "name": "Creative Commons Attribution 4.0 International",
            "url": "https://creativecommons.org/licenses/by/4.0/",
        },
        "citation": "A synthetic catalogue made by scripts/synthetic_catalogue.py.",
    }
    (args.out / "metadata.yaml").write_text(yaml.safe_dump({"metadata": metadata}, **dump), "utf-8")


if __name__ == "__main__":
    main()
