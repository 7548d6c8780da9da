// A top-bar button: an icon and a short label, or only the icon when the bar is narrow
// (`compact`; with `keepLabel`, only the label). A toggle shows its state: filled with
// the accent colour when checked.
// Its width comes from the slot the bar gives it (`labelRoom`), never from its label, so
// no button moves when the language or the text size changes: a label too wide for its
// slot (larger text, a long translation) shrinks, then is cut short.
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
    property real labelRoom: Theme.px(100)  // the label's slot, set by the bar from the window size
    signal clicked()

    // Beside a label, the icon follows the window's scale (not the 64 px minimum height) so it
    // stays in proportion to the text on small screens; alone, it fills the button.
    readonly property real labelIconSize: Math.round(Math.min(height * 0.46, Theme.px(40)))
    readonly property real iconSize: showLabel ? labelIconSize : Math.round(height * 0.46)
    readonly property real gap: Theme.px(12)
    readonly property real padding: Theme.px(22)
    // Widths the top bar lays itself out with: they follow the window's size only, never `compact`,
    // the label or the text size.
    readonly property real fullWidth: Math.max(height, Math.ceil(
        padding * 2 + (icon !== "" ? labelIconSize + gap : 0) + labelRoom))
    readonly property real labelWidth: Math.max(height, Math.ceil(padding * 2 + labelRoom))
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
            // As wide as the text needs, up to what the slot leaves beside the icon.
            width: Math.min(Math.ceil(natural.advanceWidth) + 1,
                            Math.max(0, button.width - button.padding * 2
                                        - (button.showIcon ? button.iconSize + button.gap : 0)))
            height: button.height
            verticalAlignment: Text.AlignVCenter
            text: button.text
            textFormat: Text.PlainText
            fontSizeMode: Text.HorizontalFit
            minimumPixelSize: Math.max(8, Theme.px(18))
            elide: Text.ElideRight
            color: button.ink
            font.pixelSize: Theme.fontPx(26)
            font.weight: Font.DemiBold
        }
    }

    TextMetrics {
        id: natural
        font: label.font
        text: button.text
    }

    TapHandler {
        id: tap
        gesturePolicy: TapHandler.ReleaseWithinBounds
        onTapped: button.clicked()
    }
}
