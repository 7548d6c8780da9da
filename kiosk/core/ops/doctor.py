"""`kiosk doctor`: checks of this machine and the installed content.

Each check says what it found and, when something is wrong, what to do about
it in words an installer can act on. Qt is inspected without importing it.
"""

from __future__ import annotations

import importlib.metadata
import importlib.util
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from kiosk.core.base.errors import KioskError
from kiosk.core.base.paths import DB_NAME, Paths, assets
from kiosk.core.base.settings import Settings

# Debian/Ubuntu packages that provide the system libraries Qt loads.
LIBRARY_PACKAGES = {
    "libEGL.so.1": "libegl1", "libGL.so.1": "libgl1", "libGLX.so.0": "libglx0", "libOpenGL.so.0": "libopengl0",
    "libglib-2.0.so.0": "libglib2.0-0", "libgthread-2.0.so.0": "libglib2.0-0", "libdbus-1.so.3": "libdbus-1-3",
    "libfontconfig.so.1": "libfontconfig1", "libfreetype.so.6": "libfreetype6", "libxkbcommon.so.0": "libxkbcommon0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0", "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4", "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0", "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0", "libxcb-xfixes.so.0": "libxcb-xfixes0", "libxcb-xkb.so.1": "libxcb-xkb1",
    "libX11-xcb.so.1": "libx11-xcb1", "libxcb.so.1": "libxcb1", "libwayland-client.so.0": "libwayland-client0",
    "libwayland-cursor.so.0": "libwayland-cursor0", "libpulse.so.0": "libpulse0",
}  # fmt: skip
# Qt libraries and plugins the kiosk loads; each is checked for missing system libraries.
QT_BINARIES = (
    "lib/libQt6Quick.so.6",
    "plugins/platforms/libqxcb.so",
    "plugins/platforms/libqoffscreen.so",
    "plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so",
    "qml/QtQuick/VirtualKeyboard/libqtvkbplugin.so",
)
BAD_PYSIDE = {"6.12.0"}  # aborts on CPython 3.11 (None reference count), see tests/ui/test_pyside_refcount.py


@dataclass(frozen=True)
class Check:
    name: str
    status: str  # "ok", "warn" or "fail"
    detail: str
    fix: str = ""


def run_checks(paths: Paths) -> list[Check]:
    checks = [check_python(), check_pyside(), check_fonts(), *check_qt_libraries(), check_display()]
    checks += [check_settings(paths), check_staff_pin(paths), check_data_dir(paths), check_content(paths)]
    return checks


def check_python() -> Check:
    version = ".".join(map(str, sys.version_info[:3]))
    return Check("Python", "ok", f"Python {version}")


def check_pyside() -> Check:
    try:
        version = importlib.metadata.version("PySide6")
    except importlib.metadata.PackageNotFoundError:
        try:
            version = importlib.metadata.version("PySide6-Essentials")
        except importlib.metadata.PackageNotFoundError:
            return Check("PySide6", "fail", "PySide6 is not installed", "run `make run` (it installs everything)")
    if version in BAD_PYSIDE and sys.version_info < (3, 12):
        return Check("PySide6", "fail", f"PySide6 {version} crashes on Python 3.11", "pip install PySide6==6.11.3")
    return Check("PySide6", "ok", f"PySide6 {version}")


def check_fonts() -> Check:
    from PIL import ImageFont

    fonts = sorted((assets() / "fonts").glob("*.otf")) + sorted((assets() / "fonts").glob("*.ttf"))
    if not fonts:
        return Check(
            "Chinese font", "fail", f"no font in {assets() / 'fonts'}", "restore assets/fonts from the project"
        )
    try:
        font = ImageFont.truetype(str(fonts[0]), 48)
        drawn = font.getmask("知识产权").getbbox()
    except OSError as exc:
        return Check("Chinese font", "fail", f"{fonts[0].name} cannot be read: {exc}", "restore assets/fonts")
    if not drawn:
        return Check("Chinese font", "fail", f"{fonts[0].name} has no Chinese glyphs", "restore assets/fonts")
    return Check("Chinese font", "ok", f"{len(fonts)} bundled font file(s), Chinese glyphs present")


def _qt_root() -> Path | None:
    spec = importlib.util.find_spec("PySide6")
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations))) / "Qt"


def missing_libraries(binary: Path) -> list[str]:
    """System libraries that `binary` needs and the loader cannot find."""
    try:
        out = subprocess.run(["ldd", str(binary)], capture_output=True, text=True, timeout=30, check=False).stdout
    except (OSError, subprocess.TimeoutExpired):
        return []
    return sorted({line.split()[0] for line in out.splitlines() if "not found" in line})


def check_qt_libraries() -> Iterator[Check]:
    root = _qt_root()
    if root is None or not shutil.which("ldd"):
        yield Check("Qt libraries", "warn", "cannot inspect Qt's libraries on this system")
        return
    missing = sorted({lib for rel in QT_BINARIES if (root / rel).exists() for lib in missing_libraries(root / rel)})
    if not missing:
        yield Check("Qt libraries", "ok", "every system library Qt needs is installed")
        return
    packages = sorted({LIBRARY_PACKAGES.get(lib, f"(the package providing {lib})") for lib in missing})
    yield Check(
        "Qt libraries", "fail", "missing: " + ", ".join(missing), "sudo apt-get install -y " + " ".join(packages)
    )


def check_display() -> Check:
    if not sys.platform.startswith("linux"):
        return Check("Display", "ok", f"the {sys.platform} desktop")
    if os.environ.get("QT_QPA_PLATFORM") or os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"):
        return Check("Display", "ok", "a display is set")
    return Check("Display", "warn", "no DISPLAY or WAYLAND_DISPLAY", "run on the booth's screen, or under xvfb-run")


def check_settings(paths: Paths) -> Check:
    try:
        Settings.load(paths.settings_file)
    except KioskError as exc:
        return Check("Settings", "fail", str(exc), f"correct or remove {paths.settings_file}")
    where = paths.settings_file if paths.settings_file.exists() else "defaults (no settings file)"
    return Check("Settings", "ok", f"{where}")


def check_staff_pin(paths: Paths) -> Check:
    """Some staff account (or the PIN in kiosk.toml standing in for one) can leave kiosk mode."""
    from kiosk.core.staff.accounts import StaffAccounts
    from kiosk.core.staff.pin import PIN_SETTING

    try:
        settings = Settings.load(paths.settings_file)
    except KioskError:
        return Check("Staff PIN", "warn", "cannot tell: the settings do not load", "correct the settings first")
    try:
        with StaffAccounts.open(paths, readonly=True, settings=settings) as staff:
            accounts = staff.accounts()
    except KioskError as exc:
        return Check("Staff PIN", "fail", str(exc), f"restore {paths.staff_db} from a backup, or move it away and "
                     "add the accounts again with `kiosk staff add`")  # fmt: skip
    if not accounts:
        stored = settings[PIN_SETTING]
        detail = "not set" if not stored else f"{PIN_SETTING} is not a valid PIN hash"
        return Check(
            "Staff PIN",
            "fail",
            f"{detail}: kiosk mode will not start, since it could not be left from the screen",
            "run `kiosk pin set` or `kiosk staff add NAME` on this machine",
        )
    if accounts[0].legacy:
        where = f"the PIN in {paths.settings_file}, standing in for the account 'staff' until one is added"
    else:
        where = f"{len(accounts)} account(s) in {paths.staff_db}"
    return Check("Staff PIN", "ok", f"set ({where}): staff leave kiosk mode by holding the top-right corner")


def check_data_dir(paths: Paths) -> Check:
    try:
        paths.data.mkdir(parents=True, exist_ok=True)
        probe = paths.data / ".write-test"
        probe.write_bytes(b"ok")
        probe.unlink()
    except OSError as exc:
        return Check("Data folder", "fail", f"{paths.data} is not writable: {exc}", "set KIOSK_DATA_DIR to a folder")
    free_mb = shutil.disk_usage(paths.data).free // 2**20
    if free_mb < 500:
        return Check("Data folder", "warn", f"{paths.data}: only {free_mb} MB free", "free some disk space")
    return Check("Data folder", "ok", f"{paths.data} ({free_mb} MB free)")


def check_content(paths: Paths) -> Check:
    from kiosk.core.exhibits.store import ExhibitStore

    folder = paths.content_folder()
    if not (folder / DB_NAME).exists():
        return Check("Content", "warn", "no content built yet", "run `kiosk demo build` or `kiosk import FILE`")
    try:
        with ExhibitStore.open(folder, readonly=True) as store:
            count, problems = store.count(published_only=False), store.check()
    except KioskError as exc:
        return Check("Content", "fail", str(exc), "run `kiosk demo build`, or import your exhibits again")
    if problems:
        return Check("Content", "fail", f"{folder}: {problems[0]} ({len(problems)} problem(s))", "import again")
    return Check("Content", "ok", f"{count} exhibits in {folder}")
