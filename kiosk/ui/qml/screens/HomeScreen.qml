// Home (route "home"): a greeting, a search field that opens search, one large tile per kind
// of exhibit, what is on at the booth today, and the way to every exhibit.
// Context: browse (BrowseController), nav, kiosk.
import QtQuick
import Kiosk

Item {
    id: root
    objectName: "homeScreen"

    readonly property bool portrait: height > width
    readonly property int margin: Theme.px(portrait ? 44 : 56)
    readonly property int gap: Theme.px(28)
    // Only kinds with exhibits have a tile; as many columns as keep the rows even (four kinds
    // make two rows of two, not three and one), and a shorter last row is centred.
    readonly property int tileCount: browse.tiles.count
    readonly property int columns: Math.max(1, portrait ? Math.min(2, tileCount)
                                                        : tileCount === 4 ? 2 : Math.min(3, tileCount))
    readonly property int rows: Math.max(1, Math.ceil(tileCount / columns))
    readonly property int barHeight: Theme.touch(104)

    // -- greeting and search --------------------------------------------------------------

    Column {
        id: greeting
        x: root.margin
        y: root.margin - Theme.px(6)
        width: root.portrait ? root.width - 2 * root.margin
                             : root.width - 2 * root.margin - root.gap * 2 - Math.max(Theme.px(560), root.width * 0.38)
        spacing: Theme.px(6)

        Text {
            objectName: "homeHeading"
            width: parent.width
            text: qsTr("What would you like to explore?")
            textFormat: Text.PlainText
            wrapMode: Text.WordWrap
            color: Theme.text
            font.pixelSize: Theme.fontPx(46)
            font.weight: Font.Bold
        }
        Text {
            objectName: "homeSubtitle"
            width: parent.width
            text: booth.subtitle  // the booth's own line, from settings (BoothText)
            textFormat: Text.PlainText
            wrapMode: Text.WordWrap
            maximumLineCount: root.portrait ? 2 : 1
            elide: Text.ElideRight
            color: Theme.textMuted
            font.pixelSize: Theme.fontPx(26)
        }
    }

    Rectangle {
        id: searchButton
        objectName: "searchButton"
        x: root.portrait ? root.margin : greeting.x + greeting.width + root.gap * 2
        y: root.portrait ? greeting.y + greeting.height + root.gap : greeting.y + (greeting.height - height) / 2
        width: root.width - root.margin - x
        height: root.barHeight
        radius: height / 2
        color: searchTap.pressed ? Qt.tint(Theme.surface, Qt.alpha(Theme.accent, 0.1)) : Theme.surface
        border { color: Theme.contrast ? "#FFFFFF" : Qt.alpha(Theme.accent, 0.35); width: Theme.contrast ? 3 : 2 }

        Accessible.role: Accessible.Button
        Accessible.name: searchHint.text
        Accessible.onPressAction: nav.go("search/")

        BrowseIcon {
            id: searchIcon
            anchors { left: parent.left; leftMargin: Theme.px(36); verticalCenter: parent.verticalCenter }
            name: "search"
            size: Theme.px(40)
            stroke: 2.2
            color: Theme.accent
        }
        Text {
            id: searchHint
            anchors {
                left: searchIcon.right; leftMargin: Theme.px(20); right: searchGo.left; rightMargin: Theme.px(20)
                verticalCenter: parent.verticalCenter
            }
            text: qsTr("Search patents, trademarks, places, pinyin…")
            textFormat: Text.PlainText
            elide: Text.ElideRight
            color: Theme.textMuted
            font.pixelSize: Theme.fontPx(30)
        }
        Rectangle {
            id: searchGo
            anchors { right: parent.right; rightMargin: Theme.px(12); verticalCenter: parent.verticalCenter }
            height: parent.height - Theme.px(24)
            width: Math.max(height, searchGoLabel.implicitWidth + Theme.px(56))
            radius: height / 2
            color: searchTap.pressed ? Theme.pressed : Theme.accent

            Text {
                id: searchGoLabel
                anchors.centerIn: parent
                text: qsTr("Search")
                textFormat: Text.PlainText
                color: Theme.contrast ? "#000000" : "#FFFFFF"
                font.pixelSize: Theme.fontPx(28)
                font.weight: Font.DemiBold
            }
        }
        TapHandler {
            id: searchTap
            gesturePolicy: TapHandler.ReleaseWithinBounds
            onTapped: nav.go("search/")
        }
    }

    // -- one tile per kind ------------------------------------------------------------------

    Item {
        id: tiles
        objectName: "kindTiles"
        x: root.margin
        y: Math.max(greeting.y + greeting.height, searchButton.y + searchButton.height) + root.gap * 1.5
        width: root.width - 2 * root.margin
        height: root.rows * (tileHeight + root.gap) - root.gap
        readonly property int areaHeight: footer.y - root.gap - y
        readonly property int tileWidth: Math.floor((width - (root.columns - 1) * root.gap) / root.columns)
        readonly property int tileHeight: Math.max(Theme.touch(120),
                                                   Math.floor((areaHeight - (root.rows - 1) * root.gap) / root.rows))

        Repeater {
            model: browse.tiles
            delegate: KindTile {
                readonly property int row: Math.floor(index / root.columns)
                readonly property int inRow: Math.min(root.columns, root.tileCount - row * root.columns)
                x: Math.round((index % root.columns + (root.columns - inRow) / 2) * (tiles.tileWidth + root.gap))
                y: row * (tiles.tileHeight + root.gap)
                width: tiles.tileWidth
                height: tiles.tileHeight
            }
        }
    }

    // -- what's on, and every exhibit --------------------------------------------------------

    Item {
        id: footer
        x: root.margin
        y: root.height - root.margin - height
        width: root.width - 2 * root.margin
        // Side by side; on a portrait screen the strip gets a row of its own, above.
        height: root.portrait ? 2 * root.barHeight + root.gap : root.barHeight

        WhatsOnStrip {
            objectName: "whatsOnStrip"
            anchors { left: parent.left; right: root.portrait ? parent.right : allButton.left; top: parent.top }
            anchors.rightMargin: root.portrait ? 0 : root.gap
            height: root.barHeight
        }

        Rectangle {
            id: allButton
            objectName: "allExhibitsButton"
            anchors { right: parent.right; bottom: parent.bottom }
            height: root.barHeight
            width: root.portrait ? parent.width : allRow.implicitWidth + Theme.px(72)
            radius: height / 2
            color: allTap.pressed ? Theme.pressed : Theme.accent

            Accessible.role: Accessible.Button
            Accessible.name: allLabel.text
            Accessible.onPressAction: browse.openGallery("all")

            Row {
                id: allRow
                anchors.centerIn: parent
                spacing: Theme.px(14)
                BrowseIcon {
                    anchors.verticalCenter: parent.verticalCenter
                    name: "grid"
                    size: Theme.px(32)
                    color: allLabel.color
                }
                Text {
                    id: allLabel
                    anchors.verticalCenter: parent.verticalCenter
                    width: Math.min(implicitWidth, footer.width * 0.42 - Theme.px(120))
                    text: qsTr("All %1 exhibits").arg(browse.allCount)
                    textFormat: Text.PlainText
                    elide: Text.ElideRight
                    color: Theme.contrast ? "#000000" : "#FFFFFF"
                    font.pixelSize: Theme.fontPx(28)
                    font.weight: Font.DemiBold
                }
            }
            TapHandler {
                id: allTap
                gesturePolicy: TapHandler.ReleaseWithinBounds
                onTapped: browse.openGallery("all")
            }
        }
    }

    // Online or offline, and the content's version and date, in the bottom margin (ContentBadge.qml).
    ContentBadge {
        status: content
        anchors { right: parent.right; rightMargin: root.margin; bottom: parent.bottom }
        anchors.bottomMargin: Math.max(0, Math.round((root.margin - height) / 2))
    }
}
