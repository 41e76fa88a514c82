"""Render the app icon (resources/icons/app.svg) into what each OS wants, with Qt itself.

    python installers/tools/icons.py OUT_DIR [SVG]

Writes into OUT_DIR:

* ``png/<size>.png`` for 16…512 px (Linux hicolor theme, the .deb),
* ``app.ico``: a Windows icon whose entries are PNG-compressed (16…256 px),
* ``app.icns``: a macOS icon with ic07/ic08/ic09/ic10 PNG entries (128…1024 px).

Both containers are small enough to write by hand, so no Pillow and no network
is needed. build.spec runs this at build time (in its own process, offscreen).
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
#: icns entry types holding PNG data, by pixel size.
ICNS_TYPES = {128: b"ic07", 256: b"ic08", 512: b"ic09", 1024: b"ic10"}


def render_png(svg: Path, size: int) -> bytes:
    """The SVG drawn on a transparent ``size`` × ``size`` square, as PNG bytes."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"{svg}: not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise SystemExit(f"{svg}: could not encode a {size} px PNG")
    buffer.close()
    return bytes(data.data())


def ico(images: dict[int, bytes]) -> bytes:
    """An ICONDIR with one PNG-compressed entry per size (Windows Vista and later)."""
    sizes = sorted(images)
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = len(header) + 16 * len(sizes)
    entries, blobs = b"", b""
    for size in sizes:
        png = images[size]
        side = 0 if size >= 256 else size  # 0 means 256 in the directory entry
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset)
        blobs += png
        offset += len(png)
    return header + entries + blobs


def icns(images: dict[int, bytes]) -> bytes:
    """An icns file: the 'icns' header, then one (type, length, PNG) element per size."""
    body = b""
    for size in sorted(images):
        png = images[size]
        body += ICNS_TYPES[size] + struct.pack(">I", 8 + len(png)) + png
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def generate(out_dir: Path, svg: Path) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])
    sizes = sorted({*PNG_SIZES, *ICO_SIZES, *ICNS_TYPES})
    rendered = {size: render_png(svg, size) for size in sizes}
    (out_dir / "png").mkdir(parents=True, exist_ok=True)
    for size in PNG_SIZES:
        (out_dir / "png" / f"{size}.png").write_bytes(rendered[size])
    (out_dir / "app.ico").write_bytes(ico({size: rendered[size] for size in ICO_SIZES}))
    (out_dir / "app.icns").write_bytes(icns({size: rendered[size] for size in ICNS_TYPES}))
    del app


def main(argv: list[str]) -> int:
    if len(argv) not in (2, 3):
        sys.stderr.write("usage: python installers/tools/icons.py OUT_DIR [SVG]\n")
        return 2
    root = Path(__file__).resolve().parents[2]
    svg = Path(argv[2]) if len(argv) == 3 else root / "resources" / "icons" / "app.svg"
    generate(Path(argv[1]), svg)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
