"""Linux desktop integration: the launcher entry, the software-centre metadata and the icons."""

from __future__ import annotations

import shutil
import struct
import subprocess
import xml.etree.ElementTree as ET
from configparser import ConfigParser
from pathlib import Path

import pytest

from pressdesk import __version__

ROOT = Path(__file__).resolve().parents[2]
LINUX = ROOT / "packaging" / "linux"
APP_ID = "org.pressdesk.PressDesk"
DESKTOP_FILE = LINUX / f"{APP_ID}.desktop"
METAINFO_FILE = LINUX / f"{APP_ID}.metainfo.xml"
ICON_SIZES = (16, 32, 48, 64, 128, 256)


def _validator(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.skip(f"{name} is not installed")
    return path


def _png_size(path: Path) -> tuple[int, int]:
    header = path.read_bytes()[:24]
    assert header[:8] == b"\x89PNG\r\n\x1a\n", f"{path} is not a PNG file"
    return struct.unpack(">II", header[16:24])


def test_desktop_file_passes_desktop_file_validate() -> None:
    result = subprocess.run(
        [_validator("desktop-file-validate"), str(DESKTOP_FILE)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "error" not in result.stdout.lower()


def test_metainfo_passes_appstreamcli_validate() -> None:
    result = subprocess.run(
        [_validator("appstreamcli"), "validate", "--no-net", str(METAINFO_FILE)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_desktop_file_launches_the_command_with_the_theme_icon_and_the_app_id(qapp) -> None:
    from pressdesk.ui.app import make_application

    entry = ConfigParser(interpolation=None)
    entry.optionxform = str  # keys are case-sensitive
    entry.read(DESKTOP_FILE, encoding="utf-8")
    section = entry["Desktop Entry"]
    assert section["Exec"].split()[0] == "pressdesk"
    assert section["Icon"] == APP_ID
    # Wayland compositors match the running window to this file by the app's desktop file name.
    assert make_application().desktopFileName() == DESKTOP_FILE.stem


def test_metainfo_describes_this_version_and_its_screenshot() -> None:
    component = ET.parse(METAINFO_FILE).getroot()  # noqa: S314 (our own file)
    assert component.findtext("id") == APP_ID
    assert component.findtext("launchable") == DESKTOP_FILE.name
    assert __version__ in [release.get("version") for release in component.iter("release")], (
        "add a <release> entry for the new version"
    )
    assert {category.text for category in component.iter("category")} >= {"Office", "Email"}
    assert component.find("content_rating") is not None
    image = component.find("screenshots/screenshot/image")
    assert image is not None
    assert image.text is not None
    screenshot = ROOT / "docs" / Path(image.text).name
    assert screenshot.is_file(), f"the screenshot {screenshot.name} is not in docs/"
    assert _png_size(screenshot) == (int(image.get("width", 0)), int(image.get("height", 0)))


@pytest.mark.parametrize("size", ICON_SIZES)
def test_icon_png_has_its_nominal_size_and_a_transparent_margin(qapp, size: int) -> None:
    from PySide6.QtGui import QImage

    path = ROOT / "resources" / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
    assert _png_size(path) == (size, size)
    image = QImage(str(path))
    assert image.hasAlphaChannel()
    assert image.pixelColor(0, 0).alpha() == 0  # rounded corner: see-through
    assert image.pixelColor(size // 2, size // 2).alpha() == 255  # the tile itself: opaque


def test_svg_icon_is_the_window_icon(qapp) -> None:
    from PySide6.QtSvg import QSvgRenderer

    from pressdesk.ui.app import make_application

    svg = ROOT / "resources" / "icons" / "pressdesk.svg"
    renderer = QSvgRenderer(str(svg))
    assert renderer.isValid()
    assert renderer.defaultSize().width() == renderer.defaultSize().height()
    assert not make_application().windowIcon().isNull()
