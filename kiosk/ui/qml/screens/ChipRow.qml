// One row of filter chips (browse.tags or browse.regions): a label, "All", then a chip per
// value, most common first; the row scrolls sideways when the chips do not fit.
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

    ListView {
        id: chips
        objectName: row.prefix + "ChipList"
        anchors {
            left: allChip.right; leftMargin: Theme.px(12); right: parent.right
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

    // A fade at the end of the row says there are more chips to scroll to.
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
