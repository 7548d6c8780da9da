// The staff PIN pad, opened by holding the staff corner: the staff accounts to choose from
// (when the booth has more than one), large digit keys, a dot per digit entered, Cancel.
// The digits stay in Python (`staff`: StaffExit, kiosk/ui/staff_pad.py), which checks them
// on a worker while the pad says so; a wrong PIN shakes the pad and clears it, too many
// lock it for a while.
import QtQuick

Item {
    id: pad
    objectName: "pinPad"

    required property QtObject staff  // StaffExit
    readonly property bool shown: pad.staff.padOpen
    readonly property bool chosen: pad.staff.account !== ""
    readonly property bool usable: pad.staff.accepting
    readonly property real key: Math.max(Theme.minTouch, Math.min(Theme.px(112), (height - Theme.px(520)) / 4.6))

    visible: shown

    MouseArea { anchors.fill: parent }  // nothing underneath is reachable while the pad is open
    Rectangle { anchors.fill: parent; color: Theme.scrim }

    function message() {
        switch (pad.staff.status) {
        case "nopin": return qsTr("No staff PIN is set on this kiosk. Set one with: kiosk pin set")
        case "checking": return qsTr("Checking…")
        case "broken": return qsTr("The staff PIN cannot be checked: %1").arg(pad.staff.problem)
        case "locked": return qsTr("Too many wrong tries. Try again in %1 s.").arg(pad.staff.lockSecondsLeft)
        case "wrong": return qsTr("Wrong PIN. Tries left: %1").arg(pad.staff.triesLeft)
        default: return pad.chosen ? qsTr("Enter the staff PIN to open staff mode.")
                                   : qsTr("Choose your name, then enter your PIN.")
        }
    }

    Rectangle {
        id: panel
        anchors.centerIn: parent
        width: Math.min(parent.width - Theme.px(64), Math.max(pad.key * 3 + Theme.px(200), Theme.px(640)))
        height: column.implicitHeight + Theme.px(96)
        radius: Theme.radiusLarge
        color: Theme.surface
        border.width: Theme.contrast ? Theme.borderWidth : 0
        border.color: Theme.border
        transform: Translate { id: shift }

        Column {
            id: column
            anchors { top: parent.top; topMargin: Theme.px(48); horizontalCenter: parent.horizontalCenter }
            width: panel.width - Theme.px(96)
            spacing: Theme.px(24)

            Row {
                anchors.horizontalCenter: parent.horizontalCenter
                spacing: Theme.px(16)
                Icon {
                    anchors.verticalCenter: parent.verticalCenter
                    name: "lock"
                    size: Theme.px(44)
                    color: Theme.accent
                }
                Text {
                    anchors.verticalCenter: parent.verticalCenter
                    width: Math.min(implicitWidth, column.width - Theme.px(60))
                    elide: Text.ElideRight
                    text: qsTr("Staff mode")
                    textFormat: Text.PlainText
                    color: Theme.text
                    font.pixelSize: Theme.fontPx(44)
                    font.weight: Font.Bold
                }
            }
            Text {
                objectName: "pinMessage"
                width: parent.width
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.Wrap
                text: pad.message()
                textFormat: Text.PlainText
                readonly property bool calm: pad.staff.status === "enter" || pad.staff.status === "checking"
                color: calm ? Theme.textMuted : Theme.danger
                font.pixelSize: Theme.fontPx(26)
                font.weight: calm ? Font.Normal : Font.DemiBold
            }
            Flow {   // whose PIN: shown only when there is a choice
                width: parent.width
                spacing: Theme.px(12)
                visible: pad.staff.accounts.length > 1
                Repeater {
                    model: pad.staff.accounts
                    TouchButton {
                        required property string modelData
                        objectName: "pinAccount"
                        text: modelData
                        checked: modelData === pad.staff.account
                        fontSize: 26
                        enabled: pad.staff.status !== "checking"
                        onClicked: pad.staff.chooseAccount(modelData)
                    }
                }
            }
            Row {
                anchors.horizontalCenter: parent.horizontalCenter
                height: Theme.px(36)
                spacing: Theme.px(18)
                visible: pad.usable || pad.staff.status === "locked"
                Repeater {
                    model: Math.max(4, pad.staff.digitCount)
                    Rectangle {
                        required property int index
                        objectName: "pinDot"
                        readonly property bool filled: index < pad.staff.digitCount
                        anchors.verticalCenter: parent.verticalCenter
                        width: Theme.px(24)
                        height: width
                        radius: width / 2
                        color: filled ? Theme.text : "transparent"
                        border.width: Math.max(2, Theme.px(3))
                        border.color: filled ? Theme.text : Theme.border
                    }
                }
            }
            Grid {
                anchors.horizontalCenter: parent.horizontalCenter
                columns: 3
                spacing: Theme.px(18)
                enabled: pad.usable
                opacity: enabled ? 1 : 0.35
                Repeater {
                    model: ["1", "2", "3", "4", "5", "6", "7", "8", "9", "erase", "0", "ok"]
                    TouchButton {
                        required property string modelData
                        objectName: modelData === "erase" ? "pinErase" : modelData === "ok" ? "pinSubmit"
                                                                                          : "pinKey_" + modelData
                        width: pad.key
                        height: pad.key
                        radius: width / 2
                        primary: modelData === "ok"
                        fontSize: modelData === "ok" ? 30 : 40
                        text: modelData === "erase" ? "" : modelData === "ok" ? qsTr("OK") : modelData
                        Accessible.name: modelData === "erase" ? qsTr("Delete") : text
                        onClicked: modelData === "erase" ? pad.staff.erase()
                                 : modelData === "ok" ? pad.staff.submit() : pad.staff.press(modelData)
                        Icon {
                            anchors.centerIn: parent
                            visible: parent.modelData === "erase"
                            name: "erase"
                            size: pad.key * 0.42
                            color: Theme.text
                        }
                    }
                }
            }
            TouchButton {
                objectName: "pinCancel"
                anchors.horizontalCenter: parent.horizontalCenter
                width: Math.max(implicitWidth, pad.key * 3 + Theme.px(36))
                text: qsTr("Cancel")
                onClicked: pad.staff.cancel()
            }
        }
    }

    SequentialAnimation {
        id: shake
        NumberAnimation { target: shift; property: "x"; to: -Theme.px(28); duration: 50 }
        NumberAnimation { target: shift; property: "x"; to: Theme.px(24); duration: 70 }
        NumberAnimation { target: shift; property: "x"; to: -Theme.px(16); duration: 60 }
        NumberAnimation { target: shift; property: "x"; to: Theme.px(8); duration: 50 }
        NumberAnimation { target: shift; property: "x"; to: 0; duration: 40 }
    }
    Connections {
        target: pad.staff
        function onRefused() {
            if (!Theme.reducedMotion)
                shake.restart()
        }
    }
}
