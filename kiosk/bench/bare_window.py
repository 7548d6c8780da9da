"""The floor `kiosk bench start` compares the kiosk with: a bare Qt Quick window, nothing else.

    python -m kiosk.bench.bare_window run IMAGES        READY=1 (sd_notify) at its first frame
    python -m kiosk.bench.bare_window shot IMAGES OUT   waits for its images, writes OUT.png, exits

It shows what the kiosk's first screen shows in kind: a 1920x1080 window with a grid of 1000
tiles, each an image (JPEG thumbnails from IMAGES, decoded off the GUI thread) and a line of
Chinese text in the bundled font. It imports PySide6 and of the kiosk only where the font is
and the few lines of sd_notify.
"""

from __future__ import annotations

import faulthandler
import sys
from pathlib import Path

QML = """
import QtQuick
Window {
    id: window
    width: 1920; height: 1080; visible: true; color: "#f7f3ec"
    property int loading: 0
    property int loaded: 0
    GridView {
        anchors.fill: parent; anchors.margins: 24
        cellWidth: 360; cellHeight: 300
        model: 1000
        delegate: Column {
            required property int index
            spacing: 8
            Image {
                width: 340; height: 240
                fillMode: Image.PreserveAspectCrop
                asynchronous: true
                sourceSize.width: 340
                source: images.length ? images[index % images.length] : ""
                onStatusChanged: {
                    if (status === Image.Loading) window.loading += 1
                    else if (status === Image.Ready || status === Image.Error) {
                        window.loading -= 1
                        window.loaded += 1
                    }
                }
            }
            Text { text: "知识产权展品 " + index; font.family: family; font.pixelSize: 28; color: "#222" }
        }
    }
}
"""


def main(argv: list[str]) -> int:
    faulthandler.enable()  # a crash says where, as the kiosk's own log does
    mode, images = argv[0], sorted(str(p) for p in Path(argv[1]).rglob("*.jpg"))[:200]
    from PySide6.QtCore import QTimer, QUrl
    from PySide6.QtGui import QFontDatabase, QGuiApplication
    from PySide6.QtQml import QQmlApplicationEngine
    from PySide6.QtQuick import QQuickWindow
    from shiboken6 import Shiboken

    from kiosk.core.base.paths import assets

    app = QGuiApplication(sys.argv[:1])
    font = QFontDatabase.addApplicationFont(str(assets() / "fonts" / "NotoSansSC-Regular.otf"))  # Chinese, not boxes
    engine = QQmlApplicationEngine()
    engine.rootContext().setContextProperty("images", [QUrl.fromLocalFile(p).toString() for p in images])
    engine.rootContext().setContextProperty("family", (QFontDatabase.applicationFontFamilies(font) or [""])[0])
    engine.loadData(QML.encode("utf-8"))
    window = engine.rootObjects()[0]
    assert isinstance(window, QQuickWindow)
    if mode == "run":
        from kiosk.service.notify import notify

        window.frameSwapped.connect(lambda: notify("READY=1"))
    else:
        out = argv[2]

        def grab_when_settled() -> None:
            if window.property("loading") > 0 or window.property("loaded") == 0:
                window.update()
                return
            window.frameSwapped.disconnect(grab_when_settled)  # no later frame calls back into Python
            # Grabbed from the event loop, as the kiosk's FrameWaiter does: grabWindow() renders, and from inside
            # the frameSwapped of the frame being finished that is a render within a render.
            QTimer.singleShot(0, grab_and_quit)

        def grab_and_quit() -> None:
            window.grabWindow().save(out, "PNG")
            app.quit()

        window.frameSwapped.connect(grab_when_settled)
    code = app.exec()
    # The window stops drawing, then the engine goes before the application, as the kiosk's own sessions do:
    # the other order crashes at exit.
    window.hide()
    Shiboken.delete(engine)
    return code


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
