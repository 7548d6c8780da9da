// An exhibit's body (reading.blocks): paragraphs and real lists, with a hanging indent
// for each item's marker, line height 1.5 and a comfortable line length. Plain text only:
// exhibit texts are never interpreted as markup.
pragma ComponentBehavior: Bound
import QtQuick
import Kiosk

Column {
    id: root
    objectName: "bodyText"

    property alias model: repeater.model
    property real fontSize: 30
    // Line height 1.5 of the font size (1.6 for Chinese, whose characters are denser).
    readonly property int lineStep: Math.round(Theme.fontPx(fontSize) * (kiosk.language === "zh" ? 1.6 : 1.5))

    Repeater {
        id: repeater
        delegate: Item {
            id: block
            required property string blockKind
            required property string text
            required property string marker
            required property bool startsGroup
            required property int index

            readonly property bool listItem: blockKind !== "paragraph"
            readonly property real gap: index === 0 ? 0 : (startsGroup ? Theme.fontPx(root.fontSize) * 0.9
                                                                       : Theme.fontPx(root.fontSize) * 0.35)
            width: root.width
            height: gap + body.height

            Text {
                objectName: "bodyMarker"
                visible: block.listItem
                y: block.gap
                width: root.markerWidth
                horizontalAlignment: Text.AlignRight
                text: block.marker
                textFormat: Text.PlainText
                color: Theme.contrast ? Theme.accent : Theme.kindColor(reading.kind)
                font.pixelSize: Theme.fontPx(root.fontSize)
                font.weight: Font.Bold
                lineHeightMode: Text.FixedHeight
                lineHeight: root.lineStep
            }

            Text {
                id: body
                objectName: "bodyBlock"
                x: block.listItem ? root.markerWidth + Theme.px(14) : 0
                y: block.gap
                width: block.width - x
                text: block.text
                textFormat: Text.PlainText
                wrapMode: Text.Wrap
                color: Theme.text
                font.pixelSize: Theme.fontPx(root.fontSize)
                lineHeightMode: Text.FixedHeight
                lineHeight: root.lineStep
            }
        }
    }

    // Width of the widest marker ("10."), so numbered items line up.
    readonly property real markerWidth: markerMetrics.advanceWidth + Theme.px(8)
    TextMetrics {
        id: markerMetrics
        text: "00."
        font.pixelSize: Theme.fontPx(root.fontSize)
        font.weight: Font.Bold
    }
}
