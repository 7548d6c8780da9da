// A button for fingers: at least Theme.minTouch in both directions, visibly pressed,
// activated on release inside it (no hover, no double tap, no long press).
import QtQuick

Rectangle {
    id: button

    property string text: ""
    property bool checked: false
    property bool primary: false
    property real fontSize: 28
    signal clicked()

    implicitWidth: Math.max(Theme.minTouch, label.implicitWidth + Theme.px(48))
    implicitHeight: Theme.touch(80)
    radius: Theme.px(16)
    color: tap.pressed ? Theme.pressed : (primary || checked ? Theme.accent : Theme.surface)
    border.color: primary || checked ? Theme.accent : Theme.border
    border.width: Theme.borderWidth
    scale: tap.pressed && !Theme.reducedMotion ? 0.96 : 1.0

    Behavior on scale { NumberAnimation { duration: Theme.duration / 3 } }

    Accessible.role: Accessible.Button
    Accessible.name: button.text
    Accessible.checkable: button.checked
    Accessible.onPressAction: button.clicked()

    Text {
        id: label
        anchors.centerIn: parent
        width: Math.min(implicitWidth, button.width - Theme.px(16))
        text: button.text
        textFormat: Text.PlainText
        elide: Text.ElideRight
        horizontalAlignment: Text.AlignHCenter
        color: tap.pressed || button.primary || button.checked ? Theme.accentText : Theme.text
        font.pixelSize: Theme.fontPx(button.fontSize)
        font.weight: Font.DemiBold
    }

    TapHandler {
        id: tap
        gesturePolicy: TapHandler.ReleaseWithinBounds
        onTapped: button.clicked()
    }
}
