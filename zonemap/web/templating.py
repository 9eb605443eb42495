"""The Jinja environment every page, popup and page script is rendered with.

HTML templates (``*.html.j2``) are autoescaped, so catalogue text can never become markup;
script templates (``*.js.j2``) insert values only through ``tojson``, which escapes ``<``,
``>`` and ``&`` for a ``<script>`` element.
"""

from __future__ import annotations

import contextlib
import json
import re
from functools import cache
from typing import Any

from jinja2 import (
    Environment,
    FileSystemBytecodeCache,
    FunctionLoader,
    StrictUndefined,
    select_autoescape,
)
from jinja2.bccache import Bucket
from jinja2.utils import htmlsafe_json_dumps
from markupsafe import Markup

from ..paths import cache_dir, templates_dir

__all__ = ["js_json", "js_string", "render", "script", "template_text", "unindented"]


def js_json(value: Any) -> str:
    """Compact JSON that is safe inside an HTML ``<script>`` (``<``, ``>``, ``&`` escaped)."""
    return str(
        htmlsafe_json_dumps(value, dumps=json.dumps, separators=(",", ":"), ensure_ascii=False)
    )


# What a single-quoted JavaScript string must escape, and what a <script> element must not
# see: JSON text in it needs none of the backslashes a double-quoted one adds before each ".
_JS_STRING_ESCAPES = str.maketrans(
    {
        "\\": "\\\\",
        "'": "\\'",
        "\n": "\\n",
        "\r": "\\r",
        "\u2028": "\\u2028",
        "\u2029": "\\u2029",
        "<": "\\u003c",
        ">": "\\u003e",
        "&": "\\u0026",
    }
)


def js_string(text: str) -> str:
    r"""A single-quoted JavaScript string of ``text``, safe inside an HTML ``<script>``.

    >>> print(js_string('{"a":"it\'s <b>"}'))
    '{"a":"it\'s \u003cb\u003e"}'
    """
    return "'" + text.translate(_JS_STRING_ESCAPES) + "'"


# folium's templates indent every line and leave blank ones; the pages have no <pre> or
# <textarea>, and catalogue text reaches them only inside one-line JSON strings or HTML lines,
# so the indentation can go.
_INDENT = re.compile(r"\n(?:[ \t]*\n)*[ \t]*")


def unindented(html: str) -> str:
    r"""Return ``html`` without indentation and blank lines, as every page is written.

    >>> unindented("<p>a</p>\n\n    <p>b</p>")
    '<p>a</p>\n<p>b</p>'
    """
    return _INDENT.sub("\n", html)


def template_text(name: str) -> str:
    """Return a template file's text as it is (for templates another engine renders)."""
    return (templates_dir() / name).read_text(encoding="utf-8")


class _KeptTemplates(FileSystemBytecodeCache):
    """Compiled templates kept in the user's cache folder, checked against their source.

    Compiling the templates takes a good part of rendering one page. A folder that cannot
    be written is no error: the templates are compiled again next time.
    """

    def dump_bytecode(self, bucket: Bucket) -> None:
        with contextlib.suppress(OSError):
            super().dump_bytecode(bucket)


def _kept_templates() -> _KeptTemplates | None:
    folder = cache_dir()
    if folder is None:
        return None
    try:
        (folder / "templates").mkdir(parents=True, exist_ok=True)
    except OSError:
        return None
    return _KeptTemplates(str(folder / "templates"))


@cache
def _environment() -> Environment:
    environment = Environment(
        loader=FunctionLoader(template_text),
        bytecode_cache=_kept_templates(),
        autoescape=select_autoescape(enabled_extensions=("html.j2",), default=False),
        undefined=StrictUndefined,
        keep_trailing_newline=True,
    )
    environment.filters["js_json"] = lambda value: Markup(js_json(value))
    environment.filters["js_string"] = lambda value: Markup(js_string(value))
    return environment


def render(name: str, **context: Any) -> str:
    """Render the template ``name`` with ``context``."""
    return _environment().get_template(name).render(**context)


def script(macro: str, *args: Any) -> str:
    """Render one JavaScript expression from the page-script macros (``layers.js.j2``)."""
    module = _environment().get_template("layers.js.j2").module
    return str(getattr(module, macro)(*args))
