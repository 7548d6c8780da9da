"""A wheel built from the repository, installed outside the checkout, runs the kiosk on its demo."""

from __future__ import annotations

import os
import shutil
import site
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from PIL import Image

ROOT = Path(__file__).resolve().parents[1]
SHIPPED = (
    "kiosk/assets/fonts/NotoSansSC-Regular.otf",
    "kiosk/assets/fonts/LICENSE-OFL.txt",
    "kiosk/assets/translations/kiosk_zh.qm",
    "kiosk/exhibits/demo/exhibits.json",
    "kiosk/ui/qml/Main.qml",
)


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    # Built from a copy: setuptools leaves build/ behind, and stale files there would go into the next wheel.
    source = tmp_path_factory.mktemp("source") / "kiosk"
    shutil.copytree(ROOT, source, ignore=shutil.ignore_patterns(".venv", ".git", "build", "*.egg-info", "__pycache__"))
    out = tmp_path_factory.mktemp("dist")
    built = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-w", str(out), str(source)],
        check=True, capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    warned = [line for line in (built.stdout + built.stderr).splitlines() if "Warning" in line]
    assert warned == [], "building the wheel warned:\n" + "\n".join(warned)
    (built,) = out.glob("ip_kiosk-*.whl")
    return built


def test_the_wheel_holds_the_font_translations_qml_and_demo(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    assert [name for name in SHIPPED if name not in names] == []
    assert not any(name.startswith(("tests/", "exhibits/", "assets/")) for name in names)  # only inside kiosk/


def test_installed_elsewhere_it_renders_home_in_chinese(wheel: Path, tmp_path: Path) -> None:
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True, timeout=120)
    python = venv / "bin" / "python"
    # The kiosk from the wheel; its dependencies (PySide6 and the rest) from this environment, not downloaded again.
    purelib = subprocess.run([python, "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"],
                             check=True, capture_output=True, text=True).stdout.strip()  # fmt: skip
    Path(purelib, "dependencies.pth").write_text("\n".join(site.getsitepackages()) + "\n", encoding="utf-8")
    subprocess.run([sys.executable, "-m", "pip", "--python", str(python), "install", "--quiet", "--no-deps",
                    str(wheel)], check=True, capture_output=True, timeout=300)  # fmt: skip
    away = tmp_path / "elsewhere"
    away.mkdir()
    env = {**os.environ, "KIOSK_DATA_DIR": str(tmp_path / "data"), "KIOSK_CONFIG_DIR": str(tmp_path / "config")}
    where = subprocess.run([python, "-c", "import kiosk; print(kiosk.__file__)"], cwd=away, env=env,
                           capture_output=True, text=True, check=True).stdout  # fmt: skip
    assert str(venv) in where and str(ROOT) not in where
    shot = away / "home.png"
    done = subprocess.run([venv / "bin" / "kiosk", "shot", "home", str(shot), "--size", "1280x800"], cwd=away,
                          env=env, capture_output=True, text=True, timeout=300)  # fmt: skip
    assert done.returncode == 0, done.stderr[-3000:]
    assert_chinese_heading_drawn(shot)


def assert_chinese_heading_drawn(png: Path) -> None:
    """Home's heading 您想了解什么？ is drawn in dark ink, not as empty boxes or nothing."""
    image = Image.open(png).convert("L")
    heading = image.crop((30, 110, 640, 180))  # where Home's heading stands at 1280x800
    dark = sum(heading.histogram()[:100])
    assert dark > 2000, f"only {dark} dark pixels where the heading should be"
