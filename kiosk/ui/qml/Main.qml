// The kiosk's window: the current screen (nav.screenSource, the QML file the feature that
// shows it added), the top bar that every screen but the attract loop shares, and over them
// the edge swipe back, the idle countdown, the staff corner and the staff PIN pad.
// Context properties, exposed by the features (kiosk/ui/context.py): from the shell, kiosk
// (KioskState), nav (Navigator), idle (IdleMonitor), staffExit (StaffExit, the PIN pad) and
// staffSession (StaffSession: staff mode); the screens' controllers from theirs. In staff
// mode the top bar is staff's, and neither the staff corner nor the edge swipe is there
// (staff go back with the bar's Back, which never leaves staff mode). The Kiosk module's components read none of them: they are passed in.
import QtQuick
import Kiosk

Window {
    id: root
    objectName: "mainWindow"
    width: 1920
    height: 1080
    visible: false
    color: Theme.background
    title: booth.title  // the booth's own name (settings booth.title_zh, booth.title_en)

    // Designed for 1920x1080 landscape; portrait screens scale to their width.
    readonly property real unit: width >= height ? Math.min(width / 1920, height / 1080)
                                                 : Math.min(width / 1080, height / 1920)
    onUnitChanged: Theme.unit = Math.max(0.5, unit)
    Component.onCompleted: Theme.unit = Math.max(0.5, unit)

    // The visitor's choices, for every screen's sizes, colours and motion.
    Binding { target: Theme; property: "textScale"; value: kiosk.textScale }
    Binding { target: Theme; property: "contrast"; value: kiosk.highContrast }
    Binding { target: Theme; property: "reducedMotion"; value: kiosk.reducedMotion }
    property bool still: false  // a screenshot's window (app.grab): no transitions
    Binding { target: Theme; property: "still"; value: root.still }

    TopBar {
        id: topBar
        visitor: kiosk
        navigator: nav
        staff: staffSession
        visible: nav.screen !== "attract"
        anchors { left: parent.left; right: parent.right; top: parent.top }
        height: visible ? implicitHeight : 0
        z: 1
    }

    // A new screen slides in briefly from the side it comes from (from the right going
    // forward, from the left going back) and fades in; at once under reduced motion.
    // A route within the same screen (another exhibit, a new search) keeps the screen.
    Loader {
        id: screen
        objectName: "screenLoader"
        anchors { left: parent.left; right: parent.right; top: topBar.bottom; bottom: parent.bottom }
        source: nav.screenSource
        transform: Translate { id: slide }

        property bool started: false
        readonly property bool loading: enter.running  // app.FrameWaiter waits for a settled frame

        onLoaded: {
            enter.stop()
            if (started && Theme.duration > 0 && nav.direction !== 0) {
                slide.x = nav.direction * Theme.px(48)
                opacity = 0
                enter.start()
            } else {
                slide.x = 0
                opacity = 1
            }
            started = true
        }

        ParallelAnimation {
            id: enter
            NumberAnimation { target: slide; property: "x"; to: 0; duration: 220; easing.type: Easing.OutCubic }
            NumberAnimation { target: screen; property: "opacity"; to: 1; duration: 180; easing.type: Easing.OutQuad }
        }
    }

    EdgeSwipe {
        navigator: nav
        visible: !staffSession.active
        anchors { left: parent.left; top: topBar.bottom; bottom: parent.bottom }
        z: 2
    }

    IdleOverlay {
        monitor: idle
        anchors.fill: parent
        z: 3
    }

    StaffCorner {
        staff: staffExit
        visible: !staffSession.active
        anchors { right: parent.right; top: parent.top }
        z: 4
    }

    PinPad {
        staff: staffExit
        anchors.fill: parent
        z: 5
    }
}
