"""docs/notebook.ipynb runs top to bottom in a kernel of this environment, and is stored clean."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import nbformat
import pytest
from conftest import REFERENCE, ROOT, needs_reference
from jupyter_client.kernelspec import KernelSpecManager
from jupyter_client.manager import KernelManager
from nbclient import NotebookClient

NOTEBOOK = ROOT / "docs" / "notebook.ipynb"
ADMIN3 = REFERENCE / "codab_2016_adm3.geojson"


@pytest.fixture(scope="module")
def executed(tmp_path_factory: pytest.TempPathFactory) -> nbformat.NotebookNode:
    """The notebook after running every cell; any cell's error fails the tests that use it."""
    # A kernel spec of this very interpreter, so no kernel installed elsewhere is picked up.
    kernels = tmp_path_factory.mktemp("kernels")
    (kernels / "zonemap-test").mkdir()
    spec = {
        "argv": [sys.executable, "-m", "ipykernel_launcher", "-f", "{connection_file}"],
        "display_name": "zonemap test",
        "language": "python",
    }
    (kernels / "zonemap-test" / "kernel.json").write_text(json.dumps(spec), encoding="utf-8")
    manager = KernelManager(
        kernel_name="zonemap-test", kernel_spec_manager=KernelSpecManager(kernel_dirs=[kernels])
    )
    notebook = nbformat.read(NOTEBOOK, as_version=4)
    work = tmp_path_factory.mktemp("notebook")
    # The kernel inherits the environment: the subdistricts cell reads OCHA's copy from it.
    before = os.environ.get("ZONEMAP_ADMIN3")
    os.environ["ZONEMAP_ADMIN3"] = str(ADMIN3)
    try:
        NotebookClient(
            notebook, km=manager, timeout=300, resources={"metadata": {"path": str(work)}}
        ).execute()
    finally:
        if before is None:
            del os.environ["ZONEMAP_ADMIN3"]
        else:
            os.environ["ZONEMAP_ADMIN3"] = before
    return notebook


def _outputs(notebook: nbformat.NotebookNode, source: str) -> list[nbformat.NotebookNode]:
    (cell,) = [c for c in notebook.cells if c.cell_type == "code" and source in c.source]
    return cell.outputs


def test_every_cell_of_the_notebook_runs_without_an_error(
    executed: nbformat.NotebookNode,
) -> None:
    for cell in executed.cells:
        if cell.cell_type == "code":
            assert all(output.output_type != "error" for output in cell.outputs), cell.source


def test_the_notebook_shows_the_round_map_and_the_explored_table(
    executed: nbformat.NotebookNode,
) -> None:
    (shown,) = _outputs(executed, "zonemap.round_map(")
    page = shown.data["text/html"]
    assert page.startswith("<iframe srcdoc=") and "Astana" in page
    assert "assets/" not in page  # standalone: nothing to fetch beside the notebook
    (explored,) = _outputs(executed, ".explore(")
    assert "text/html" in explored.data


def test_the_notebook_answers_with_tables_a_plot_and_the_diff(
    executed: nbformat.NotebookNode,
) -> None:
    (status,) = _outputs(executed, 'zones_on(atlas, "2018-06-01"')
    assert "eastern-ghouta" in status.data["text/plain"]
    assert any("image/png" in o.get("data", {}) for o in _outputs(executed, "timeline("))
    (shares,) = _outputs(executed, "zones_by_governorate(")
    assert "Idleb" in shares.data["text/plain"]
    (printed,) = _outputs(executed, "zonemap.diff(")
    assert "ended" in printed.text


@needs_reference
def test_the_notebook_names_the_subdistricts_each_zone_covers_by_p_code(
    executed: nbformat.NotebookNode,
) -> None:
    outputs = _outputs(executed, "pcode_coverage(")
    (shown,) = [o.data["text/plain"] for o in outputs if "data" in o]
    (warned,) = [o.text for o in outputs if o.get("name") == "stderr"]
    assert "outside codab_2016_adm3.geojson" in warned
    for zone in ("idlib", "northern-homs", "eastern-ghouta", "southern"):
        assert zone in shown
    assert "SY020002" in shown  # the Idlib zone's largest subdistrict in OCHA's 2016 layer


def test_the_committed_notebook_has_no_outputs() -> None:
    notebook = nbformat.read(NOTEBOOK, as_version=4)
    nbformat.validate(notebook)
    for cell in notebook.cells:
        if cell.cell_type == "code":
            assert cell.outputs == [] and cell.execution_count is None, cell.source
    assert Path(NOTEBOOK).read_text(encoding="utf-8").endswith("\n")
