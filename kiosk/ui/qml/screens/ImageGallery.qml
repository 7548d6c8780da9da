// The exhibit's images: swipe between them (one at a time, snapping), page dots (in a strip
// of their own under the picture, never over it) and arrows for visitors who do not swipe,
// and zoom on each (ZoomImage.qml), which resets when the visitor moves to another image.
// Without images: the kind on a tinted panel.
pragma ComponentBehavior: Bound
import QtQuick
import Kiosk

Rectangle {
    id: root
    objectName: "imageGallery"

    property var images: []
    property string kind: ""
    property string kindLabel: ""
    readonly property int count: images.length
    readonly property alias currentIndex: list.currentIndex
    readonly property bool zoomed: list.currentItem !== null && list.currentItem.zoomed
    // The strip under the picture that holds the page dots: what the page adds to the picture's height.
    readonly property real dotsSpace: count > 1 ? Theme.minTouch + Theme.px(8) : 0
    // The image the visitor chose. While the view has no width yet, all its images sit at one
    // place and the view would pick the last: it is put back here once the view is laid out.
    property int chosen: 0

    function show(index) {
        chosen = Math.max(0, Math.min(count - 1, index))
        list.currentIndex = chosen
    }

    radius: Theme.px(20)
    color: count === 0 && !Theme.contrast ? Qt.tint(Theme.surface, Qt.alpha(Theme.kindColor(kind), 0.10))
                                          : Theme.surface
    border.color: Theme.border
    border.width: Theme.borderWidth
    clip: true

    Text {
        anchors.centerIn: parent
        visible: root.count === 0
        text: root.kindLabel
        textFormat: Text.PlainText
        color: Theme.contrast ? Theme.text : Theme.kindColor(root.kind)
        opacity: 0.55
        font.pixelSize: Theme.fontPx(64)
        font.weight: Font.Bold
    }

    ListView {
        id: list
        objectName: "imageList"
        anchors { fill: parent; margins: root.border.width; bottomMargin: root.border.width + root.dotsSpace }
        orientation: ListView.Horizontal
        snapMode: ListView.SnapOneItem
        highlightRangeMode: ListView.StrictlyEnforceRange
        highlightMoveDuration: Theme.duration
        boundsBehavior: Flickable.StopAtBounds
        interactive: root.count > 1 && !root.zoomed
        clip: true
        model: root.images
        // The window is 1920 wide: an image either side is plenty to keep swipes smooth.
        cacheBuffer: Math.max(0, width)

        onCurrentIndexChanged: if (width > 0 && currentIndex >= 0) root.chosen = currentIndex
        onWidthChanged: {
            if (width > 0 && root.count > 0) {
                currentIndex = Math.min(root.chosen, root.count - 1)
                positionViewAtIndex(currentIndex, ListView.Beginning)
            }
        }

        delegate: ZoomImage {
            id: page
            required property string modelData
            required property int index
            width: list.width
            height: list.height
            source: page.modelData

            // Moving to another image leaves this one as it was first shown.
            Connections {
                target: list
                function onCurrentIndexChanged() {
                    if (list.currentIndex !== page.index)
                        page.reset()
                }
            }
        }
    }

    TouchButton {
        objectName: "previousImage"
        visible: root.count > 1 && !root.zoomed
        enabled: root.currentIndex > 0
        opacity: enabled ? 0.92 : 0.35
        anchors { left: parent.left; leftMargin: Theme.px(20); verticalCenter: list.verticalCenter }
        width: Theme.touch(80)
        radius: width / 2
        text: "‹"
        fontSize: 44
        onClicked: root.show(root.currentIndex - 1)
    }

    TouchButton {
        objectName: "nextImage"
        visible: root.count > 1 && !root.zoomed
        enabled: root.currentIndex < root.count - 1
        opacity: enabled ? 0.92 : 0.35
        anchors { right: parent.right; rightMargin: Theme.px(20); verticalCenter: list.verticalCenter }
        width: Theme.touch(80)
        radius: width / 2
        text: "›"
        fontSize: 44
        onClicked: root.show(root.currentIndex + 1)
    }

    TouchButton {
        objectName: "resetZoom"
        visible: root.zoomed
        anchors { right: parent.right; top: parent.top; margins: Theme.px(20) }
        text: qsTr("Zoom out")
        fontSize: 24
        onClicked: list.currentItem.zoomAt(1, Qt.point(0, 0))
    }

    // Page dots, in their strip under the picture: each has a finger-sized target around a small dot.
    Rectangle {
        objectName: "pageDots"
        visible: root.count > 1
        anchors { horizontalCenter: parent.horizontalCenter; bottom: parent.bottom; bottomMargin: Theme.px(4) }
        width: dots.width + Theme.px(16)
        height: dots.height
        radius: height / 2
        color: "transparent"

        Row {
            id: dots
            anchors.centerIn: parent
            Repeater {
                model: root.count
                delegate: Item {
                    id: dot
                    required property int index
                    objectName: "pageDot"
                    width: Theme.minTouch
                    height: Theme.minTouch
                    Rectangle {
                        anchors.centerIn: parent
                        id: mark
                        readonly property bool current: dot.index === root.currentIndex
                        width: mark.current ? Theme.px(36) : Theme.px(14)
                        height: Theme.px(14)
                        radius: mark.height / 2
                        color: Theme.contrast ? "#FFD400" : mark.current ? Theme.accent : Theme.textMuted
                        opacity: mark.current ? 1 : 0.45
                        scale: dotTap.pressed ? 1.5 : 1
                        Behavior on width { NumberAnimation { duration: Theme.duration } }
                    }
                    TapHandler {
                        id: dotTap
                        gesturePolicy: TapHandler.ReleaseWithinBounds
                        onTapped: root.show(dot.index)
                    }
                }
            }
        }
    }
}
