// "What's on" at the booth, on one line (browse.whatsOnLabel / whatsOnText, from the core):
// today's events, or the next one, or a look back. A tap opens the events screen.
import QtQuick
import Kiosk

Rectangle {
    id: strip

    readonly property color tint: Theme.contrast ? "#FFD400" : Theme.kindColor("event")
    readonly property bool hasEvents: browse.whatsOnStatus !== "none"

    radius: height / 2
    color: tap.pressed ? Qt.tint(Theme.surface, Qt.alpha(tint, 0.12)) : Theme.surface
    border { color: Theme.contrast ? "#FFFFFF" : Theme.border; width: Theme.borderWidth }

    Accessible.role: Accessible.Button
    Accessible.name: label.text + " " + line.text
    Accessible.onPressAction: nav.go("events")

    Rectangle {
        id: badge
        anchors { left: parent.left; leftMargin: Theme.px(12); verticalCenter: parent.verticalCenter }
        height: parent.height - Theme.px(24)
        width: Math.max(height, labelRow.implicitWidth + Theme.px(44))
        radius: height / 2
        color: strip.tint

        Row {
            id: labelRow
            anchors.centerIn: parent
            spacing: Theme.px(10)
            BrowseIcon {
                anchors.verticalCenter: parent.verticalCenter
                name: "calendar"
                size: Theme.px(30)
                color: Theme.contrast ? "#000000" : "#FFFFFF"
            }
            Text {
                id: label
                objectName: "whatsOnLabel"
                anchors.verticalCenter: parent.verticalCenter
                text: strip.hasEvents ? browse.whatsOnLabel : qsTr("Events")
                textFormat: Text.PlainText
                color: Theme.contrast ? "#000000" : "#FFFFFF"
                font.pixelSize: Theme.fontPx(26)
                font.weight: Font.Bold
            }
        }
    }

    Text {
        id: line
        objectName: "whatsOnText"
        anchors {
            left: badge.right; leftMargin: Theme.px(24); right: more.left; rightMargin: Theme.px(16)
            verticalCenter: parent.verticalCenter
        }
        text: strip.hasEvents ? browse.whatsOnText : qsTr("No events are scheduled at the booth")
        textFormat: Text.PlainText
        elide: Text.ElideRight
        color: Theme.text
        font.pixelSize: Theme.fontPx(28)
    }

    Row {
        id: more
        anchors { right: parent.right; rightMargin: Theme.px(28); verticalCenter: parent.verticalCenter }
        spacing: Theme.px(4)
        Text {
            anchors.verticalCenter: parent.verticalCenter
            text: qsTr("All events")
            textFormat: Text.PlainText
            color: Theme.contrast ? "#FFD400" : Theme.accent
            font.pixelSize: Theme.fontPx(26)
            font.weight: Font.DemiBold
        }
        BrowseIcon {
            anchors.verticalCenter: parent.verticalCenter
            name: "next"
            size: Theme.px(28)
            stroke: 2.4
            color: Theme.contrast ? "#FFD400" : Theme.accent
        }
    }

    TapHandler {
        id: tap
        gesturePolicy: TapHandler.ReleaseWithinBounds
        onTapped: nav.go("events")
    }
}
