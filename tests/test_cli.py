"""The kiosk command as staff and installers use it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from click.testing import CliRunner

from kiosk.cli.main import cli
from kiosk.core.exhibits.model import Exhibit
from kiosk.core.exhibits.store import ExhibitStore


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
    assert "  展品.csv，第 3 行，“申请日”列：“2021-02-30”不是有效日期：没有这一天\n" in result.stderr
    assert "  展品.csv，第 4 行，“类型”列：未知的类型“spaceship”" in result.stderr
    assert "Error: 发现 2 个问题，没有做任何更改。" in result.stderr
    if (content / "exhibits.db").exists():
        with ExhibitStore.open(content, readonly=True) as store:
            assert store.count(published_only=False) == 0

    result = kiosk("import", str(sheet), "--content", str(content), "--lang", "en")
    assert "展品.csv, row 3, column '申请日': '2021-02-30' is not a date" in result.stderr
    assert "展品.csv, row 4, column '类型'" in result.stderr
    assert "2 problem(s) found; nothing was changed." in result.stderr

    result = kiosk("import", str(sheet), "--content", str(content), "--skip-invalid")
    assert result.returncode == 0, result.stderr
    assert "新增 1 件，更新 0 件，跳过 2 行" in result.stdout
    assert (tmp_path / "展品.problems.csv").is_file()


def test_import_warns_of_a_row_that_repeats_an_exhibit_under_a_new_id(tmp_path: Path) -> None:
    content = tmp_path / "library"
    sheet = tmp_path / "stories.csv"
    sheet.write_text("kind,title_zh,title_en\nstory,抗疫故事,Fighting the epidemic\n", encoding="utf-8")
    CliRunner().invoke(cli, ["import", str(sheet), "--content", str(content)])
    sheet.write_text("kind,title_zh,title_en\nstory,抗疫故事,Stories of the epidemic\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["import", str(sheet), "--content", str(content)])
    assert result.exit_code == 0
    assert "1 added, 0 updated, 0 skipped" in result.stdout
    assert (
        "warning: stories.csv, row 2, column 'id': has no id, so it makes a new exhibit story-stories-of-the-epidemic"
        in result.stderr
    )
    assert "existing exhibit story-fighting-the-epidemic" in result.stderr


def test_export_headers_in_chinese_read_back(tmp_path: Path) -> None:
    content = make_content(tmp_path / "content")
    out = tmp_path / "展品.xlsx"
    assert CliRunner().invoke(cli, ["export", str(out), "--lang", "zh", "--content", str(content)]).exit_code == 0
    again = tmp_path / "again"
    result = CliRunner().invoke(cli, ["import", str(out), "--content", str(again)])
    assert result.exit_code == 0 and "新增 2 件" in result.stdout


# -- kiosk exhibits ---------------------------------------------------------------------


def test_exhibits_list_all_or_hidden(tmp_path: Path) -> None:
    content = make_content(tmp_path / "content")
    with ExhibitStore.open(content) as store:
        store.save([Exhibit(id="story-old", kind="story", published=False, text={"title": {"en": "Old copy"}})])
    lines = CliRunner().invoke(cli, ["exhibits", "list", "--content", str(content)]).stdout.splitlines()
    assert [line.split()[0] for line in lines] == ["story-old", "patent-goji", "guide-ip"]
    assert lines[0].split() == ["story-old", "Health", "IP", "story", "hidden", "Old", "copy"]
    result = CliRunner().invoke(cli, ["exhibits", "list", "--hidden", "--json", "--content", str(content)])
    assert json.loads(result.stdout) == [
        {"id": "story-old", "kind": "story", "number": "", "title_zh": "", "title_en": "Old copy", "published": False}
    ]


def test_exhibits_delete_asks_then_deletes(tmp_path: Path) -> None:
    content = make_content(tmp_path / "content")
    args = ["exhibits", "delete", "guide-ip", "--content", str(content)]
    result = CliRunner().invoke(cli, args, input="n\n")
    assert result.exit_code == 1 and "Delete 1 exhibit from" in result.stderr
    result = CliRunner().invoke(cli, args, input="y\n")
    assert result.exit_code == 0 and result.stdout.splitlines()[-1] == "Deleted guide-ip"
    with ExhibitStore.open(content, readonly=True) as store:
        assert [e.id for e in store.exhibits(published_only=False)] == ["patent-goji"]
    found = CliRunner().invoke(cli, ["search", "zscq", "--json", "--content", str(content)])
    assert json.loads(found.stdout) == []


def test_exhibits_delete_an_unknown_id_changes_nothing(tmp_path: Path) -> None:
    content = make_content(tmp_path / "content")
    result = kiosk("exhibits", "delete", "patent-goji", "nope", "--yes", "--content", str(content))
    assert result.returncode == 1
    assert result.stderr.strip().splitlines() == [
        f"Error: There is no exhibit with the id 'nope' in {content}; nothing was deleted."
    ]
    with ExhibitStore.open(content, readonly=True) as store:
        assert store.count(published_only=False) == 2


def test_exhibits_delete_refuses_a_content_pack(tmp_path: Path) -> None:
    installed = make_content(Path(os.environ["KIOSK_DATA_DIR"]) / "packs" / "ipweek-3")
    result = CliRunner().invoke(cli, ["exhibits", "delete", "guide-ip", "--yes", "--content", str(installed)])
    assert result.exit_code == 1
    assert f"Error: {installed} is an installed content pack, which is read-only" in result.stderr
    built = make_content(tmp_path / "built")
    (built / "manifest.json").write_text("{}", encoding="utf-8")
    result = CliRunner().invoke(cli, ["exhibits", "delete", "guide-ip", "--yes", "--content", str(built)])
    assert f"Error: {built} is a content pack, which is read-only" in result.stderr
    with ExhibitStore.open(installed, readonly=True) as store:
        assert store.count() == 2
    sheet = tmp_path / "x.csv"
    sheet.write_text("kind,title_en\nstory,New\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["import", str(sheet), "--content", str(built)])
    assert result.exit_code == 1 and "is a content pack, which is read-only" in result.stderr


def test_exhibits_delete_without_a_library_creates_nothing() -> None:
    library = Path(os.environ["KIOSK_DATA_DIR"]) / "library"
    result = CliRunner().invoke(cli, ["exhibits", "delete", "x", "--yes"])
    assert result.exit_code == 1
    assert f"There is no exhibit database at {library / 'exhibits.db'}; import exhibits into it first." in result.stderr
    assert not library.exists()


def test_shot_of_a_screen_no_feature_shows_names_the_screens_there_are(tmp_path: Path) -> None:
    content = make_content(tmp_path / "content")
    done = kiosk("shot", "settings/x", str(tmp_path / "x.png"), "--content", str(content))
    assert done.returncode == 1 and "Traceback" not in done.stderr
    assert "Unknown screen 'settings'" in done.stderr and "exhibit, search" in done.stderr
    assert not (tmp_path / "x.png").exists()


def test_shot_of_staff_home_shows_it_in_a_staff_session(tmp_path: Path) -> None:
    from PIL import Image

    content = make_content(tmp_path / "content")
    out = tmp_path / "staff-home.png"
    done = kiosk("shot", "staff/home", str(out), "--lang", "en", "--content", str(content))
    assert done.returncode == 0, done.stderr
    assert "staff/home (en, 1920x1080) written to" in done.stdout
    with Image.open(out) as image:
        rgb = image.convert("RGB")
    assert rgb.size == (1920, 1080)
    assert len({rgb.getpixel((x, y)) for x in range(0, 1920, 8) for y in range(0, 1080, 8)}) > 50  # not blank
    # Staff home's "Leave staff mode" fills its corner with the accent colour; no visitor screen has it there.
    assert rgb.getpixel((60, 988)) == (0x0B, 0x4F, 0x8A)


def test_curate_refuses_to_run_on_a_booth() -> None:
    result = CliRunner().invoke(cli, ["curate"], env={"KIOSK_BOOTH": "1"})
    assert result.exit_code == 1
    assert result.stderr.startswith("Error: This machine is a booth in kiosk mode (KIOSK_BOOTH=1)")
    assert len(result.stderr.strip().splitlines()) == 1
    assert "KIOSK_BOOTH=1" in CliRunner().invoke(cli, ["curate", "--help"]).output
