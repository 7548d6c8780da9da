// One search result: thumbnail, kind, title and registration number; tapping it opens the
// exhibit. Filled from ExhibitListModel's roles (searcher.results).
import QtQuick
import Kiosk

Item {
    id: row
    objectName: "resultRow"

    required property int index
    required property string exhibitId
    required property string kind
    required property string kindLabel
    required property string title
    required property string thumb
    required property string number

    Rectangle {
        id: card
        anchors { fill: parent; margins: Theme.px(8) }
        radius: Theme.px(16)
        color: tap.pressed ? Qt.tint(Theme.surface, Qt.alpha(Theme.accent, 0.12)) : Theme.surface
        border.color: tap.pressed ? Theme.accent : Theme.border
        border.width: Theme.borderWidth
        scale: tap.pressed && !Theme.reducedMotion ? 0.98 : 1
        clip: true

        Behavior on scale { NumberAnimation { duration: Theme.duration / 3 } }

        Rectangle {
            id: thumbArea
            x: Theme.px(12)
            anchors.verticalCenter: parent.verticalCenter
            height: parent.height - Theme.px(24)
            width: Math.round(height * 4 / 3)
            radius: Theme.px(10)
            color: Theme.contrast ? "#000000" : Qt.tint("white", Qt.alpha(Theme.kindColor(row.kind), 0.14))
            clip: true

            Image {
                objectName: "exhibitThumb"
                readonly property bool loading: status === Image.Loading
                anchors.fill: parent
                source: row.thumb
                asynchronous: true
                fillMode: Image.PreserveAspectCrop
                sourceSize: Qt.size(480, 360)
            }
        }

        Column {
            anchors {
                left: thumbArea.right; leftMargin: Theme.px(24); right: parent.right; rightMargin: Theme.px(24)
                verticalCenter: parent.verticalCenter
            }
            spacing: Theme.px(6)

            Row {
                spacing: Theme.px(14)
                width: parent.width

                Rectangle {
                    width: kindText.implicitWidth + Theme.px(20)
                    height: kindText.implicitHeight + Theme.px(6)
                    radius: height / 2
                    color: Theme.kindColor(row.kind)
                    Text {
                        id: kindText
                        objectName: "resultKind"
                        anchors.centerIn: parent
                        text: row.kindLabel
                        textFormat: Text.PlainText
                        color: Theme.contrast ? "#000000" : "#FFFFFF"
                        font.pixelSize: Theme.fontPx(18)
                        font.weight: Font.DemiBold
                    }
                }
                Text {
                    objectName: "resultNumber"
                    width: parent.width - x
                    anchors.verticalCenter: parent.verticalCenter
                    visible: row.number !== ""
                    text: row.number
                    textFormat: Text.PlainText
                    elide: Text.ElideRight
                    color: Theme.textMuted
                    font.pixelSize: Theme.fontPx(20)
                }
            }
            Text {
                objectName: "resultTitle"
                width: parent.width
                text: row.title
                textFormat: Text.PlainText
                wrapMode: Text.Wrap
                maximumLineCount: 2
                elide: Text.ElideRight
                color: Theme.text
                font.pixelSize: Theme.fontPx(28)
                font.weight: Font.DemiBold
            }
        }
    }

    TapHandler {
        id: tap
        gesturePolicy: TapHandler.ReleaseWithinBounds
        onTapped: nav.go("exhibit/" + row.exhibitId)
    }
}
