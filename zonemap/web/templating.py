"""The Jinja environment every page, popup and page script is rendered with.

HTML templates (``*.html.j2``) are autoescaped, so catalogue text can never become markup;
script templates (``*.js.j2``) insert values only through ``tojson``, which escapes ``<``,
``>`` and ``&`` for a ``<script>`` element.
"""

from __future__ import annotations

import json
from functools import cache
from typing import Any

from jinja2 import Environment, FunctionLoader, StrictUndefined, select_autoescape
from jinja2.utils import htmlsafe_json_dumps
from markupsafe import Markup

from ..paths import templates_dir

__all__ = ["js_json", "render", "script", "template_text"]


def js_json(value: Any) -> str:
    """Compact JSON that is safe inside an HTML ``<script>`` (``<``, ``>``, ``&`` escaped)."""
    return str(
        htmlsafe_json_dumps(value, dumps=json.dumps, separators=(",", ":"), ensure_ascii=False)
    )


def template_text(name: str) -> str:
    """Return a template file's text as it is (for templates another engine renders)."""
    return (templates_dir() / name).read_text(encoding="utf-8")


@cache
def _environment() -> Environment:
    environment = Environment(
        loader=FunctionLoader(template_text),
        autoescape=select_autoescape(enabled_extensions=("html.j2",), default=False),
        undefined=StrictUndefined,
        keep_trailing_newline=True,
    )
    environment.filters["js_json"] = lambda value: Markup(js_json(value))
    return environment


def render(name: str, **context: Any) -> str:
    """Render the template ``name`` with ``context``."""
    return _environment().get_template(name).render(**context)


def script(macro: str, *args: Any) -> str:
    """Render one JavaScript expression from the page-script macros (``layers.js.j2``)."""
    module = _environment().get_template("layers.js.j2").module
    return str(getattr(module, macro)(*args))
