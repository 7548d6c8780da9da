// A home-screen tile for one kind of exhibit: its colour, name, count and a picture from
// one of its exhibits. Filled from browse.tiles; a tap opens the kind's gallery.
import QtQuick
import Kiosk

Item {
    id: tile
    objectName: "kindTile_" + kind

    required property int index
    required property string kind
    required property string label
    required property int count
    required property string thumb

    readonly property color tint: Theme.contrast ? "#000000" : Theme.kindColor(kind)
    readonly property int radius: Theme.px(24)
    readonly property int inset: Theme.px(32)
    readonly property bool tall: height > width * 0.65   // portrait screens: the picture goes under the name

    Accessible.role: Accessible.Button
    Accessible.name: label
    Accessible.onPressAction: browse.openGallery(tile.kind)

    Item {
        id: body
        anchors.fill: parent
        scale: tap.pressed && !Theme.reducedMotion ? 0.97 : 1
        Behavior on scale { NumberAnimation { duration: Theme.duration / 2 } }

        Rectangle {
            anchors.fill: parent
            radius: tile.radius
            color: tile.tint
            border { width: Theme.contrast ? Theme.borderWidth : 0; color: "#FFD400" }
            clip: true   // the disc below stays inside the tile

            // A soft disc behind the picture, for depth.
            Rectangle {
                x: parent.width - width * 0.6
                y: parent.height - height * 0.72
                width: Math.round(parent.height * 1.3)
                height: width
                radius: width / 2
                color: Qt.rgba(1, 1, 1, Theme.contrast ? 0 : 0.09)
            }
        }

        // The whole artwork as a small print pinned on the tile, never a cut-off part of it.
        Item {
            id: postcard
            x: parent.width - tile.inset - width
            y: tile.tall ? parent.height - tile.inset - Theme.px(8) - height : Math.round((parent.height - height) / 2)
            // Beside the name it is smaller with larger text, to leave the name its room.
            width: Math.round(tile.tall ? Math.min(parent.width * 0.8, (parent.height - texts.height - 3 * tile.inset) * 16 / 9)
                                        : Math.min(parent.width * (Theme.textScale > 1 ? 0.4 : 0.5),
                                                   (parent.height - 2 * tile.inset) * 16 / 9))
            height: Math.round(width * 9 / 16)
            rotation: 2.5
            visible: tile.thumb !== "" && width >= tile.width * 0.3   // no room, no picture
            opacity: picture.status === Image.Ready ? 1 : 0
            Behavior on opacity { NumberAnimation { id: fadeIn; duration: Theme.duration } }

            Rectangle {   // its shadow
                x: Theme.px(6)
                y: Theme.px(10)
                width: parent.width
                height: parent.height
                radius: Theme.px(10)
                color: Qt.rgba(0, 0, 0, Theme.contrast ? 0 : 0.2)
            }
            Rectangle {
                anchors.fill: parent
                radius: Theme.px(10)
                color: Theme.contrast ? "#FFD400" : "#FFFFFF"
            }
            Image {
                id: picture
                objectName: "exhibitThumb"
                readonly property bool loading: status === Image.Loading || fadeIn.running  // settled once shown
                anchors { fill: parent; margins: Theme.px(6) }
                source: tile.thumb
                asynchronous: true
                smooth: true
                fillMode: Image.PreserveAspectCrop
                sourceSize: Qt.size(480, 270)
            }
        }

        Column {
            id: texts
            x: tile.inset + Theme.px(4)
            // Beside the picture, centred; above it (portrait), at the top.
            y: tile.tall ? tile.inset : Math.max(tile.inset, Math.round((parent.height - height) / 2))
            width: parent.width - (postcard.visible && !tile.tall ? postcard.width + tile.inset : 0) - 2 * tile.inset
                   - Theme.px(8)
            spacing: Theme.px(8)

            Text {
                id: labelText
                objectName: "kindTileLabel"
                width: parent.width
                text: tile.label
                textFormat: Text.PlainText
                wrapMode: Text.WordWrap
                maximumLineCount: 2
                elide: Text.ElideRight
                lineHeight: 1.05
                color: "#FFFFFF"
                // A word longer than the line ("Geographical" in larger text) shrinks the name rather than
                // being cut; so does a name on two lines that would push the count off a short tile.
                font.pixelSize: Math.min(Theme.fontPx(42),
                                         Math.floor(Theme.fontPx(42) * width / Math.max(1, longestWord.width)),
                                         fitTwoLines)
                font.weight: Font.Bold

                // Measured at the full size, never at the size chosen, so the choice cannot feed back on itself.
                readonly property real room: tile.height - 2 * tile.inset - texts.spacing - countText.height
                readonly property bool twoLines: wholeName.width > width
                readonly property int fitTwoLines: tile.tall || !twoLines ? Theme.fontPx(42)
                    : Math.floor(Theme.fontPx(42) * room / Math.max(1, 2 * lineHeight * fullSize.height))

                FontMetrics {
                    id: fullSize
                    font.pixelSize: Theme.fontPx(42)
                    font.weight: Font.Bold
                    font.family: labelText.font.family
                }
                TextMetrics {
                    id: longestWord
                    font: fullSize.font
                    text: tile.label.split(/\s+/).reduce((a, b) => b.length > a.length ? b : a, "")
                }
                TextMetrics {
                    id: wholeName
                    font: fullSize.font
                    text: tile.label
                }
            }
            Row {
                spacing: Theme.px(6)
                Text {
                    id: countText
                    objectName: "kindTileCount"
                    width: Math.min(implicitWidth, texts.width - Theme.px(40))
                    text: tile.count === 1 ? qsTr("1 exhibit") : qsTr("%1 exhibits").arg(tile.count)
                    textFormat: Text.PlainText
                    elide: Text.ElideRight
                    color: Theme.contrast ? "#FFD400" : Qt.rgba(1, 1, 1, 0.88)
                    font.pixelSize: Theme.fontPx(26)
                }
                BrowseIcon {   // "open": the whole tile is the button
                    anchors.verticalCenter: countText.verticalCenter
                    name: "next"
                    size: Theme.fontPx(26)
                    stroke: 2.6
                    color: countText.color
                }
            }
        }

        Rectangle {
            anchors.fill: parent
            radius: tile.radius
            visible: tap.pressed
            color: Qt.rgba(0, 0, 0, 0.14)
        }
    }

    TapHandler {
        id: tap
        gesturePolicy: TapHandler.ReleaseWithinBounds
        onTapped: browse.openGallery(tile.kind)
    }
}
