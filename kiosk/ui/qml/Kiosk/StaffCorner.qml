// The hidden way in to staff mode: press and hold this corner (the top-right one, over the
// clock, never the Back button) for `holdMs` and the PIN pad opens. After the
// first second a faint ring fills up so staff know it is working; a visitor resting a
// finger there briefly sees nothing. It only watches the touch (a passive grab), so
// whatever lies underneath still gets it.
import QtQuick

Item {
    id: corner
    objectName: "staffCorner"

    required property QtObject staff  // StaffExit
    property int holdMs: corner.staff.holdMs
    property int revealMs: Math.min(1000, holdMs / 2)
    readonly property bool holding: point.active && !strayed
    property bool strayed: false  // the finger left the corner: this is not the gesture
    property real progress: 0

    width: Math.max(Theme.minTouch, Theme.px(96))
    height: width

    PointHandler {
        id: point
        onActiveChanged: {
            corner.strayed = false
            corner.restart()
        }
        onPointChanged: {
            if (active && !corner.contains(point.point.position)) {
                corner.strayed = true
                corner.restart()
            }
        }
    }

    function restart() {
        fill.stop()
        hold.stop()
        progress = 0
        if (point.active && !strayed) {  // not `holding`: its binding may not have caught up yet
            fill.start()
            hold.start()
        }
    }

    Timer {
        id: hold
        interval: corner.holdMs
        onTriggered: corner.staff.openPad()
    }
    NumberAnimation {
        id: fill
        target: corner
        property: "progress"
        from: 0
        to: 1
        duration: corner.holdMs
    }

    Ring {
        objectName: "staffRing"
        anchors.centerIn: parent
        width: parent.width * 0.62
        height: width
        lineWidth: Math.max(3, Theme.px(6))
        visible: corner.holding && corner.progress * corner.holdMs >= corner.revealMs
        opacity: Theme.contrast ? 1 : 0.55
        fraction: corner.progress
        color: Theme.accent
        trackColor: "transparent"
    }
}
