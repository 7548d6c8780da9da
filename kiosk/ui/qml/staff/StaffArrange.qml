// Staff: the exhibits in display order, moved up and down, featured and shown or hidden.
import QtQuick
import Kiosk

Item {
    id: root
    objectName: "staffArrange"
    property string param: ""
    Component.onCompleted: staffExhibits.refresh()

    ListView {
        id: list
        anchors { fill: parent; margins: Theme.px(24) }
        clip: true
        spacing: Theme.px(8)
        model: staffExhibits.arranged
        delegate: Rectangle {
            id: row
            required property string exhibitId
            required property string titleZh
            required property string titleEn
            required property bool featured
            required property bool hidden
            required property int index
            width: list.width; height: Theme.touch(88)
            radius: Theme.radius; color: Theme.surface
            border.color: Theme.border; border.width: Theme.borderWidth
            Text {
                anchors { left: parent.left; right: buttons.left; verticalCenter: parent.verticalCenter; margins: Theme.px(16) }
                elide: Text.ElideRight
                text: (row.titleZh || "—") + "  " + row.titleEn
                textFormat: Text.PlainText
                color: Theme.text; font.pixelSize: Theme.fontPx(24)
            }
            Row {
                id: buttons
                anchors { right: parent.right; verticalCenter: parent.verticalCenter; rightMargin: Theme.px(8) }
                spacing: Theme.px(8)
                TouchButton { objectName: "staffMoveUp"; text: qsTr("Up"); enabled: row.index > 0; onClicked: staffExhibits.move(row.exhibitId, -1) }
                TouchButton { objectName: "staffMoveDown"; text: qsTr("Down"); enabled: row.index < list.count - 1; onClicked: staffExhibits.move(row.exhibitId, 1) }
                TouchButton { text: qsTr("Featured"); checked: row.featured; onClicked: staffExhibits.toggleFeatured(row.exhibitId) }
                TouchButton { text: row.hidden ? qsTr("Show") : qsTr("Hide"); onClicked: staffExhibits.toggleShown(row.exhibitId) }
            }
        }
    }
}
