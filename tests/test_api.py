"""The Python API a notebook uses: ``import zonemap`` alone, and the README's examples run."""

from __future__ import annotations

import re

import pandas as pd
from conftest import ROOT

import zonemap


def test_the_readme_python_examples_run_with_zonemap_alone() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    examples = re.findall(r"```python\n(.*?)```", readme, flags=re.S)
    assert len(examples) == 2  # the API, then the notebook section, which goes on from it
    namespace: dict[str, object] = {}
    for example in examples:
        exec(compile(example, "README.md", "exec"), namespace)
    table = namespace["table"]
    zones = ["idlib", "northern-homs", "eastern-ghouta", "southern"]
    assert list(table["zone_id"].unique()) == zones
    assert list(table["extent"].unique()) == ["agreed", "held"]
    assert namespace["on_day"]["valid_from"].dtype == "datetime64[ns]"  # type: ignore[index]
    assert isinstance(namespace["shares"], pd.DataFrame)
    assert isinstance(namespace["changes"], zonemap.Diff)


def test_the_public_names_are_exported_explicitly() -> None:
    assert sorted(zonemap.__all__) == zonemap.__all__
    for name in zonemap.__all__:
        assert getattr(zonemap, name) is not None, name
    atlas = zonemap.load_atlas()
    assert zonemap.status_on(atlas.catalogue.zone("idlib").validity, atlas.as_of("astana-6"))
