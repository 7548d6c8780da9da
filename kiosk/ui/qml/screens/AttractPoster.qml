// The attract loop's print for a featured exhibit without a picture: a poster drawn in the colour
// of its kind, in the manner of the demo's artwork (soft discs and a dot grid on a tint of the
// colour), with a white card holding the kind, the title and the summary in the visitor's language.
import QtQuick
import Kiosk

Rectangle {
    id: poster

    property string kind: ""
    property string kindLabel: ""
    property string title: ""
    property string summary: ""
    property real drift: 0   // 0 to 1 over the slide's time: the discs move a little, as a picture would

    readonly property color ink: Theme.contrast ? "#FFD400" : Theme.kindColor(kind)
    readonly property int pad: Theme.px(40)

    color: Theme.contrast ? "#000000" : Qt.tint("#FAFAF7", Qt.alpha(ink, 0.14))
    border { width: Theme.contrast ? Theme.borderWidth : 0; color: "#FFD400" }
    clip: true

    Rectangle {   // a large soft disc, top right
        x: poster.width * 0.6 - Theme.px(40) * poster.drift
        y: -poster.height * 0.2
        width: poster.height * 0.95
        height: width
        radius: width / 2
        color: Qt.alpha(poster.ink, Theme.contrast ? 0 : 0.16)
    }
    Rectangle {   // a smaller, stronger one, bottom right
        x: poster.width * 0.8
        y: poster.height * 0.56 + Theme.px(24) * poster.drift
        width: poster.height * 0.56
        height: width
        radius: width / 2
        color: Qt.alpha(poster.ink, Theme.contrast ? 0 : 0.26)
    }
    Rectangle {   // a ring between them
        x: poster.width * 0.7
        y: poster.height * 0.3 - Theme.px(16) * poster.drift
        width: poster.height * 0.3
        height: width
        radius: width / 2
        color: "transparent"
        border { width: Theme.px(6); color: Qt.alpha(poster.ink, 0.45) }
    }

    Grid {   // a dot grid, top left
        x: Theme.px(28)
        y: Theme.px(28)
        columns: 4
        spacing: Theme.px(14)
        Repeater {
            model: 16
            delegate: Rectangle {
                width: Theme.px(7)
                height: width
                radius: width / 2
                color: Qt.alpha(poster.ink, 0.4)
            }
        }
    }

    Rectangle {   // the card's shadow
        x: card.x + Theme.px(8)
        y: card.y + Theme.px(12)
        width: card.width
        height: card.height
        radius: card.radius
        color: Qt.alpha(poster.ink, Theme.contrast ? 0 : 0.22)
    }

    Rectangle {
        id: card
        x: Math.round(poster.width * 0.08)
        y: Math.round((poster.height - height) / 2)
        width: Math.round(poster.width * 0.58)
        height: Math.min(poster.height - 2 * Theme.px(36), words.implicitHeight + 2 * poster.pad)
        radius: Theme.px(18)
        color: Theme.contrast ? "#000000" : "#FFFFFF"
        border { width: Theme.contrast ? Theme.borderWidth : 0; color: "#FFFFFF" }
        clip: true

        Column {
            id: words
            x: poster.pad
            y: poster.pad
            width: card.width - 2 * poster.pad
            spacing: Theme.px(16)

            Rectangle {
                width: Math.min(parent.width, kindText.implicitWidth + Theme.px(32))
                height: kindText.implicitHeight + Theme.px(10)
                radius: height / 2
                color: poster.ink

                Text {
                    id: kindText
                    anchors.centerIn: parent
                    width: Math.min(implicitWidth, parent.width - Theme.px(20))
                    text: poster.kindLabel
                    textFormat: Text.PlainText
                    elide: Text.ElideRight
                    color: Theme.contrast ? "#000000" : "#FFFFFF"
                    font.pixelSize: Theme.fontPx(20)
                    font.weight: Font.DemiBold
                }
            }
            Text {
                objectName: "posterTitle"
                width: parent.width
                text: poster.title
                textFormat: Text.PlainText
                wrapMode: Text.Wrap
                maximumLineCount: 3
                elide: Text.ElideRight
                lineHeight: 1.1
                color: Theme.contrast ? "#FFFFFF" : Qt.darker(poster.ink, 1.35)
                font.pixelSize: Theme.fontPx(46)
                font.weight: Font.Bold
            }
            Rectangle {
                width: Theme.px(56)
                height: Theme.px(5)
                radius: height / 2
                color: Theme.contrast ? "#FFD400" : "#FFB74D"
            }
            Text {
                objectName: "posterSummary"
                width: parent.width
                visible: text !== ""
                text: poster.summary
                textFormat: Text.PlainText
                wrapMode: Text.Wrap
                maximumLineCount: 4
                elide: Text.ElideRight
                lineHeight: 1.2
                color: Theme.contrast ? "#FFFFFF" : "#4A5568"
                font.pixelSize: Theme.fontPx(26)
            }
        }
    }
}
