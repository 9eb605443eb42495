"""The ``zonemap`` command: a thin layer over the public functions.

Parses arguments, shows progress, and turns :class:`~zonemap.errors.ZonemapError` into one
``error:`` line and its exit status (2 for a usage mistake, 1 for bad data). Formats, ids,
columns and wording come from the library. The commands live in :mod:`.queries` (answers
from the atlas), :mod:`.outputs` (tables and figures written), :mod:`.build` (the maps),
:mod:`.statements` (drafts from statements)
and :mod:`.coverage`, each imported only when one of its commands runs; :mod:`.options` holds
the options every command takes.
"""

from __future__ import annotations

import sys
import warnings
from importlib import import_module

import click

from ..errors import ZonemapError
from .display import show_warning
from .options import global_options

__all__ = ["cli", "main"]

#: Each command and the module of this package that defines it (a function of its name).
COMMANDS = {
    "build": "build",
    "check": "queries",
    "coverage": "coverage",
    "diff": "queries",
    "export": "outputs",
    "extract": "statements",
    "figure": "outputs",
    "rounds": "queries",
    "status": "queries",
    "where": "queries",
}


class _Commands(click.Group):
    """A group that imports a command's module when the command is asked for.

    Only ``--help`` and completion list them all; running one imports its own module, so a
    query does not load what the commands that write files need.
    """

    def list_commands(self, ctx: click.Context) -> list[str]:
        """Every command's name, sorted."""
        return sorted(COMMANDS)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        """The command called ``cmd_name``, or ``None``."""
        module = COMMANDS.get(cmd_name)
        if module is None:
            return None
        command: click.Command = getattr(import_module(f".{module}", __name__), cmd_name)
        return command


@click.group(
    cls=_Commands,
    context_settings={"help_option_names": ["-h", "--help"]},
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
