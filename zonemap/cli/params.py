"""The command line's parameter types: days within the catalogue's range, coordinates, ids."""

from __future__ import annotations

import math
import re
from pathlib import Path
from typing import Any

import click
from click.shell_completion import CompletionItem

from ..errors import ZonemapError
from ..forms import DATE_RANGE, SLUG_LENGTH, SLUG_PATTERN
from ..paths import catalogue_dir
from .options import settings

__all__ = ["DATE", "ROUND", "STDOUT", "Coordinate", "Day", "RoundRef", "slug"]


class Day(click.DateTime):
    """A day written YYYY-MM-DD, within the catalogue's :data:`~zonemap.forms.DATE_RANGE`."""

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        """Parse the day, then refuse one outside the range."""
        day = super().convert(value, param, ctx)
        first, last = DATE_RANGE
        if not first <= day.date() <= last:
            self.fail(f"{day.date()} is outside the dates zonemap takes ({first} … {last})")
        return day


class Coordinate(click.FloatRange):
    """A latitude or longitude: a finite number within its range (``nan`` is refused)."""

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        """Parse the number, then refuse NaN."""
        number = super().convert(value, param, ctx)
        if not math.isfinite(number):
            self.fail(f"{value!r} is not a number")
        return number


class RoundRef(click.ParamType):
    """A round id (or, where a command takes one, a day), completed from the catalogue's rounds.

    The value is passed on as given: the library says which ids exist, with the closest one.
    """

    name = "round"

    def shell_complete(
        self, ctx: click.Context, param: click.Parameter, incomplete: str
    ) -> list[CompletionItem]:
        """Offer the ids in ``rounds.yaml`` that begin with ``incomplete``.

        Reads that one file (no check of the catalogue), so completing stays fast; a file
        that cannot be read offers nothing.
        """
        from ..catalogue import read_yaml  # only when completing

        folder = settings(ctx).catalogue or catalogue_dir()
        try:
            data = read_yaml(Path(folder) / "rounds.yaml")
        except (OSError, ZonemapError):
            return []
        rounds = data.get("rounds") if isinstance(data, dict) else None
        ids = [r.get("id") for r in rounds or () if isinstance(r, dict)]
        return [CompletionItem(i) for i in ids if isinstance(i, str) and i.startswith(incomplete)]


DATE = Day(formats=["%Y-%m-%d"])
ROUND = RoundRef()

#: ``-o -``: standard output.
STDOUT = "-"


def slug(value: str | None) -> str | None:
    """Accept a catalogue id (lower-case words joined by hyphens) or nothing."""
    if value is not None and not re.fullmatch(SLUG_PATTERN, value):
        raise click.BadParameter(f"{value!r} is not an id like 'astana-6'")
    if value is not None and len(value) > SLUG_LENGTH:
        raise click.BadParameter(f"an id has at most {SLUG_LENGTH} characters, not {len(value)}")
    return value
