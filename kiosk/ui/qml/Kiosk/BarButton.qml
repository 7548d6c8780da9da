// A top-bar button: an icon and a short label, or only the icon when the bar is narrow
// (`compact`; with `keepLabel`, only the label). A toggle shows its state: filled with
// the accent colour when checked.
// At least Theme.minTouch square, pressed feedback, activated on release inside it.
import QtQuick

Rectangle {
    id: button

    property string icon: ""
    property string text: ""
    property bool compact: false
    property bool keepLabel: false
    property bool checkable: false
    property bool checked: false
    signal clicked()

    readonly property real iconSize: Math.round(height * 0.46)
    readonly property real gap: Theme.px(12)
    readonly property real padding: Theme.px(22)
    // Widths the top bar lays itself out with; they do not depend on `compact`.
    readonly property real fullWidth: Math.max(height, Math.ceil(
        padding * 2 + (icon !== "" ? iconSize + gap : 0) + label.implicitWidth))
    readonly property real labelWidth: Math.max(height, Math.ceil(padding * 2 + label.implicitWidth))
    readonly property real compactWidth: icon === "" || keepLabel ? labelWidth : height
    readonly property bool showLabel: !compact || icon === "" || keepLabel
    readonly property bool showIcon: icon !== "" && !(compact && keepLabel)
    readonly property color ink: tap.pressed || checked ? Theme.accentText : Theme.text

    implicitWidth: compact ? compactWidth : fullWidth
    implicitHeight: Theme.barButtonHeight
    radius: height / 2
    color: tap.pressed ? Theme.pressed : (checked ? Theme.accent : Theme.control)
    border.width: Theme.contrast ? Theme.borderWidth : 0
    border.color: checked || tap.pressed ? Theme.accent : Theme.border
    opacity: enabled ? 1 : (Theme.contrast ? 0.5 : 0.35)
    scale: tap.pressed && !Theme.reducedMotion ? 0.95 : 1

    Behavior on scale { NumberAnimation { duration: Theme.fastDuration } }

    Accessible.role: button.checkable ? Accessible.CheckBox : Accessible.Button
    Accessible.name: button.text
    Accessible.checkable: button.checkable
    Accessible.checked: button.checked
    Accessible.onPressAction: button.clicked()

    Row {
        anchors.centerIn: parent
        spacing: button.gap

        Icon {
            anchors.verticalCenter: parent.verticalCenter
            visible: button.showIcon
            name: button.icon
            size: button.iconSize
            color: button.ink
        }
        Text {
            id: label
            anchors.verticalCenter: parent.verticalCenter
            visible: button.showLabel
            text: button.text
            textFormat: Text.PlainText
            color: button.ink
            font.pixelSize: Theme.fontPx(26)
            font.weight: Font.DemiBold
        }
    }

    TapHandler {
        id: tap
        gesturePolicy: TapHandler.ReleaseWithinBounds
        onTapped: button.clicked()
    }
}
