// One row of filter chips (browse.tags or browse.regions): a label, "All", then a chip per
// value, most common first; the row scrolls sideways when the chips do not fit. "All" stays
// put, set off by a divider; chips scrolled towards it fade out before the divider, never
// sliced flat against "All".
// objectNames: <prefix>ChipAll and <prefix>Chip_<key>, for tests.
import QtQuick
import Kiosk

Item {
    id: row

    property string label: ""
    property string prefix: "tag"
    property var model: null
    property string selected: ""
    property color tint: Theme.accent
    property real captionWidth: caption.implicitWidth   // rows one above the other line up with the widest
    readonly property real captionImplicitWidth: caption.implicitWidth
    signal picked(string key)

    implicitHeight: Theme.touch(64)
    visible: chips.count > 0

    Text {
        id: caption
        anchors { left: parent.left; verticalCenter: parent.verticalCenter }
        width: row.captionWidth
        text: row.label
        textFormat: Text.PlainText
        elide: Text.ElideRight
        color: Theme.textMuted
        font.pixelSize: Theme.fontPx(24)
        font.weight: Font.DemiBold
    }

    FilterChip {
        id: allChip
        objectName: row.prefix + "ChipAll"
        anchors { left: caption.right; leftMargin: Theme.px(20); verticalCenter: parent.verticalCenter }
        text: qsTr("All")
        checked: row.selected === ""
        tint: row.tint
        onClicked: row.picked("")
    }

    Rectangle {
        id: divider
        objectName: row.prefix + "ChipDivider"
        anchors { left: allChip.right; leftMargin: Theme.px(14); verticalCenter: parent.verticalCenter }
        width: Math.max(2, Theme.borderWidth)
        height: allChip.height * 0.6
        radius: width / 2
        color: Theme.border
    }

    ListView {
        id: chips
        objectName: row.prefix + "ChipList"
        anchors {
            left: divider.right; leftMargin: Theme.px(14); right: parent.right
            top: parent.top; bottom: parent.bottom
        }
        orientation: ListView.Horizontal
        spacing: Theme.px(12)
        clip: true
        boundsBehavior: Flickable.StopAtBounds
        flickDeceleration: 2500
        model: row.model

        delegate: FilterChip {
            required property string key
            required property string label
            required property int count
            required property bool selected
            objectName: row.prefix + "Chip_" + key
            text: label
            number: count
            checked: selected
            tint: row.tint
            onClicked: row.picked(key)
        }
    }

    // A fade at each end of the row says there are more chips to scroll to, and softens a chip's
    // cut edge.
    Rectangle {
        objectName: row.prefix + "ChipFadeStart"
        anchors { left: chips.left; top: chips.top; bottom: chips.bottom }
        width: Theme.px(48)
        visible: !chips.atXBeginning
        gradient: Gradient {
            orientation: Gradient.Horizontal
            GradientStop { position: 0; color: Theme.background }
            GradientStop { position: 1; color: Qt.alpha(Theme.background, 0) }
        }
    }
    Rectangle {
        anchors { right: chips.right; top: chips.top; bottom: chips.bottom }
        width: Theme.px(72)
        visible: chips.contentWidth > chips.width && !chips.atXEnd
        gradient: Gradient {
            orientation: Gradient.Horizontal
            GradientStop { position: 0; color: Qt.alpha(Theme.background, 0) }
            GradientStop { position: 1; color: Theme.background }
        }
    }
}
