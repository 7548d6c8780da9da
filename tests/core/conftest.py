"""Fixtures the core tests share."""

from __future__ import annotations

import pytest

from tests.core.packs.test_packs_support import Kit, make_kit


@pytest.fixture(scope="module")
def kit(tmp_path_factory: pytest.TempPathFactory) -> Kit:
    """A content folder, a trusted and a stranger's key: made once for each pack test module."""
    return make_kit(tmp_path_factory.mktemp("kit"))
