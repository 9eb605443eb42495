"""The ``zonemap`` command: a thin layer over the public functions.

Parses arguments, shows progress, and turns :class:`~zonemap.errors.ZonemapError` into one
``error:`` line and its exit status (2 for a usage mistake, 1 for bad data). Formats, ids,
columns and wording come from the library. The commands live in :mod:`.queries` (answers
from the atlas), :mod:`.outputs` (files written) and :mod:`.coverage`; :mod:`.options` holds
the options every command takes.
"""

from __future__ import annotations

import sys
import warnings

import click

from ..errors import ZonemapError
from .coverage import coverage
from .display import show_warning
from .options import global_options
from .outputs import WRITERS
from .queries import QUERIES

__all__ = ["cli", "main"]


@click.group(
    context_settings={"help_option_names": ["-h", "--help"]},
    commands=[*QUERIES, *WRITERS, coverage],
    epilog="The global options are also accepted after the command's name, where they win. "
    'Shell completion: see the README (eval "$(_ZONEMAP_COMPLETE=bash_source zonemap)").',
)
@global_options(on_group=True)
@click.version_option(package_name="zonemap")
def cli() -> None:
    """Map the Syrian de-escalation zones of the Astana process, round by round."""


def main(argv: list[str] | None = None) -> None:
    """Run the CLI, turning zonemap errors into one line and their exit status."""
    warnings.showwarning = show_warning
    try:
        code = cli.main(args=argv, prog_name="zonemap", standalone_mode=False)
    except click.exceptions.Abort:
        click.echo("aborted", err=True)
        sys.exit(130)
    except click.ClickException as exc:
        hint = ""
        if isinstance(exc, click.UsageError) and exc.ctx is not None:
            hint = f" (try '{exc.ctx.command_path} --help')"
        click.echo(f"error: {' '.join(exc.format_message().split())}{hint}", err=True)
        sys.exit(exc.exit_code)
    except ZonemapError as exc:
        click.echo(f"error: {exc}", err=True)
        sys.exit(exc.exit_code)
    except OSError as exc:
        where = f"{exc.filename}: " if exc.filename else ""
        click.echo(f"error: {where}{exc.strerror or exc}", err=True)
        sys.exit(1)
    if isinstance(code, int):
        sys.exit(code)
