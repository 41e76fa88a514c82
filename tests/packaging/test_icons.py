"""installers/tools/icons.py: the app icon rendered into PNGs, .ico and .icns (built here)."""

from __future__ import annotations

import importlib.util
import struct
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtGui import QImageReader
from PySide6.QtWidgets import QApplication

ROOT = Path(__file__).resolve().parents[2]


def _icons_module() -> ModuleType:
    spec = importlib.util.spec_from_file_location("icons_tool", ROOT / "installers/tools/icons.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def rendered(tmp_path_factory: pytest.TempPathFactory) -> Path:
    QApplication.instance() or QApplication([])
    out = tmp_path_factory.mktemp("icons")
    _icons_module().generate(out, ROOT / "resources/icons/app.svg")
    return out


def test_every_png_size_is_rendered_at_its_size(rendered: Path) -> None:
    for size in (16, 24, 32, 48, 64, 128, 256, 512):
        reader = QImageReader(str(rendered / "png" / f"{size}.png"))
        image = reader.read()
        assert (image.width(), image.height()) == (size, size)
        assert image.hasAlphaChannel()


def test_the_ico_holds_png_entries_qt_can_read(rendered: Path) -> None:
    data = (rendered / "app.ico").read_bytes()
    reserved, kind, count = struct.unpack_from("<HHH", data)
    assert (reserved, kind, count) == (0, 1, 7)
    reader = QImageReader(str(rendered / "app.ico"))
    assert reader.imageCount() == 7
    sides = set()
    for index in range(count):
        width, _h, _c, _r, _planes, _bits, length, offset = struct.unpack_from(
            "<BBBBHHII", data, 6 + 16 * index
        )
        assert data[offset : offset + 8] == b"\x89PNG\r\n\x1a\n"
        assert offset + length <= len(data)
        sides.add(width or 256)
    assert sides == {16, 24, 32, 48, 64, 128, 256}


def test_the_icns_holds_the_retina_png_entries(rendered: Path) -> None:
    data = (rendered / "app.icns").read_bytes()
    assert data[:4] == b"icns"
    assert struct.unpack_from(">I", data, 4)[0] == len(data)
    kinds, at = [], 8
    while at < len(data):
        kind, length = data[at : at + 4], struct.unpack_from(">I", data, at + 4)[0]
        assert data[at + 8 : at + 16] == b"\x89PNG\r\n\x1a\n"
        kinds.append(kind)
        at += length
    assert at == len(data)
    assert kinds == [b"ic07", b"ic08", b"ic09", b"ic10"]
