"""The options every command takes, before or after its name: the inputs and how much to say.

``--quiet`` keeps only results, warnings and errors (a warning says a result is less exact
than it looks, which a script should not lose); ``--verbose`` adds what is done: the inputs,
whether the atlas (or a query's index) was read back or computed, each file a build wrote or
left unchanged.

``zonemap --catalogue DIR status …`` and ``zonemap status … --catalogue DIR`` mean the same.
The group's copies also read ``ZONEMAP_CATALOGUE`` and ``ZONEMAP_BOUNDARIES``; a command's
copies read only the command line, so what follows the command's name wins over what precedes
it, which wins over the environment, which wins over the shipped data.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import click

if TYPE_CHECKING:
    from ..atlas import Atlas
    from ..query_index import QueryIndex

__all__ = [
    "Settings",
    "atlas_of",
    "detail",
    "global_options",
    "index_of",
    "inputs",
    "note",
    "settings",
]

_F = TypeVar("_F", bound=Callable[..., Any])

CATALOGUE_ENV = "ZONEMAP_CATALOGUE"
BOUNDARIES_ENV = "ZONEMAP_BOUNDARIES"


@dataclass
class Settings:
    """What the global options chose: the inputs (``None``: the shipped ones) and verbosity."""

    catalogue: Path | None = None
    boundaries: Path | None = None
    quiet: bool = False
    verbose: bool = False


def settings(ctx: click.Context) -> Settings:
    """Return the settings of the command line ``ctx`` belongs to."""
    return ctx.ensure_object(Settings)


def _set_path(ctx: click.Context, param: click.Parameter, value: Path | None) -> None:
    if value is not None:  # the option was given (or, on the group, its variable was set)
        setattr(settings(ctx), param.name or "", value)


def _set_flag(ctx: click.Context, param: click.Parameter, value: bool) -> None:
    chosen = settings(ctx)
    if value:
        setattr(chosen, param.name or "", True)
    if chosen.quiet and chosen.verbose:
        raise click.UsageError("give --quiet or --verbose, not both", ctx)


def global_options(*, on_group: bool) -> Callable[[_F], _F]:
    """Add ``--catalogue``, ``--boundaries``, ``--quiet`` and ``--verbose`` to a command.

    On the group (``on_group``) the paths also come from their environment variables, shown
    in ``--help``; the values land in :class:`Settings`, not in the command's arguments.
    """
    after = "" if on_group else " Also accepted before the command; this one wins."

    def path_option(name: str, envvar: str, what: str) -> Callable[[_F], _F]:
        return click.option(
            f"--{name}",
            type=click.Path(path_type=Path),
            envvar=envvar if on_group else None,
            show_envvar=on_group,
            expose_value=False,
            callback=_set_path,
            help=f"{what}{after} [env var: {envvar}]" if not on_group else what,
        )

    def flag(name: str, short: str, what: str) -> Callable[[_F], _F]:
        return click.option(
            f"-{short}",
            f"--{name}",
            name,
            is_flag=True,
            expose_value=False,
            callback=_set_flag,
            help=what + ("" if on_group else " Also accepted before the command."),
        )

    decorators = [
        path_option(
            "catalogue",
            CATALOGUE_ENV,
            "Catalogue folder (metadata.yaml, rounds.yaml, zones.yaml, posts.yaml). "
            "Default: the one shipped with zonemap.",
        ),
        path_option(
            "boundaries",
            BOUNDARIES_ENV,
            "Admin-1 layer with P-codes (e.g. OCHA COD-AB, ADM1_PCODE). "
            "Default: the shipped Natural Earth governorates.",
        ),
        flag("quiet", "q", "Print only results, warnings and errors: no progress, no notes."),
        flag("verbose", "v", "Also say what is done: inputs used, atlas kept or computed, files."),
    ]

    def decorate(function: _F) -> _F:
        for decorator in reversed(decorators):
            function = decorator(function)
        return function

    return decorate


def note(message: str) -> None:
    """Say on standard error what a command did ("wrote …"), unless ``--quiet``."""
    if not settings(click.get_current_context()).quiet:
        click.echo(message, err=True)


def detail(message: str) -> None:
    """Say on standard error how a command goes about its work, with ``--verbose`` only."""
    if settings(click.get_current_context()).verbose:
        click.echo(message, err=True)


def inputs(ctx: click.Context) -> tuple[Path | None, Path | None]:
    """Return the catalogue folder and boundary layer to read (``None``: the shipped one).

    With ``--verbose``, says which on standard error.
    """
    chosen = settings(ctx)
    detail(f"catalogue: {chosen.catalogue or 'the shipped one'}")
    detail(f"boundaries: {chosen.boundaries or 'the shipped governorates'}")
    return chosen.catalogue, chosen.boundaries


def atlas_of(ctx: click.Context) -> Atlas:
    """Load the atlas of the inputs the command line chose (with ``-v``, saying how)."""
    from ..atlas import load_atlas  # shapely and pydantic: only for the commands that need them

    return load_atlas(*inputs(ctx), report=detail)


def index_of(ctx: click.Context) -> QueryIndex:
    """Load the query index of the inputs the command line chose (with ``-v``, saying how)."""
    from ..query_index import load_index

    return load_index(*inputs(ctx), report=detail)
