// What is on at the booth, for the attract loop: today's events or the next one, on a dark
// glass card. Hidden when there is nothing to come (browse.whatsOnStatus).
import QtQuick
import Kiosk

Rectangle {
    id: card

    visible: browse.whatsOnStatus === "today" || browse.whatsOnStatus === "next"
    height: column.height + Theme.px(48)
    radius: Theme.px(24)
    color: Theme.contrast ? "#000000" : Qt.rgba(1, 1, 1, 0.08)
    border { color: Theme.contrast ? "#FFD400" : Qt.rgba(1, 1, 1, 0.18); width: Theme.contrast ? 3 : 1 }

    Row {
        anchors { left: parent.left; right: parent.right; verticalCenter: parent.verticalCenter; margins: Theme.px(28) }
        spacing: Theme.px(24)

        Rectangle {
            id: badge
            anchors.verticalCenter: parent.verticalCenter
            width: Theme.px(76)
            height: width
            radius: width / 2
            color: Theme.contrast ? "#FFD400" : Theme.kindColor("event")

            BrowseIcon {
                anchors.centerIn: parent
                name: "calendar"
                size: Theme.px(40)
                stroke: 1.8
                color: Theme.contrast ? "#000000" : "#FFFFFF"
            }
        }

        Column {
            id: column
            anchors.verticalCenter: parent.verticalCenter
            width: parent.width - badge.width - parent.spacing
            spacing: Theme.px(6)

            Text {
                objectName: "attractWhatsOnLabel"
                text: qsTr("At the booth") + " · " + browse.whatsOnLabel
                textFormat: Text.PlainText
                color: Theme.contrast ? "#FFD400" : "#FFB74D"
                font.pixelSize: Theme.fontPx(24)
                font.weight: Font.Bold
                font.letterSpacing: Theme.px(1)
            }
            Text {
                objectName: "attractWhatsOnText"
                width: parent.width
                text: browse.whatsOnText
                textFormat: Text.PlainText
                wrapMode: Text.WordWrap
                maximumLineCount: 2
                elide: Text.ElideRight
                lineHeight: 1.1
                color: "#FFFFFF"
                font.pixelSize: Theme.fontPx(30)
            }
        }
    }
}
