// One exhibit in the grid: thumbnail, kind, title and registration number.
// The required properties are filled from ExhibitListModel's roles.
import QtQuick

Item {
    id: card
    objectName: "exhibitDelegate"

    required property int index
    required property string exhibitId
    required property string kind
    required property string kindLabel
    required property string title
    required property string thumb
    required property string number

    property real unit: 1
    property color accent: "#455A64"

    Rectangle {
        id: frame
        anchors { fill: parent; margins: 12 * card.unit }
        radius: 12 * card.unit
        color: "white"
        border { color: "#DCE2E9"; width: 1 }
        clip: true

        Rectangle {
            id: thumbArea
            objectName: "thumbPlaceholder"
            anchors { left: parent.left; right: parent.right; top: parent.top; margins: 1 }
            height: Math.round(width * 0.75)
            color: Qt.tint("white", Qt.alpha(card.accent, 0.14))

            // Drawn under the image: shows while it loads, and through a missing image.
            Text {
                anchors.centerIn: parent
                text: card.kindLabel
                textFormat: Text.PlainText
                color: card.accent
                opacity: 0.6
                font.pixelSize: 36 * card.unit
                font.weight: Font.Bold
            }

            Image {
                id: thumbImage
                objectName: "exhibitThumb"
                readonly property bool loading: status === Image.Loading
                anchors.fill: parent
                source: card.thumb
                asynchronous: true
                cache: true
                fillMode: Image.PreserveAspectCrop
                sourceSize: Qt.size(480, 360)
            }
        }

        Column {
            anchors {
                left: parent.left; right: parent.right; top: thumbArea.bottom
                margins: 20 * card.unit
            }
            spacing: 10 * card.unit

            Rectangle {
                objectName: "kindChip"
                width: kindText.implicitWidth + 24 * card.unit
                height: kindText.implicitHeight + 8 * card.unit
                radius: height / 2
                color: card.accent

                Text {
                    id: kindText
                    objectName: "exhibitKind"
                    anchors.centerIn: parent
                    text: card.kindLabel
                    textFormat: Text.PlainText
                    color: "white"
                    font.pixelSize: 20 * card.unit
                }
            }
            Text {
                objectName: "exhibitTitle"
                width: parent.width
                text: card.title
                textFormat: Text.PlainText
                wrapMode: Text.Wrap
                maximumLineCount: 2
                elide: Text.ElideRight
                color: "#1B2430"
                font.pixelSize: 30 * card.unit
                font.weight: Font.Bold
            }
            Text {
                objectName: "exhibitNumber"
                width: parent.width
                visible: card.number !== ""
                text: card.number
                textFormat: Text.PlainText
                elide: Text.ElideRight
                color: "#5F6B7A"
                font.pixelSize: 22 * card.unit
            }
        }
    }
}
