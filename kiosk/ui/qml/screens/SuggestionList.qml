// Ways on from a search that found nothing, or before anything is typed: groups of chips
// (searcher.suggestions: group, caption, route), each a tap away. Plain text only.
pragma ComponentBehavior: Bound
import QtQuick
import Kiosk

Column {
    id: root
    objectName: "suggestionList"

    property var model: null
    property var groups: []

    readonly property var headings: ({
        shorter: qsTr("Try a shorter search"),
        initials: qsTr("Search by pinyin initials"),
        tag: qsTr("Popular topics"),
        kind: qsTr("Browse by kind"),
        featured: qsTr("Featured exhibits")
    })

    signal chosen(string route)

    spacing: Theme.px(24)

    Repeater {
        model: root.groups
        // A heading beside its chips when there is room (landscape), above them otherwise.
        delegate: Item {
            id: section
            required property string modelData
            readonly property bool beside: root.width >= Theme.px(1100)
            objectName: "suggestionGroup_" + section.modelData
            width: root.width
            height: section.beside ? Math.max(heading.height, chips.height)
                                   : heading.height + Theme.px(12) + chips.height

            Text {
                id: heading
                width: section.beside ? Theme.px(320) : section.width
                y: section.beside ? (Theme.touch(72) - heading.height) / 2 : 0
                text: root.headings[section.modelData] || ""
                textFormat: Text.PlainText
                wrapMode: Text.Wrap
                color: Theme.textMuted
                font.pixelSize: Theme.fontPx(24)
                font.weight: Font.DemiBold
            }

            Flow {
                id: chips
                x: section.beside ? heading.width + Theme.px(20) : 0
                y: section.beside ? 0 : heading.height + Theme.px(12)
                width: section.width - chips.x
                spacing: Theme.px(14)

                Repeater {
                    model: root.model
                    delegate: TouchButton {
                        id: chip
                        required property string group
                        required property string caption
                        required property string route
                        objectName: "suggestionChip"
                        visible: chip.group === section.modelData
                        width: Math.min(chip.implicitWidth, chips.width)
                        implicitHeight: Theme.touch(72)
                        radius: chip.height / 2
                        primary: chip.group === "shorter" || chip.group === "initials"
                        text: chip.caption
                        fontSize: 26
                        onClicked: root.chosen(chip.route)
                    }
                }
            }
        }
    }
}
