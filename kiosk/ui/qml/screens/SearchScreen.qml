// The search screen (route "search"); a placeholder until it is built.
import QtQuick
import Kiosk

Item {
    objectName: "searchScreen"

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
