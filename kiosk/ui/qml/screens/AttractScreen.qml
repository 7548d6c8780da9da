// The attract screen (route "attract"); a placeholder until it is built.
import QtQuick
import Kiosk

Item {
    objectName: "attractScreen"

    Text {
        anchors.centerIn: parent
        text: nav.route
        textFormat: Text.PlainText
        color: Theme.text
        font.pixelSize: Theme.fontPx(40)
    }

    TapHandler {
        onTapped: if (nav.screen === "attract") nav.go("home")
    }
}
