// One exhibit image that a visitor can zoom: pinch, or double-tap to zoom in and again
// to zoom out; drag to look around while zoomed. At zoom 1 the view does not take drags,
// so a horizontal swipe goes to the gallery around it (ImageGallery.qml).
import QtQuick
import Kiosk

Flickable {
    id: view
    objectName: "zoomImage"

    property alias source: picture.source
    property alias image: picture
    property real zoom: 1
    readonly property real maxZoom: 4
    readonly property real doubleTapZoom: 2.5
    readonly property bool zoomed: zoom > 1.01

    clip: true
    interactive: zoomed
    boundsBehavior: Flickable.StopAtBounds
    flickDeceleration: 2500
    contentWidth: width
    contentHeight: height

    // Zoom to `factor` keeping the content point `at` (content coordinates) where it is.
    function zoomAt(factor, at) {
        const next = Math.max(1, Math.min(maxZoom, factor))
        if (next === zoom)
            return
        resizeContent(width * next, height * next, at)
        zoom = next
        if (next === 1)
            reset()
        else
            returnToBounds()
    }

    // Zoom to `factor` about the centre of the view (tests and the buttons use this).
    function zoomTo(factor) {
        zoomAt(factor, Qt.point(contentX + width / 2, contentY + height / 2))
    }

    function reset() {
        zoom = 1
        contentWidth = width
        contentHeight = height
        contentX = 0
        contentY = 0
    }

    onWidthChanged: reset()
    onHeightChanged: reset()

    Image {
        id: picture
        // Named like the other exhibit images, so screenshots wait for it to load (app.FrameWaiter).
        objectName: "exhibitThumb"
        readonly property bool loading: status === Image.Loading
        width: view.contentWidth
        height: view.contentHeight
        asynchronous: true
        fillMode: Image.PreserveAspectFit
        smooth: true
        mipmap: true
        sourceSize: Qt.size(1920, 1920)   // the display rendition's largest size: sharp when zoomed
    }

    PinchHandler {
        id: pinch
        objectName: "imagePinch"
        target: null
        onScaleChanged: (delta) => view.zoomAt(view.zoom * delta, pinch.centroid.position)
    }

    TapHandler {
        objectName: "imageDoubleTap"
        onDoubleTapped: (eventPoint) => {
            if (view.zoomed)
                view.zoomAt(1, Qt.point(0, 0))
            else
                view.zoomAt(view.doubleTapZoom, eventPoint.position)
        }
    }
}
