// The fields that matter for an exhibit's kind (reading.fields: label and value), as a
// calm two-column fact sheet, one column when narrow. Plain text only.
pragma ComponentBehavior: Bound
import QtQuick
import Kiosk

Rectangle {
    id: root
    objectName: "fieldList"

    property alias model: repeater.model
    readonly property int columns: width >= Theme.px(640) ? 2 : 1
    readonly property bool hasFields: repeater.count > 0

    implicitHeight: hasFields ? grid.height + 2 * grid.y : 0
    radius: Theme.px(16)
    color: Theme.surface
    border.color: Theme.border
    border.width: Theme.borderWidth

    Grid {
        id: grid
        x: Theme.px(32)
        y: Theme.px(28)
        width: root.width - 2 * x
        columns: root.columns
        columnSpacing: Theme.px(40)
        rowSpacing: Theme.px(24)

        Repeater {
            id: repeater
            delegate: Column {
                id: cell
                required property string key
                required property string label
                required property string value
                objectName: "field_" + key
                width: (grid.width - (grid.columns - 1) * grid.columnSpacing) / grid.columns
                spacing: Theme.px(4)

                Text {
                    objectName: "fieldLabel"
                    width: parent.width
                    text: cell.label
                    textFormat: Text.PlainText
                    wrapMode: Text.Wrap
                    color: Theme.textMuted
                    font.pixelSize: Theme.fontPx(22)
                    font.letterSpacing: Theme.px(0.5)
                }
                Text {
                    objectName: "fieldValue"
                    width: parent.width
                    text: cell.value
                    textFormat: Text.PlainText
                    wrapMode: Text.Wrap
                    color: Theme.text
                    font.pixelSize: Theme.fontPx(28)
                    font.weight: Font.DemiBold
                    lineHeightMode: Text.FixedHeight
                    lineHeight: Math.round(font.pixelSize * 1.3)
                }
            }
        }
    }
}
