// The attract loop's invitation, "触摸开始 / Touch to explore": a large pill with a hand and
// rings that ripple out from it. It breathes gently; it is still under reduced motion.
import QtQuick
import Kiosk

Item {
    id: invite

    property bool zhFirst: true
    property bool animate: true

    implicitWidth: pill.width
    implicitHeight: pill.height
    width: implicitWidth
    height: implicitHeight

    // Rings rippling out from the hand: the touch the kiosk waits for.
    Repeater {
        model: 2
        delegate: Rectangle {
            id: ring
            required property int index
            x: hand.x + pill.x + hand.width / 2 - width / 2
            y: hand.y + pill.y + hand.height / 2 - height / 2
            width: hand.width
            height: width
            radius: width / 2
            color: "transparent"
            border { color: "#FFFFFF"; width: Theme.px(3) }
            opacity: 0
            visible: invite.animate

            SequentialAnimation {
                running: invite.animate
                loops: Animation.Infinite
                PauseAnimation { duration: ring.index * 1100 }
                ParallelAnimation {
                    NumberAnimation { target: ring; property: "scale"; from: 1; to: 2.4; duration: 2200; easing.type: Easing.OutCubic }
                    NumberAnimation { target: ring; property: "opacity"; from: 0.7; to: 0; duration: 2200; easing.type: Easing.OutCubic }
                }
                PauseAnimation { duration: (1 - ring.index) * 1100 }
            }
        }
    }

    Rectangle {
        id: pill
        objectName: "touchPill"
        width: words.x + words.width + Theme.px(56)
        height: Theme.px(148)
        radius: height / 2
        color: Theme.contrast ? "#FFD400" : "#FFFFFF"

        SequentialAnimation on scale {
            running: invite.animate
            loops: Animation.Infinite
            NumberAnimation { from: 1; to: 1.045; duration: 1100; easing.type: Easing.InOutSine }
            NumberAnimation { from: 1.045; to: 1; duration: 1100; easing.type: Easing.InOutSine }
        }

        Rectangle {
            id: hand
            anchors { left: parent.left; leftMargin: Theme.px(20); verticalCenter: parent.verticalCenter }
            width: parent.height - Theme.px(40)
            height: width
            radius: width / 2
            color: Theme.contrast ? "#000000" : Theme.accent

            BrowseIcon {
                anchors.centerIn: parent
                name: "touch"
                size: parent.width * 0.6
                stroke: 1.8
                color: Theme.contrast ? "#FFD400" : "#FFFFFF"
            }
        }

        Column {
            id: words
            anchors { left: hand.right; leftMargin: Theme.px(28); verticalCenter: parent.verticalCenter }
            spacing: Theme.px(2)

            Text {
                objectName: "touchPrimary"
                text: qsTr("Touch to explore")
                textFormat: Text.PlainText
                color: Theme.contrast ? "#000000" : Theme.accent
                font.pixelSize: Theme.fontPx(46)
                font.weight: Font.Bold
            }
            Text {
                objectName: "touchSecondary"
                // The other language, named in itself: never translated.
                text: invite.zhFirst ? "Touch to explore" : "触摸开始"
                textFormat: Text.PlainText
                color: Theme.contrast ? "#000000" : Theme.textMuted
                font.pixelSize: Theme.fontPx(26)
            }
        }
    }
}
