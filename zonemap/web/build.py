"""Build the maps: decide what is stale, render every page, and commit the files at once.

Everything is rendered in memory first; only when all of it succeeded are the files whose
bytes changed committed into the output folder as one set (:mod:`zonemap.file_sets`), with
the record of the build last. A build records a fingerprint of its inputs, so the next build
with the same inputs does nothing at all, and one whose inputs differ only in the rounds' page
text sets the new text in the pages instead of rendering them (:mod:`.incremental`). One
build at a time writes a folder: it holds the lock file ``.zonemap-build.lock`` inside it, and
a second build waits for it.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from filelock import FileLock, Timeout

from ..catalogue import Catalogue, load_catalogue
from ..errors import ExportError, UsageError
from ..file_sets import finish_interrupted, has_leftovers, write_file_set
from ..limits import file_kind
from ..paths import catalogue_dir
from .freshness import STAMP, beside_catalogue, fingerprint, is_fresh, previous_record, record
from .incremental import (
    Spliced,
    Structure,
    reusable_outputs,
    shared_context,
    spliced_outputs,
    structure_of,
    text_edit,
)

if TYPE_CHECKING:
    from ..atlas import Atlas  # the geometry: loaded only by a build that renders
    from .context import BuildContext  # the page code: imported only by a build that renders

#: The lock file a build holds inside its output folder.
LOCK = ".zonemap-build.lock"

__all__ = ["LOCK", "BuildResult", "Progress", "build_maps"]


@dataclass(frozen=True)
class BuildResult:
    """What a build wrote: every output path and those whose bytes changed.

    ``up_to_date`` is true when the build had nothing to do (and then wrote nothing);
    ``finished`` counts the files an interrupted earlier build had left to move in, which
    this build moved first.
    """

    outputs: tuple[Path, ...]
    changed: tuple[Path, ...]
    up_to_date: bool = False
    finished: int = 0


class Progress(Protocol):
    """Told how many rounds a build renders, then of each round as it is done."""

    def start(self, total: int) -> None:
        """The build renders ``total`` rounds."""

    def step(self, round_id: str) -> None:
        """Round ``round_id`` is rendered."""


def build_maps(
    atlas: Atlas | None,
    out: Path | str,
    round_ids: list[str] | None = None,
    *,
    catalogue: Path | str | None = None,
    boundaries: Path | str | None = None,
    inline: bool = False,
    force: bool = False,
    progress: Progress | None = None,
    wait: float = 600,
    jobs: int | None = None,
    report: Callable[[str], None] | None = None,
) -> BuildResult:
    """Write every round map, ``timeline.html``, ``index.html`` and per-round GeoJSON.

    Parameters
    ----------
    atlas
        The loaded atlas, or ``None`` to load it from ``catalogue`` and ``boundaries`` (only
        when a page must be rendered, so an up-to-date build, or one that sets new page text
        in the last build's pages, loads no atlas).
    out
        The output folder (made if missing, once the inputs are loaded).
    round_ids
        Build only these rounds (the index and timeline are then skipped).
    inline
        Put Leaflet and the shared geometry inside every HTML file.
    force
        Rebuild even when the recorded fingerprint says nothing changed.
    progress
        Told the number of rounds, then each round as it is rendered.
    wait
        How many seconds to wait for another build of ``out`` to end (0: fail at once).
    jobs
        How many processes render the rounds (default: one per core where that gains; see
        :func:`.staging.workers_for`). The files are the same whatever the number.
    report
        Told whether the checked catalogue, the atlas and the build's shared context were
        read back or computed.

    Raises
    ------
    ExportError
        ``out`` cannot be written, or another build held it for longer than ``wait``.
    UsageError
        ``jobs`` is less than 1.
    """
    if jobs is not None and jobs < 1:
        raise UsageError(f"jobs must be 1 or more, not {jobs}")
    out = _folder(out)
    folder = Path(atlas.catalogue.folder if atlas is not None else catalogue or catalogue_dir())
    source = atlas.boundaries.source if atlas is not None else boundaries
    layer = Path(source) if source is not None else None
    options = ["inline" if inline else "linked", *(round_ids or ())]
    beside = beside_catalogue(folder, layer, options)
    stamp = fingerprint(folder, layer, options, beside=beside)
    if not force and not has_leftovers(out) and is_fresh(out, stamp):
        return BuildResult((), (), up_to_date=True)
    places = [str(folder.resolve()), str(layer.resolve()) if layer else "shipped boundaries"]
    others = "\0".join([beside, *places])
    found = None if force or round_ids else previous_record(out)
    edit = text_edit(folder, others, found) if atlas is None else None
    checked = None
    if edit is None:
        # bad input is refused here, before the folder is made or locked
        checked = atlas.catalogue if atlas is not None else _checked(folder, layer, report)
        edit = structure_of(checked, others), list(checked.rounds)
    structure, rounds = edit
    spliced = spliced_outputs(out, found, structure, rounds)

    def make_context() -> BuildContext:
        catalogue = checked or _checked(folder, layer, report)
        return _context(atlas, structure, catalogue, layer, inline, report)

    # Setting new text in the last build's pages needs no context (its inputs but the text
    # are those of the build that loaded them); any other build makes it here.
    context = make_context() if spliced is None else None
    _make(out)
    with _locked(out, wait):
        finished = finish_interrupted(out)
        if not force and is_fresh(out, stamp):  # the build waited for did this one's work
            return BuildResult((), (), up_to_date=True, finished=finished)
        if spliced is not None and previous_record(out) != found:
            spliced = None  # another build wrote the folder meanwhile
        if spliced is not None:
            staged = _set_in(spliced, progress, report)
        else:
            from .staging import staged_files

            context = context or make_context()
            found = None if force or round_ids else previous_record(out)
            reuse = reusable_outputs(out, found, structure)
            staged = staged_files(context, round_ids, progress, reuse, jobs)
        facts = structure.facts(rounds, staged)
        changed = write_file_set(out, {**staged, STAMP: record(stamp, staged, **facts)})
    return BuildResult(
        tuple(out / name for name in sorted(staged)),
        tuple(out / name for name in sorted(changed) if name != STAMP),
        finished=finished,
    )


def _set_in(
    spliced: Spliced, progress: Progress | None, report: Callable[[str], None] | None
) -> dict[str, bytes]:
    """The outputs of a build that set new text in the last build's pages, told as rendered."""
    if progress:
        progress.start(len(spliced.rounds))
        for round_id in spliced.rounds:
            progress.step(round_id)
    if report:
        report(f"pages: the new text of {len(spliced.rounds)} set in the last build's pages")
    return spliced.outputs


def _checked(
    folder: Path, boundaries: Path | None, report: Callable[[str], None] | None
) -> Catalogue:
    """The catalogue, read and checked, or as the last run with the same inputs checked it."""
    from ..atlas_cache import kept_for_inputs

    def check() -> Catalogue:
        return load_catalogue(folder)

    return kept_for_inputs("catalogue", folder, boundaries, check, report=report)


def _context(
    atlas: Atlas | None,
    structure: Structure,
    catalogue: Catalogue,
    boundaries: Path | None,
    inline: bool,
    report: Callable[[str], None] | None,
) -> BuildContext:
    """The build's shared context: of the given atlas, or kept for this structure."""
    from ..atlas import load_atlas  # only now: the geometry libraries come with it
    from .staging import build_context  # only now: it imports folium and the page code

    if atlas is not None:
        return build_context(atlas, inline)

    def make() -> BuildContext:
        atlas = load_atlas(catalogue.folder, boundaries, report=report, checked=catalogue)
        return build_context(atlas, inline)

    return shared_context(structure, catalogue, make, report=report)


def _folder(out: Path | str) -> Path:
    """The output folder; refused if its name is empty or it exists and is not a folder."""
    if str(out).strip() == "":
        raise UsageError("the output folder is an empty name (give --out a folder)")
    out = Path(out)
    if out.exists() and not out.is_dir():
        raise ExportError(f"{file_kind(out.stat().st_mode)}, not a folder", file=out)
    return out


def _make(out: Path) -> None:
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ExportError(f"cannot make the output folder ({exc.strerror})", file=out) from None


@contextmanager
def _locked(out: Path, wait: float) -> Iterator[None]:
    """Hold ``out``'s build lock, waiting up to ``wait`` seconds for another build's."""
    lock = FileLock(out / LOCK, timeout=wait)
    try:
        lock.acquire()
    except Timeout:
        raise ExportError(
            f"another build is writing this folder (waited {wait:g} s for {LOCK})", file=out
        ) from None
    except OSError as exc:
        raise ExportError(f"cannot lock the folder ({exc.strerror})", file=out) from None
    with contextlib.suppress(OSError):  # the lock file made under the user's umask
        os.chmod(lock.lock_file, 0o644)  # every file of the folder is readable by all
    try:
        yield
    finally:
        lock.release()
