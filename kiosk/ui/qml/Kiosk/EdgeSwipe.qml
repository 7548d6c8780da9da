// Swipe in from the left edge to go back. Only a drag that starts in this thin strip
// along the window's edge counts, so horizontal swipes inside screens (images on an
// exhibit page) stay theirs. A round cue with a back arrow follows the finger and
// fills in once the swipe is long enough.
import QtQuick

Item {
    id: edge
    objectName: "edgeSwipe"

    required property QtObject navigator  // Navigator
    readonly property real threshold: Theme.px(160)
    property real pulled: 0  // how far the finger has come in from the edge
    readonly property bool armed: pulled >= threshold

    width: Math.max(24, Theme.px(32))
    enabled: edge.navigator.screen !== "home" && edge.navigator.screen !== "attract"

    DragHandler {
        id: drag
        target: null
        yAxis.enabled: false
        onActiveTranslationChanged: if (active) edge.pulled = Math.max(0, activeTranslation.x)
        onActiveChanged: {
            if (!active && edge.armed)
                edge.navigator.back()
            if (!active)
                edge.pulled = 0
        }
        onCanceled: edge.pulled = 0
    }

    Rectangle {
        id: cue
        objectName: "edgeSwipeCue"
        readonly property real size: Math.max(Theme.minTouch, Theme.px(88))
        visible: drag.active && edge.pulled > 0
        width: size
        height: size
        radius: size / 2
        x: Math.min(edge.pulled, edge.threshold * 1.15) * 0.6 - size / 2
        y: drag.centroid.position.y - size / 2
        color: edge.armed ? Theme.accent : Theme.surface
        border.width: Theme.contrast ? Theme.borderWidth : Math.max(1, Theme.px(2))
        border.color: edge.armed ? Theme.accent : Theme.border
        opacity: Math.min(1, 0.3 + edge.pulled / edge.threshold)

        Icon {
            anchors.centerIn: parent
            anchors.horizontalCenterOffset: cue.size * 0.1
            name: "back"
            size: cue.size * 0.5
            color: edge.armed ? Theme.accentText : Theme.text
        }
    }
}
