// One event in the week's list: when (hours large, the day below), title and place, a
// "Now on" badge while it runs, and its picture. Filled from browse.events; a tap opens it.
import QtQuick
import Kiosk

Item {
    id: row
    objectName: "eventRow_" + exhibitId

    required property int index
    required property string exhibitId
    required property string title
    required property string place
    required property string days
    required property string hours
    required property string section
    required property bool nowOn
    required property bool ended
    required property string thumb

    readonly property color tint: Theme.contrast ? "#FFD400" : Theme.kindColor("event")
    readonly property bool past: section === "past" || ended
    readonly property bool wide: width > Theme.px(1000)

    implicitHeight: Math.max(Theme.touch(148), texts.implicitHeight + Theme.px(48))

    Accessible.role: Accessible.Button
    Accessible.name: title
    Accessible.onPressAction: browse.openExhibit(row.exhibitId)

    Rectangle {
        id: card
        anchors { fill: parent; topMargin: Theme.px(8); bottomMargin: Theme.px(8) }
        radius: Theme.px(20)
        color: tap.pressed ? Qt.tint(Theme.surface, Qt.alpha(row.tint, 0.1)) : Theme.surface
        border {
            color: row.nowOn ? row.tint : Theme.border
            width: row.nowOn ? Math.max(2, Theme.px(3)) : Theme.borderWidth
        }

        Column {
            id: when
            anchors { left: parent.left; leftMargin: Theme.px(32); verticalCenter: parent.verticalCenter }
            width: row.wide ? Theme.px(300) : Theme.px(220)
            spacing: Theme.px(4)

            Text {
                objectName: "eventHours"
                width: parent.width
                text: row.hours
                textFormat: Text.PlainText
                elide: Text.ElideRight
                color: row.past ? Theme.textMuted : (Theme.contrast ? Theme.text : row.tint)
                font.pixelSize: Theme.fontPx(row.wide ? 36 : 30)
                font.weight: Font.Bold
            }
            Text {
                objectName: "eventDays"
                width: parent.width
                text: row.days
                textFormat: Text.PlainText
                wrapMode: Text.WordWrap
                color: Theme.textMuted
                font.pixelSize: Theme.fontPx(24)
            }
        }

        Rectangle {
            id: divider
            anchors { left: when.right; leftMargin: Theme.px(16); top: parent.top; bottom: parent.bottom; margins: Theme.px(28) }
            width: Theme.contrast ? 2 : 1
            color: Theme.border
        }

        Column {
            id: texts
            anchors {
                left: divider.right; leftMargin: Theme.px(32); right: picture.left; rightMargin: Theme.px(28)
                verticalCenter: parent.verticalCenter
            }
            spacing: Theme.px(8)

            Rectangle {
                objectName: "nowOnBadge"
                visible: row.nowOn
                width: nowRow.implicitWidth + Theme.px(28)
                height: nowRow.implicitHeight + Theme.px(8)
                radius: height / 2
                color: row.tint

                Row {
                    id: nowRow
                    anchors.centerIn: parent
                    spacing: Theme.px(8)
                    Rectangle {
                        anchors.verticalCenter: parent.verticalCenter
                        width: Theme.px(10)
                        height: width
                        radius: width / 2
                        color: Theme.contrast ? "#000000" : "#FFFFFF"
                        SequentialAnimation on opacity {
                            running: row.nowOn && !Theme.reducedMotion
                            loops: Animation.Infinite
                            NumberAnimation { to: 0.25; duration: 700; easing.type: Easing.InOutSine }
                            NumberAnimation { to: 1; duration: 700; easing.type: Easing.InOutSine }
                        }
                    }
                    Text {
                        text: qsTr("Now on")
                        textFormat: Text.PlainText
                        color: Theme.contrast ? "#000000" : "#FFFFFF"
                        font.pixelSize: Theme.fontPx(20)
                        font.weight: Font.Bold
                    }
                }
            }
            Text {
                objectName: "eventTitle"
                width: parent.width
                text: row.title
                textFormat: Text.PlainText
                wrapMode: Text.WordWrap
                maximumLineCount: 2
                elide: Text.ElideRight
                color: row.past && !Theme.contrast ? Theme.textMuted : Theme.text
                font.pixelSize: Theme.fontPx(32)
                font.weight: Font.Bold
            }
            Row {
                spacing: Theme.px(8)
                visible: row.place !== ""
                BrowseIcon {
                    anchors.verticalCenter: parent.verticalCenter
                    name: "place"
                    size: Theme.px(26)
                    color: Theme.textMuted
                }
                Text {
                    objectName: "eventPlace"
                    width: texts.width - Theme.px(34)
                    anchors.verticalCenter: parent.verticalCenter
                    text: row.place
                    textFormat: Text.PlainText
                    elide: Text.ElideRight
                    color: Theme.textMuted
                    font.pixelSize: Theme.fontPx(24)
                }
            }
            Text {
                visible: row.ended && row.section === "today"
                text: qsTr("Ended")
                textFormat: Text.PlainText
                color: Theme.textMuted
                font.pixelSize: Theme.fontPx(22)
                font.italic: true
            }
        }

        Rectangle {
            id: picture
            anchors { right: chevron.left; rightMargin: Theme.px(20); verticalCenter: parent.verticalCenter }
            visible: row.wide && row.thumb !== ""
            width: visible ? Math.round(height * 16 / 9) : 0
            height: parent.height - Theme.px(36)
            radius: Theme.px(10)
            color: Qt.tint(Theme.surface, Qt.alpha(row.tint, 0.14))

            Image {
                objectName: "exhibitThumb"
                readonly property bool loading: status === Image.Loading
                anchors.fill: parent
                source: picture.visible ? row.thumb : ""
                asynchronous: true
                fillMode: Image.PreserveAspectCrop
                sourceSize: Qt.size(480, 270)
                opacity: row.past ? 0.7 : 1
            }
        }

        BrowseIcon {
            id: chevron
            anchors { right: parent.right; rightMargin: Theme.px(24); verticalCenter: parent.verticalCenter }
            name: "next"
            size: Theme.px(32)
            stroke: 2.4
            color: Theme.textMuted
        }
    }

    TapHandler {
        id: tap
        onTapped: browse.openExhibit(row.exhibitId)
    }
}
