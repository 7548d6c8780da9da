"""The package metadata is current: installing the kiosk prints no setuptools deprecation warning."""

from __future__ import annotations

import tomllib
import warnings
from pathlib import Path

from setuptools.config.pyprojecttoml import apply_configuration
from setuptools.dist import Distribution

ROOT = Path(__file__).resolve().parents[1]


def test_pyproject_metadata_applies_without_a_warning() -> None:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        dist = apply_configuration(Distribution(), ROOT / "pyproject.toml")
    assert [str(w.message).splitlines()[0] for w in caught] == []
    assert dist.metadata.license_expression == "MIT AND OFL-1.1"
    assert {"LICENSE", "assets/fonts/LICENSE-OFL.txt"} <= set(dist.metadata.license_files)


def test_every_package_of_the_kiosk_is_in_the_wheel() -> None:
    listed = set(tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]["packages"])
    found = {".".join(init.parent.relative_to(ROOT).parts) for init in (ROOT / "kiosk").rglob("__init__.py")}
    assert found - listed == set()
    assert {"kiosk.assets", "kiosk.exhibits"} <= listed
