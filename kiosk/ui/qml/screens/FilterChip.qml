// A filter chip: a tag or region (with how many exhibits have it), or "All".
// Selected chips are filled with `tint`. A tap selects it at once; a sideways drag scrolls
// the row it sits in instead.
import QtQuick
import Kiosk

Rectangle {
    id: chip

    property string text: ""
    property int number: -1           // how many exhibits have it; -1: not shown
    property bool checked: false
    property color tint: Theme.accent
    signal clicked()

    readonly property color ink: checked ? (Theme.contrast ? "#000000" : "#FFFFFF") : Theme.text

    implicitWidth: Math.max(Theme.touch(96), row.implicitWidth + Theme.px(48))
    implicitHeight: Theme.touch(64)
    radius: height / 2
    color: checked ? (Theme.contrast ? "#FFD400" : tint)
                    : (tap.pressed ? Qt.tint(Theme.surface, Qt.alpha(tint, 0.14)) : Theme.surface)
    border { color: checked ? color : (tap.pressed ? tint : Theme.border); width: Theme.contrast ? 2 : 1 }

    Accessible.role: Accessible.CheckBox
    Accessible.name: chip.text
    Accessible.checked: chip.checked
    Accessible.onPressAction: chip.clicked()

    Row {
        id: row
        anchors.centerIn: parent
        spacing: Theme.px(10)

        Text {
            anchors.verticalCenter: parent.verticalCenter
            text: chip.text
            textFormat: Text.PlainText
            color: chip.ink
            font.pixelSize: Theme.fontPx(26)
            font.weight: chip.checked ? Font.DemiBold : Font.Normal
        }
        Text {
            anchors.verticalCenter: parent.verticalCenter
            visible: chip.number >= 0
            text: chip.number
            textFormat: Text.PlainText
            color: chip.ink
            opacity: Theme.contrast ? 1 : 0.7
            font.pixelSize: Theme.fontPx(22)
        }
    }

    TapHandler {
        id: tap
        onTapped: chip.clicked()
    }
}
