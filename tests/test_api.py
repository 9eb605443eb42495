"""The Python API a notebook uses: ``import zonemap`` alone, and the README's example runs."""

from __future__ import annotations

import re

from conftest import ROOT


def test_the_readme_python_example_runs_with_zonemap_alone() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    (example,) = re.findall(r"```python\n(.*?)```", readme, flags=re.S)
    namespace: dict[str, object] = {}
    exec(compile(example, "README.md", "exec"), namespace)
    table = namespace["table"]
    zones = ["idlib", "northern-homs", "eastern-ghouta", "southern"]
    assert list(table["zone_id"].unique()) == zones
    assert list(table["extent"].unique()) == ["agreed", "held"]


def test_the_public_names_are_exported_explicitly() -> None:
    import zonemap

    assert sorted(zonemap.__all__) == zonemap.__all__
    for name in zonemap.__all__:
        assert getattr(zonemap, name) is not None, name
    atlas = zonemap.load_atlas()
    assert zonemap.status_on(atlas.catalogue.zone("idlib").validity, atlas.as_of("astana-6"))
