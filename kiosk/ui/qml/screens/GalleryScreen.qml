// The gallery of one kind (route "gallery/<kind>", "gallery/all" for every kind): its name
// and count, filter chips (one tag, one region), and a grid of cards that flicks.
// Context: browse (BrowseController), nav. The grid's model is lazy (browse.gallery): it
// holds only row numbers and fetches cards a page at a time, so keep the delegate light.
import QtQuick
import Kiosk

Item {
    id: root
    objectName: "galleryScreen"

    readonly property color tint: browse.kind === "all" ? Theme.accent : Theme.kindColor(browse.kind)
    readonly property int margin: Theme.px(48)

    function load() {
        if (nav.screen === "gallery")
            browse.loadKind(nav.param)
    }

    function countLine() {
        if (browse.filtered)
            return qsTr("%1 of %2 exhibits").arg(browse.count).arg(browse.total)
        return browse.count === 1 ? qsTr("1 exhibit") : qsTr("%1 exhibits").arg(browse.count)
    }

    // Back from an exhibit, the grid opens where the visitor left it.
    Component.onCompleted: {
        load()
        if (browse.galleryIndex > 0)
            grid.positionViewAtIndex(browse.galleryIndex, GridView.Beginning)
    }
    Component.onDestruction: browse.galleryIndex = Math.max(0, grid.indexAt(grid.width / 2, grid.contentY + 1))

    Connections {
        target: nav
        function onRouteChanged() { root.load() }
    }

    // -- the kind's name, its count, and the filters ---------------------------------------

    Column {
        id: header
        anchors { left: parent.left; right: parent.right; top: parent.top; margins: root.margin }
        anchors.topMargin: Theme.px(36)
        spacing: Theme.px(20)

        Row {
            spacing: Theme.px(20)
            Rectangle {
                anchors.verticalCenter: parent.verticalCenter
                width: Theme.px(12)
                height: title.height * 0.8
                radius: width / 2
                color: root.tint
            }
            Text {
                id: title
                objectName: "galleryTitle"
                text: browse.kindLabel
                textFormat: Text.PlainText
                color: Theme.text
                font.pixelSize: Theme.fontPx(48)
                font.weight: Font.Bold
            }
            Text {
                objectName: "galleryCount"
                anchors.baseline: title.baseline
                text: root.countLine()
                textFormat: Text.PlainText
                color: Theme.textMuted
                font.pixelSize: Theme.fontPx(28)
            }
        }

        ChipRow {
            id: tagRow
            objectName: "tagChips"
            width: parent.width
            captionWidth: Math.max(tagRow.captionImplicitWidth, regionRow.captionImplicitWidth)
            label: qsTr("Tags")
            prefix: "tag"
            model: browse.tags
            selected: browse.selectedTag
            tint: root.tint
            onPicked: (key) => browse.selectTag(key)
        }
        ChipRow {
            id: regionRow
            objectName: "regionChips"
            width: parent.width
            captionWidth: tagRow.captionWidth
            label: qsTr("Regions")
            prefix: "region"
            model: browse.regions
            selected: browse.selectedRegion
            tint: root.tint
            onPicked: (key) => browse.selectRegion(key)
        }
    }

    // -- the cards ------------------------------------------------------------------------------

    GridView {
        id: grid
        objectName: "galleryGrid"
        anchors {
            left: parent.left; right: parent.right; top: header.bottom; bottom: parent.bottom
            leftMargin: root.margin - Theme.px(12); rightMargin: root.margin - Theme.px(12); topMargin: Theme.px(16)
        }
        clip: true
        model: browse.gallery

        readonly property int columns: Math.max(1, Math.floor(width / Theme.px(320)))
        cellWidth: Math.floor(width / columns)
        // Picture (16:9) + kind + two lines of title + number (see ExhibitCard), at the current text size.
        cellHeight: Math.round((cellWidth - Theme.px(48)) * 9 / 16 + 2 * smallLine.height + 2 * 1.15 * titleLine.height
                               + Theme.px(88))

        FontMetrics {
            id: titleLine
            font.pixelSize: Theme.fontPx(27)
            font.weight: Font.Bold
        }
        FontMetrics {
            id: smallLine
            font.pixelSize: Theme.fontPx(20)
        }

        // Kinetic scrolling for fingers: a flick carries far and slows gently.
        flickDeceleration: 1800 * Theme.unit
        maximumFlickVelocity: 7000 * Theme.unit
        boundsBehavior: Flickable.DragOverBounds
        pressDelay: 0
        cacheBuffer: cellHeight          // one row either way: smooth without building much
        reuseItems: true

        delegate: ExhibitCard {
            id: card
            width: grid.cellWidth
            height: grid.cellHeight
            accent: Theme.kindColor(kind)
            pressed: cardTap.pressed

            TapHandler {
                id: cardTap
                onTapped: browse.openExhibit(card.exhibitId)
            }
        }

        // A slim bar that shows where in a long gallery the visitor is.
        Rectangle {
            objectName: "galleryScrollBar"
            anchors.right: parent.right
            y: grid.visibleArea.yPosition * grid.height
            width: Theme.px(6)
            height: Math.max(Theme.px(48), grid.visibleArea.heightRatio * grid.height)
            radius: width / 2
            color: Theme.textMuted
            opacity: grid.moving ? 0.6 : 0
            visible: grid.visibleArea.heightRatio < 1
            Behavior on opacity { NumberAnimation { duration: Theme.duration } }
        }
    }

    // -- nothing to show ---------------------------------------------------------------------

    Column {
        objectName: "galleryEmpty"
        anchors.centerIn: grid
        width: Math.min(grid.width, Theme.px(900))
        spacing: Theme.px(20)
        visible: browse.count === 0

        BrowseIcon {
            anchors.horizontalCenter: parent.horizontalCenter
            name: "empty"
            size: Theme.px(96)
            stroke: 1.4
            color: Theme.textMuted
        }
        Text {
            width: parent.width
            horizontalAlignment: Text.AlignHCenter
            text: browse.filtered ? qsTr("No exhibits match these filters") : qsTr("No exhibits here yet")
            textFormat: Text.PlainText
            wrapMode: Text.WordWrap
            color: Theme.text
            font.pixelSize: Theme.fontPx(36)
            font.weight: Font.Bold
        }
        Text {
            width: parent.width
            visible: browse.filtered
            horizontalAlignment: Text.AlignHCenter
            text: qsTr("Try another tag or region, or show everything again.")
            textFormat: Text.PlainText
            wrapMode: Text.WordWrap
            color: Theme.textMuted
            font.pixelSize: Theme.fontPx(28)
        }
        TouchButton {
            objectName: "showAllButton"
            anchors.horizontalCenter: parent.horizontalCenter
            visible: browse.filtered
            text: qsTr("Show all")
            onClicked: browse.clearFilters()
        }
    }
}
