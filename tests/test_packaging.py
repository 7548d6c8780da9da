"""The package metadata is current: installing the kiosk prints no setuptools deprecation warning."""

from __future__ import annotations

import warnings

from setuptools.config.pyprojecttoml import apply_configuration
from setuptools.dist import Distribution

from kiosk.core.paths import PROJECT_ROOT


def test_pyproject_metadata_applies_without_a_warning() -> None:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        dist = apply_configuration(Distribution(), PROJECT_ROOT / "pyproject.toml")
    assert [str(w.message).splitlines()[0] for w in caught] == []
    assert dist.metadata.license_expression == "MIT AND OFL-1.1"
    assert {"LICENSE", "assets/fonts/LICENSE-OFL.txt"} <= set(dist.metadata.license_files)
