"""The kiosk command as staff and installers use it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from click.testing import CliRunner

from kiosk.cli import cli
from kiosk.core.model import Exhibit
from kiosk.core.store import ExhibitStore


def kiosk(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    """Run the real command in a child process, as a person would."""
    return subprocess.run(
        [sys.executable, "-m", "kiosk", *args], capture_output=True, text=True, cwd=cwd, env=os.environ, timeout=120
    )


def make_content(folder: Path) -> Path:
    with ExhibitStore.open(folder) as store:
        store.save([
            Exhibit(id="patent-goji", kind="patent", number="ZL 2021 1 0456789.1",
                    text={"title": {"zh": "枸杞多糖提取方法", "en": "Goji extraction"}}),
            Exhibit(id="guide-ip", kind="guide", text={"title": {"zh": "知识产权维权指南", "en": "Enforcing IP"}}),
        ])  # fmt: skip
    return folder


def test_help_lists_every_command() -> None:
    result = CliRunner().invoke(cli, ["--help"])
    assert result.exit_code == 0
    for command in ("run", "import", "export", "search", "demo", "doctor", "bench"):
        assert command in result.output


def test_search_prints_matches(tmp_path: Path) -> None:
    content = make_content(tmp_path / "content")
    result = CliRunner().invoke(cli, ["search", "zscq", "--content", str(content)])
    assert result.exit_code == 0
    assert "guide-ip" in result.output and "知识产权维权指南" in result.output


def test_search_json_in_english(tmp_path: Path) -> None:
    content = make_content(tmp_path / "content")
    result = CliRunner().invoke(cli, ["search", "2021 1 0456789", "--lang", "en", "--json", "--content", str(content)])
    assert json.loads(result.output) == [
        {"id": "patent-goji", "kind": "patent", "title": "Goji extraction", "number": "ZL 2021 1 0456789.1"}
    ]


def test_search_filtered_by_kind(tmp_path: Path) -> None:
    content = make_content(tmp_path / "content")
    result = CliRunner().invoke(cli, ["search", "", "--kind", "guide", "--json", "--content", str(content)])
    assert [row["id"] for row in json.loads(result.output)] == ["guide-ip"]


def test_damaged_database_is_one_line_not_a_traceback(tmp_path: Path) -> None:
    content = tmp_path / "content"
    content.mkdir()
    (content / "exhibits.db").write_bytes(b"this is not a database" * 200)
    result = kiosk("search", "枸杞", "--content", str(content))
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert result.stderr.strip().splitlines() == [
        f"Error: The exhibit database {content / 'exhibits.db'} is damaged or is not an exhibit database."
    ]


def test_bad_settings_file_is_one_line(tmp_path: Path, monkeypatch) -> None:
    config = Path(os.environ["KIOSK_CONFIG_DIR"])
    config.mkdir(parents=True)
    (config / "kiosk.toml").write_text("[search]\nlimit = 'many'\n", encoding="utf-8")
    result = kiosk("search", "x", "--content", str(make_content(tmp_path / "c")))
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert "setting 'search.limit' must be int" in result.stderr


def test_unknown_option_is_a_usage_error() -> None:
    result = kiosk("search", "--colour", "red")
    assert result.returncode == 2
    assert "No such option" in result.stderr


def test_doctor_names_each_check() -> None:
    result = kiosk("doctor")
    for name in ("Python", "PySide6", "Chinese font", "Qt libraries", "Data folder", "Content"):
        assert f"{name}:" in result.stdout


def test_import_reports_each_problem_with_row_and_column_and_changes_nothing(tmp_path: Path) -> None:
    sheet = tmp_path / "展品.csv"
    sheet.write_text(
        "类型,标题（中文）,Title (English),申请日\n"
        "专利,枸杞多糖提取方法,Goji extraction,2021-03-01\n"
        "专利,第二件,Second,2021-02-30\n"
        "spaceship,第三件,Third,\n",
        encoding="gb18030",
    )
    content = tmp_path / "library"
    result = kiosk("import", str(sheet), "--content", str(content))
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert "展品.csv, row 3, column '申请日': '2021-02-30' is not a date" in result.stderr
    assert "展品.csv, row 4, column '类型'" in result.stderr
    assert "nothing was changed" in result.stderr
    if (content / "exhibits.db").exists():
        with ExhibitStore.open(content, readonly=True) as store:
            assert store.count(published_only=False) == 0

    result = kiosk("import", str(sheet), "--content", str(content), "--skip-invalid")
    assert result.returncode == 0, result.stderr
    assert "1 added, 0 updated, 2 skipped" in result.stdout
    assert (tmp_path / "展品.problems.csv").is_file()
