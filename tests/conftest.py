"""Shared fixtures: every test gets its own data and config folders."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_QUICK_BACKEND", "software")
# Before pytest-qt creates the application: the on-screen keyboard is the input method, as in app.application().
os.environ.setdefault("QT_IM_MODULE", "qtvirtualkeyboard")

SHARED_CORPORA = Path(__file__).resolve().parents[2] / "shared" / "corpora"


@pytest.fixture(autouse=True)
def kiosk_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point the kiosk's data and config folders into the test's own tmp folder."""
    monkeypatch.setenv("KIOSK_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("KIOSK_CONFIG_DIR", str(tmp_path / "config"))
    return tmp_path


@pytest.fixture
def corpora() -> Path:
    if not SHARED_CORPORA.is_dir():
        pytest.skip(f"the shared test corpora are not at {SHARED_CORPORA}")
    return SHARED_CORPORA
