// What's on at the booth (route "events"): the week's events, today's first, under the
// headings Today / Coming up / Earlier; a tap opens an event's page.
// Context: browse (BrowseController: events model, whatsOn texts), nav.
import QtQuick
import Kiosk

Item {
    id: root
    objectName: "eventsScreen"

    readonly property int margin: Theme.px(48)
    readonly property int columnWidth: Math.min(width - 2 * margin, Theme.px(1560))

    function sectionTitle(section) {
        if (section === "today")
            return qsTr("Today")
        if (section === "upcoming")
            return qsTr("Coming up")
        return qsTr("Earlier")
    }

    Column {
        id: header
        anchors { top: parent.top; topMargin: Theme.px(36); horizontalCenter: parent.horizontalCenter }
        width: root.columnWidth
        spacing: Theme.px(10)

        Text {
            objectName: "eventsHeading"
            width: parent.width
            text: qsTr("What's on at the booth")
            textFormat: Text.PlainText
            wrapMode: Text.WordWrap
            color: Theme.text
            font.pixelSize: Theme.fontPx(48)
            font.weight: Font.Bold
        }
        Text {
            objectName: "eventsSummary"
            width: parent.width
            visible: text !== ""
            text: browse.whatsOnText !== "" ? browse.whatsOnLabel + " · " + browse.whatsOnText : ""
            textFormat: Text.PlainText
            wrapMode: Text.WordWrap
            maximumLineCount: 2
            elide: Text.ElideRight
            color: Theme.textMuted
            font.pixelSize: Theme.fontPx(26)
        }
    }

    ListView {
        id: list
        objectName: "eventsList"
        anchors {
            top: header.bottom; topMargin: Theme.px(4); bottom: parent.bottom; horizontalCenter: parent.horizontalCenter
        }
        width: root.columnWidth
        model: browse.events
        clip: true
        flickDeceleration: 1800 * Theme.unit
        maximumFlickVelocity: 6000 * Theme.unit
        boundsBehavior: Flickable.DragOverBounds
        bottomMargin: root.margin

        section.property: "section"
        section.delegate: Item {
            required property string section
            width: list.width
            height: sectionText.implicitHeight + Theme.px(44)

            Text {
                id: sectionText
                objectName: "eventsSection_" + parent.section
                anchors { left: parent.left; bottom: parent.bottom; bottomMargin: Theme.px(10) }
                text: root.sectionTitle(parent.section)
                textFormat: Text.PlainText
                color: parent.section === "today" ? (Theme.contrast ? "#FFD400" : Theme.kindColor("event"))
                                                  : Theme.textMuted
                font.pixelSize: Theme.fontPx(30)
                font.weight: Font.Bold
                font.letterSpacing: Theme.px(1)
            }
        }

        delegate: EventRow {
            width: list.width
            height: implicitHeight
        }
    }

    Column {
        objectName: "eventsEmpty"
        anchors.centerIn: parent
        width: root.columnWidth
        visible: list.count === 0
        spacing: Theme.px(20)

        BrowseIcon {
            anchors.horizontalCenter: parent.horizontalCenter
            name: "calendar"
            size: Theme.px(96)
            stroke: 1.4
            color: Theme.textMuted
        }
        Text {
            width: parent.width
            horizontalAlignment: Text.AlignHCenter
            text: qsTr("No events are scheduled yet")
            textFormat: Text.PlainText
            wrapMode: Text.WordWrap
            color: Theme.text
            font.pixelSize: Theme.fontPx(36)
            font.weight: Font.Bold
        }
    }
}
