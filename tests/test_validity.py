"""The validity rules: six-month terms from establishment, extensions, ends."""

from __future__ import annotations

import datetime as dt

import pytest

from zonemap.records import End, Source, Validity
from zonemap.validity import periods, status_on

D = dt.date
SOURCE = Source(title="A cited document", date=D(2018, 1, 1), paragraph="para 1")


def six_monthly(established: dt.date, **ends: End) -> Validity:
    return Validity(
        established=established,
        established_by="astana-4",
        initial_months=6,
        extension_months=6,
        **ends,
    )


MAY_2017 = six_monthly(D(2017, 5, 4))


def test_zone_is_not_established_before_its_memorandum() -> None:
    assert status_on(MAY_2017, D(2017, 5, 3)).state == "not-yet-established"


def test_initial_period_runs_six_months_to_the_day_before() -> None:
    first, last = status_on(MAY_2017, D(2017, 5, 4)), status_on(MAY_2017, D(2017, 11, 3))
    assert (first.state, last.state) == ("initial-period", "initial-period")
    assert first.period_end == last.period_end == D(2017, 11, 3)
    assert first.extensions == 0


def test_first_extension_starts_when_the_initial_period_ends() -> None:
    status = status_on(MAY_2017, D(2017, 11, 4))
    assert (status.state, status.extensions, status.period_end) == ("extended", 1, D(2018, 5, 3))


def test_extensions_are_counted_from_establishment() -> None:
    status = status_on(MAY_2017, D(2019, 6, 1))
    assert (status.extensions, status.period_end) == (4, D(2019, 11, 3))


@pytest.mark.parametrize(
    ("day", "extensions", "period_end"),
    [(D(2047, 2, 27), 58, D(2047, 2, 27)), (D(2047, 2, 28), 59, D(2047, 8, 30))],
)
def test_terms_are_counted_exactly_decades_later(
    day: dt.date, extensions: int, period_end: dt.date
) -> None:
    status = status_on(six_monthly(D(2017, 8, 31)), day)
    assert (status.extensions, status.period_end) == (extensions, period_end)


@pytest.mark.parametrize(
    ("established", "day", "period_end"),
    [
        # 31 Aug + 6 months has no 31 Feb: the term ends on the last day of February ...
        (D(2017, 8, 31), D(2017, 9, 1), D(2018, 2, 27)),
        # ... and the next term is still anchored to the 31st, not drifted to the 28th.
        (D(2017, 8, 31), D(2018, 3, 1), D(2018, 8, 30)),
        # Leap years: 29 Feb exists in 2020, not in 2021.
        (D(2019, 8, 29), D(2019, 9, 1), D(2020, 2, 28)),
        (D(2019, 8, 31), D(2019, 9, 1), D(2020, 2, 28)),
        (D(2020, 2, 29), D(2020, 3, 1), D(2020, 8, 28)),
        (D(2020, 2, 29), D(2020, 9, 1), D(2021, 2, 27)),
    ],
)
def test_month_end_and_leap_year_edges(
    established: dt.date, day: dt.date, period_end: dt.date
) -> None:
    assert status_on(six_monthly(established), day).period_end == period_end


def test_de_facto_end_ends_the_zone_from_that_day() -> None:
    end = End(date=D(2018, 4, 14), event="retaken", source=SOURCE)
    validity = six_monthly(D(2017, 5, 4), de_facto_end=end)
    assert status_on(validity, D(2018, 4, 13)).state == "extended"
    status = status_on(validity, D(2018, 4, 14))
    assert (status.state, status.ended_on, status.event) == ("ended", D(2018, 4, 14), "retaken")
    assert status.extensions == 1


def test_a_successor_instrument_supersedes() -> None:
    end = End(date=D(2020, 3, 5), event="new protocol", source=SOURCE, superseded_by="m4")
    validity = Validity(established=D(2018, 9, 17), established_by="sochi", de_jure_end=end)
    assert status_on(validity, D(2019, 1, 1)).state == "in-force"
    status = status_on(validity, D(2020, 3, 5))
    assert (status.state, status.superseded_by) == ("superseded", "m4")


def test_the_earlier_of_two_ends_wins() -> None:
    de_facto = End(date=D(2019, 8, 20), event="offensive", source=SOURCE)
    de_jure = End(date=D(2020, 3, 5), event="protocol", source=SOURCE, superseded_by="m4")
    validity = Validity(
        established=D(2018, 9, 17), established_by="s", de_facto_end=de_facto, de_jure_end=de_jure
    )
    assert status_on(validity, D(2020, 6, 1)).state == "ended"


def test_a_term_without_extension_runs_out() -> None:
    validity = Validity(established=D(2017, 5, 4), established_by="a", initial_months=6)
    assert status_on(validity, D(2017, 11, 3)).state == "initial-period"
    status = status_on(validity, D(2017, 11, 4))
    assert (status.state, status.ended_on) == ("ended", D(2017, 11, 4))


def test_periods_tile_the_life_of_a_zone_without_gaps() -> None:
    end = End(date=D(2018, 7, 31), event="offensive", source=SOURCE)
    spans = list(periods(six_monthly(D(2017, 5, 4), de_facto_end=end), D(2024, 12, 31)))
    assert [(p.state, p.first, p.last) for p in spans] == [
        ("initial-period", D(2017, 5, 4), D(2017, 11, 3)),
        ("extended", D(2017, 11, 4), D(2018, 5, 3)),
        ("extended", D(2018, 5, 4), D(2018, 7, 30)),
        ("ended", D(2018, 7, 31), None),
    ]


def test_an_open_zone_ends_its_periods_with_an_open_term_at_the_horizon() -> None:
    spans = list(periods(MAY_2017, D(2018, 1, 1)))
    assert spans[-1].last is None and spans[-1].state == "extended"
    assert spans[-1].first == D(2017, 11, 4)


def test_periods_agree_with_status_on_every_day() -> None:
    end = End(date=D(2018, 5, 16), event="evacuation", source=SOURCE)
    validity = six_monthly(D(2017, 5, 4), de_facto_end=end)
    spans = list(periods(validity, D(2019, 1, 1)))
    day = D(2017, 5, 4)
    while day < D(2019, 1, 1):
        span = next(p for p in spans if p.first <= day and (p.last is None or day <= p.last))
        assert status_on(validity, day).state == span.state, day
        day += dt.timedelta(days=1)
