"""The status colours and labels, shared by the maps and the styled exports (KML)."""

from __future__ import annotations

__all__ = ["PALETTE"]

# Okabe–Ito colours: distinguishable with the common colour-vision deficiencies.
PALETTE: dict[str, tuple[str, str]] = {
    "initial-period": ("in force, initial period", "#0072B2"),
    "extended": ("in force, extended", "#009E73"),
    "in-force": ("in force, open-ended", "#56B4E9"),
    "superseded": ("superseded", "#CC79A7"),
    "ended": ("ended", "#767676"),  # the lightest grey white text reads on (4.5:1)
}
