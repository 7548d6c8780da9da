// One exhibit in the staff's list: thumbnail, both titles, kind and its marks.
import QtQuick
import Kiosk

Rectangle {
    id: row
    objectName: "staffExhibitRow"
    required property string exhibitId
    required property string titleZh
    required property string titleEn
    required property string kindLabel
    required property string thumb
    required property bool hidden
    required property bool featured
    required property bool scheduled
    required property bool missing
    signal opened()

    height: Theme.touch(96)
    radius: Theme.radius
    color: Theme.surface
    border.color: Theme.border
    border.width: Theme.borderWidth

    Image {
        id: picture
        anchors { left: parent.left; verticalCenter: parent.verticalCenter; leftMargin: Theme.px(8) }
        width: Theme.px(112); height: parent.height - Theme.px(16)
        fillMode: Image.PreserveAspectCrop
        asynchronous: true
        source: row.thumb ? "file://" + curation.folder + "/" + row.thumb : ""
    }
    Column {
        anchors { left: picture.right; right: marks.left; verticalCenter: parent.verticalCenter; margins: Theme.px(16) }
        Text {
            width: parent.width; elide: Text.ElideRight
            text: row.titleZh || "—"; textFormat: Text.PlainText
            color: Theme.text; font.pixelSize: Theme.fontPx(26); font.weight: Font.Bold
        }
        Text {
            width: parent.width; elide: Text.ElideRight
            text: row.titleEn || "—"; textFormat: Text.PlainText
            color: Theme.textMuted; font.pixelSize: Theme.fontPx(22)
        }
    }
    Row {
        id: marks
        anchors { right: parent.right; verticalCenter: parent.verticalCenter; rightMargin: Theme.px(16) }
        spacing: Theme.px(8)
        StaffBadge { text: row.kindLabel }
        StaffBadge { visible: row.hidden; text: qsTr("Hidden") }
        StaffBadge { visible: row.featured; text: qsTr("Featured") }
        StaffBadge { visible: row.scheduled; text: qsTr("Scheduled") }
        StaffBadge { objectName: "staffMissingBadge"; visible: row.missing; warn: true; text: qsTr("Missing translation") }
    }
    TapHandler { onTapped: row.opened() }
}
