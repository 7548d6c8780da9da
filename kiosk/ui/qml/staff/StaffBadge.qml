// A small mark beside an exhibit or a field: its kind, hidden, featured, a missing translation.
import QtQuick
import Kiosk

Rectangle {
    id: badge
    property alias text: label.text
    property bool warn: false
    width: label.implicitWidth + Theme.px(20)
    height: label.implicitHeight + Theme.px(8)
    radius: height / 2
    color: warn ? Theme.danger : Theme.control
    Text {
        id: label
        anchors.centerIn: parent
        textFormat: Text.PlainText
        color: badge.warn ? Theme.accentText : Theme.text
        font.pixelSize: Theme.fontPx(18)
    }
}
