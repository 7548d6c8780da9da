// "Still there?": shown by the idle monitor (`idle`, kiosk/ui/idle.py) after a while
// without a touch, with the seconds left before the kiosk starts over for the next
// visitor. Any touch keeps browsing (idle.py swallows that touch); so does "More time".
// In staff mode (`monitor.forStaff`) it says staff mode will close.
import QtQuick

Item {
    id: overlay
    objectName: "idleOverlay"

    required property QtObject monitor  // IdleMonitor
    readonly property bool shown: overlay.monitor.countingDown
    readonly property bool loading: opacity !== (shown ? 1 : 0)  // fading: app.FrameWaiter waits

    visible: opacity > 0
    opacity: shown ? 1 : 0
    Behavior on opacity { NumberAnimation { duration: Theme.duration; easing.type: Easing.OutCubic } }

    // Nothing underneath reacts while the question is asked.
    MouseArea {
        anchors.fill: parent
        enabled: overlay.shown
    }

    Rectangle {
        anchors.fill: parent
        color: Theme.scrim
    }

    Rectangle {
        id: card
        anchors.centerIn: parent
        width: Math.min(parent.width - Theme.px(96), Math.max(Theme.px(820), content.implicitWidth + Theme.px(128)))
        height: content.implicitHeight + Theme.px(128)
        radius: Theme.radiusLarge
        color: Theme.surface
        border.width: Theme.contrast ? Theme.borderWidth : 0
        border.color: Theme.border
        scale: overlay.shown || Theme.reducedMotion ? 1 : 0.94
        Behavior on scale { NumberAnimation { duration: Theme.duration; easing.type: Easing.OutCubic } }

        Column {
            id: content
            anchors.centerIn: parent
            width: card.width - Theme.px(128)
            spacing: Theme.px(28)

            Item {
                anchors.horizontalCenter: parent.horizontalCenter
                width: Math.max(Theme.px(200), ringLabel.implicitHeight + Theme.px(80))  // grows with larger text
                height: width

                Ring {
                    id: ring
                    objectName: "idleRing"
                    anchors.fill: parent
                    lineWidth: Theme.px(12)
                    fraction: 1
                }
                Column {
                    id: ringLabel
                    anchors.centerIn: parent
                    Text {
                        objectName: "idleSecondsLeft"
                        anchors.horizontalCenter: parent.horizontalCenter
                        text: overlay.monitor.secondsLeft
                        textFormat: Text.PlainText
                        color: Theme.text
                        font.pixelSize: Theme.fontPx(76)
                        font.weight: Font.Bold
                    }
                    Text {
                        anchors.horizontalCenter: parent.horizontalCenter
                        text: qsTr("seconds")
                        textFormat: Text.PlainText
                        color: Theme.textMuted
                        font.pixelSize: Theme.fontPx(22)
                    }
                }
            }
            Text {
                objectName: "idleTitle"
                width: parent.width
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.Wrap
                text: qsTr("Still there?")
                textFormat: Text.PlainText
                color: Theme.text
                font.pixelSize: Theme.fontPx(56)
                font.weight: Font.Bold
            }
            Text {
                width: parent.width
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.Wrap
                lineHeight: 1.3
                text: overlay.monitor.forStaff
                      ? qsTr("Touch anywhere to stay in staff mode. Otherwise staff mode closes and the kiosk starts over for visitors.")
                      : qsTr("Touch anywhere to keep browsing. Otherwise the kiosk starts over for the next visitor.")
                textFormat: Text.PlainText
                color: Theme.textMuted
                font.pixelSize: Theme.fontPx(28)
            }
            Item { width: 1; height: Theme.px(4) }
            TouchButton {
                objectName: "moreTimeButton"
                anchors.horizontalCenter: parent.horizontalCenter
                width: Math.min(parent.width, Math.max(implicitWidth, Theme.px(420)))
                implicitHeight: Theme.touch(96)
                radius: height / 2
                primary: true
                fontSize: 34
                text: qsTr("More time")
                onClicked: overlay.monitor.stillHere()
            }
        }
    }

    // The ring drains smoothly towards the next second (in steps under reduced motion).
    NumberAnimation {
        id: drain
        target: ring
        property: "fraction"
        duration: 1000
    }
    function sync() {
        const total = Math.max(1, overlay.monitor.countdownSeconds)
        drain.stop()
        ring.fraction = overlay.monitor.secondsLeft / total
        if (overlay.shown && !Theme.reducedMotion) {
            drain.to = Math.max(0, overlay.monitor.secondsLeft - 1) / total
            drain.start()
        }
    }
    Connections {
        target: overlay.monitor
        function onSecondsLeftChanged() { overlay.sync() }
        function onCountingDownChanged() { overlay.sync() }
    }
}
