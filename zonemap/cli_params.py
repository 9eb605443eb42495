"""The command line's parameter types: days within the catalogue's range, coordinates, ids."""

from __future__ import annotations

import math
import re
from typing import Any

import click

from .records import DATE_RANGE, SLUG_PATTERN

__all__ = ["DATE", "STDOUT", "Coordinate", "Day", "slug"]


class Day(click.DateTime):
    """A day written YYYY-MM-DD, within the catalogue's :data:`~zonemap.records.DATE_RANGE`."""

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


DATE = Day(formats=["%Y-%m-%d"])

#: ``-o -``: standard output.
STDOUT = "-"


def slug(value: str | None) -> str | None:
    """Accept a catalogue id (lower-case words joined by hyphens) or nothing."""
    if value is not None and not re.fullmatch(SLUG_PATTERN, value):
        raise click.BadParameter(f"{value!r} is not an id like 'astana-6'")
    return value
