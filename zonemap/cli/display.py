"""What the command line shows on standard error besides errors and notes: progress, warnings."""

from __future__ import annotations

import sys
import warnings
from typing import Any

import click

from ..errors import ZonemapWarning

__all__ = ["ProgressBar", "show_warning"]


class ProgressBar:
    """A progress bar on standard error, shown once a build knows how many rounds it renders."""

    def __init__(self, label: str, *, shown: bool = True):
        self.label = label
        self.shown = shown
        self.bar: Any = None

    def start(self, total: int) -> None:
        """Show the bar for ``total`` rounds (unless it is not to be ``shown``)."""
        if self.shown:
            self.bar = click.progressbar(length=total, label=self.label, file=sys.stderr)
            self.bar.__enter__()

    def step(self, round_id: str) -> None:
        """Advance the bar by one round."""
        if self.bar is not None:
            self.bar.update(1)

    def close(self) -> None:
        """End the bar, if it was shown."""
        if self.bar is not None:
            self.bar.__exit__(None, None, None)


def show_warning(message: Warning | str, category: type[Warning], *args: Any) -> None:
    """Show a zonemap warning as one ``warning:`` line; others as Python would."""
    if isinstance(message, ZonemapWarning):
        click.echo(f"warning: {message.text}", err=True)
    else:
        _python_show_warning(message, category, *args)


_python_show_warning = warnings.showwarning
