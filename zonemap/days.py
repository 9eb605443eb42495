"""Read the day a caller asks about, whichever of Python's or pandas' date types it comes as."""

from __future__ import annotations

import datetime as dt
import re

from .errors import UsageError

__all__ = ["DayLike", "as_day"]

#: What a table function takes as a day: ``"2018-06-01"``, a ``datetime.date``, or a
#: ``datetime.datetime`` (pandas' ``Timestamp`` is one), whose time of day is dropped.
DayLike = str | dt.date


def as_day(value: DayLike, name: str = "day") -> dt.date:
    """Return ``value`` as a plain date, or raise one error naming it.

    Parameters
    ----------
    value
        An ISO date string (``YYYY-MM-DD``), a ``datetime.date``, a ``datetime.datetime`` or
        a pandas ``Timestamp``; a date-time's time of day (and time zone) is dropped.
    name
        The argument's name, for the error message.

    Raises
    ------
    UsageError
        For any other type, a string that is not an ISO date, or pandas' ``NaT``.

    Examples
    --------
    >>> as_day("2018-06-01")
    datetime.date(2018, 6, 1)
    >>> as_day(dt.datetime(2018, 6, 1, 17, 30))
    datetime.date(2018, 6, 1)
    >>> as_day(20180601)
    Traceback (most recent call last):
    ...
    zonemap.errors.UsageError: day 20180601 (int) is not a day: give 'YYYY-MM-DD', a datetime.date, a datetime.datetime or a pandas Timestamp
    """  # noqa: E501
    if isinstance(value, dt.datetime):
        if value != value:  # pandas' NaT, a datetime that equals nothing
            raise UsageError(f"{name} is NaT (a missing date-time), not a day")
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
                return dt.date.fromisoformat(value)
        except ValueError:
            pass  # a day that does not exist, such as 2018-02-30
        raise UsageError(f"{name} {value!r} is not a date like '2018-06-01'")
    raise UsageError(
        f"{name} {value!r} ({type(value).__name__}) is not a day: give 'YYYY-MM-DD', "
        "a datetime.date, a datetime.datetime or a pandas Timestamp"
    )
