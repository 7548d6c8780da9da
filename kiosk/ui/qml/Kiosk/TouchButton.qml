// A button for fingers: at least Theme.minTouch in both directions, visibly pressed,
// activated on release inside it (no hover, no double tap, no long press). Where a page
// is used with a keyboard too (staff's), it sets activeFocusOnTab: the button then shows
// a ring while it has the focus, and Enter, Return or Space activate it.
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

    Keys.onReturnPressed: button.clicked()
    Keys.onEnterPressed: button.clicked()
    Keys.onSpacePressed: button.clicked()

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

    Rectangle {  // the keyboard's focus
        anchors { fill: parent; margins: -Theme.px(6) }
        visible: button.activeFocus
        radius: button.radius + Theme.px(6)
        color: "transparent"
        border.color: Theme.accent
        border.width: Math.max(3, Theme.px(4))
    }

    TapHandler {
        id: tap
        gesturePolicy: TapHandler.ReleaseWithinBounds
        onTapped: button.clicked()
    }
}
