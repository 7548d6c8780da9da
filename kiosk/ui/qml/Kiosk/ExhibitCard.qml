// One exhibit as a card: thumbnail, kind, title and registration number. It only paints:
// the view that shows it handles taps (and sets `pressed` for the feedback).
// The required properties are the roles of the card and exhibit list models.
// Kept light for long, fast-flicking grids: no layers, no effects, no repeaters.
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

    property real unit: 1                 // kept for existing callers; sizes follow Theme
    property color accent: "#455A64"      // the kind's colour
    property bool pressed: false

    readonly property int pad: Theme.px(12)

    Rectangle {
        id: frame
        anchors { fill: parent; margins: Theme.px(12) }
        radius: Theme.px(18)
        color: Theme.surface
        border { color: card.pressed ? card.accent : Theme.border; width: Theme.borderWidth }

        Rectangle {
            id: thumbArea
            objectName: "thumbPlaceholder"
            x: card.pad
            y: card.pad
            width: parent.width - 2 * card.pad
            height: Math.round(width * 9 / 16)
            radius: Theme.px(10)
            color: Theme.contrast ? "#1A1A1A" : Qt.tint(Theme.surface, Qt.alpha(card.accent, 0.16))

            // Shown while the picture loads, and where there is none.
            Text {
                anchors.centerIn: parent
                width: parent.width - Theme.px(24)
                visible: thumbImage.status !== Image.Ready
                text: card.kindLabel
                textFormat: Text.PlainText
                horizontalAlignment: Text.AlignHCenter
                elide: Text.ElideRight
                color: card.accent
                opacity: 0.55
                font.pixelSize: Theme.fontPx(30)
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
                smooth: true
                fillMode: Image.PreserveAspectCrop
                sourceSize: Qt.size(480, 270)   // the thumbnail rendition's size: decoded once, never scaled up
                opacity: status === Image.Ready ? 1 : 0
            }
        }

        Text {
            id: kindText
            objectName: "exhibitKind"
            anchors { left: thumbArea.left; top: thumbArea.bottom; topMargin: Theme.px(16) }
            width: Math.min(implicitWidth, thumbArea.width)
            text: card.kindLabel
            textFormat: Text.PlainText
            elide: Text.ElideRight
            color: Theme.contrast ? Theme.text : card.accent
            font.pixelSize: Theme.fontPx(20)
            font.weight: Font.Bold
            font.letterSpacing: Theme.px(1)
        }

        Text {
            id: titleText
            objectName: "exhibitTitle"
            anchors { left: thumbArea.left; right: thumbArea.right; top: kindText.bottom; topMargin: Theme.px(6) }
            text: card.title
            textFormat: Text.PlainText
            wrapMode: Text.Wrap
            maximumLineCount: 2
            elide: Text.ElideRight
            lineHeight: 1.15
            color: Theme.text
            font.pixelSize: Theme.fontPx(27)
            font.weight: Font.Bold
        }

        Text {
            objectName: "exhibitNumber"
            anchors { left: thumbArea.left; right: thumbArea.right; top: titleText.bottom; topMargin: Theme.px(6) }
            visible: card.number !== ""
            text: card.number
            textFormat: Text.PlainText
            elide: Text.ElideRight
            color: Theme.textMuted
            font.pixelSize: Theme.fontPx(20)
        }

        // Pressed feedback: a tint over the whole card (cheaper than a scale while flicking).
        Rectangle {
            anchors.fill: parent
            radius: parent.radius
            visible: card.pressed
            color: Theme.contrast ? Qt.rgba(1, 0.83, 0, 0.25) : Qt.alpha(card.accent, 0.12)
        }
    }
}
