// Staff mode's first page: who is in, a large tile for each staff task, and the ways out:
// "Leave staff mode" (back to the visitors' attract loop) and, on a booth (a PIN let staff
// in), "Close the kiosk", asked once more before it quits. With a keyboard: Tab goes
// through the tiles and buttons, Enter opens one, Escape leaves staff mode.
import QtQuick
import Kiosk

FocusScope {
    id: root
    objectName: "staffHome"
    property string param: ""

    readonly property real margin: Theme.px(48)
    readonly property real gap: Theme.px(24)
    readonly property var tasks: [
        { page: "exhibits", icon: "grid", title: qsTr("Exhibits"),
          detail: qsTr("Add, edit and check the exhibits") },
        { page: "arrange", icon: "arrange", title: qsTr("Arrange"),
          detail: qsTr("What is featured, and the order visitors see") },
        { page: "publish", icon: "publish", title: qsTr("Publish"),
          detail: qsTr("Check the changes and publish them") },
        { page: "history", icon: "history", title: qsTr("History"),
          detail: qsTr("What was published and changed, and by whom") },
        { page: "settings", icon: "settings", title: qsTr("Booth settings"),
          detail: qsTr("This booth's name, languages and idle times") }
    ]

    function roleName(role) {
        return role === "consultant" ? qsTr("Consultant") : qsTr("Staff")
    }

    Component.onCompleted: root.forceActiveFocus()  // so Tab and Escape reach this page at once

    Shortcut {
        sequence: "Escape"
        onActivated: confirm.visible ? confirm.visible = false : staffSession.end()
    }

    Column {
        id: head
        anchors { left: parent.left; right: parent.right; top: parent.top; margins: root.margin }
        spacing: Theme.px(8)

        Text {
            objectName: "staffWelcome"
            width: parent.width
            elide: Text.ElideRight
            text: qsTr("Staff mode")
            textFormat: Text.PlainText
            color: Theme.text
            font.pixelSize: Theme.fontPx(48)
            font.weight: Font.Bold
        }
        Text {
            objectName: "staffWho"
            width: parent.width
            elide: Text.ElideRight
            text: qsTr("Signed in: %1 (%2)").arg(staffSession.account).arg(root.roleName(staffSession.role))
            textFormat: Text.PlainText
            color: Theme.textMuted
            font.pixelSize: Theme.fontPx(28)
        }
    }

    Grid {
        id: tiles
        anchors { left: parent.left; right: parent.right; top: head.bottom; margins: root.margin }
        columns: width >= Theme.px(1400) ? 3 : 2  // landscape: 3 a row; portrait: 2
        spacing: root.gap
        readonly property real tileWidth: (width - spacing * (columns - 1)) / columns
        // Tall enough for the text, never below a finger's size, and room left for the buttons below.
        readonly property real tileHeight: Math.max(Theme.touch(120), Math.min(Theme.px(220),
            (root.height - head.height - actions.height - root.margin * 4 - spacing) / 2))

        Repeater {
            model: root.tasks
            Tile {}
        }
    }

    Row {
        id: actions
        anchors { left: parent.left; bottom: parent.bottom; margins: root.margin }
        spacing: root.gap

        TouchButton {
            objectName: "staffLeave"
            activeFocusOnTab: true
            primary: true
            implicitHeight: Theme.touch(88)
            width: Math.max(implicitWidth, Theme.px(360))
            text: qsTr("Leave staff mode")
            onClicked: staffSession.end()
        }
        TouchButton {
            objectName: "staffCloseKiosk"
            visible: staffSession.withPin  // on a booth; `kiosk curate` ends with Leave staff mode
            activeFocusOnTab: true
            implicitHeight: Theme.touch(88)
            width: Math.max(implicitWidth, Theme.px(320))
            border.color: Theme.danger
            text: qsTr("Close the kiosk")
            onClicked: confirm.visible = true
        }
    }

    component Tile: Rectangle {
        id: tile
        required property var modelData
        objectName: "staffTile_" + modelData.page
        width: tiles.tileWidth
        height: tiles.tileHeight
        radius: Theme.radiusLarge
        activeFocusOnTab: true
        color: tap.pressed ? Theme.pressed : Theme.surface
        border.color: activeFocus ? Theme.accent : Theme.border
        border.width: activeFocus ? Math.max(3, Theme.px(4)) : Theme.borderWidth
        scale: tap.pressed && !Theme.reducedMotion ? 0.98 : 1

        function open() { nav.go("staff/" + modelData.page) }
        Keys.onReturnPressed: open()
        Keys.onEnterPressed: open()
        Keys.onSpacePressed: open()
        Accessible.role: Accessible.Button
        Accessible.name: modelData.title
        Accessible.onPressAction: open()

        Icon {
            id: tileIcon
            anchors { left: parent.left; leftMargin: Theme.px(32); verticalCenter: parent.verticalCenter }
            name: tile.modelData.icon
            size: Math.min(Theme.px(64), tile.height * 0.4)
            color: tap.pressed ? Theme.accentText : Theme.accent
        }
        Column {
            anchors {
                left: tileIcon.right; leftMargin: Theme.px(24); right: parent.right; rightMargin: Theme.px(24)
                verticalCenter: parent.verticalCenter
            }
            spacing: Theme.px(6)
            Text {
                width: parent.width
                elide: Text.ElideRight
                text: tile.modelData.title
                textFormat: Text.PlainText
                color: tap.pressed ? Theme.accentText : Theme.text
                font.pixelSize: Theme.fontPx(36)
                font.weight: Font.Bold
            }
            Text {
                width: parent.width
                wrapMode: Text.Wrap
                maximumLineCount: 2
                elide: Text.ElideRight
                text: tile.modelData.detail
                textFormat: Text.PlainText
                color: tap.pressed ? Theme.accentText : Theme.textMuted
                font.pixelSize: Theme.fontPx(24)
            }
        }
        TapHandler {
            id: tap
            gesturePolicy: TapHandler.ReleaseWithinBounds
            onTapped: tile.open()
        }
    }

    // "Close the kiosk?": asked once more, since the booth then shows no kiosk until it is started again.
    Item {
        id: confirm
        objectName: "staffCloseConfirm"
        anchors.fill: parent
        visible: false
        onVisibleChanged: if (visible) cancelButton.forceActiveFocus(); else root.forceActiveFocus()

        MouseArea { anchors.fill: parent; onClicked: confirm.visible = false }
        Rectangle { anchors.fill: parent; color: Theme.scrim }
        Rectangle {
            anchors.centerIn: parent
            width: Math.min(parent.width - Theme.px(64), Theme.px(820))
            height: dialog.implicitHeight + Theme.px(96)
            radius: Theme.radiusLarge
            color: Theme.surface
            border.width: Theme.contrast ? Theme.borderWidth : 0
            border.color: Theme.border
            MouseArea { anchors.fill: parent }  // a tap on the card is not a tap beside it

            Column {
                id: dialog
                anchors { top: parent.top; topMargin: Theme.px(48); horizontalCenter: parent.horizontalCenter }
                width: parent.width - Theme.px(96)
                spacing: Theme.px(24)
                Text {
                    width: parent.width
                    wrapMode: Text.Wrap
                    text: qsTr("Close the kiosk?")
                    textFormat: Text.PlainText
                    color: Theme.text
                    font.pixelSize: Theme.fontPx(44)
                    font.weight: Font.Bold
                }
                Text {
                    width: parent.width
                    wrapMode: Text.Wrap
                    text: qsTr("The kiosk quits and the screen shows the computer's desktop until the kiosk is started again.")
                    textFormat: Text.PlainText
                    color: Theme.textMuted
                    font.pixelSize: Theme.fontPx(28)
                }
                Row {
                    spacing: root.gap
                    TouchButton {
                        id: cancelButton
                        objectName: "staffCloseCancel"
                        activeFocusOnTab: true
                        implicitHeight: Theme.touch(88)
                        width: Math.max(implicitWidth, Theme.px(240))
                        text: qsTr("Cancel")
                        onClicked: confirm.visible = false
                    }
                    TouchButton {
                        objectName: "staffCloseConfirmed"
                        activeFocusOnTab: true
                        implicitHeight: Theme.touch(88)
                        width: Math.max(implicitWidth, Theme.px(320))
                        primary: true  // its label in the colour on an accent
                        color: Theme.danger
                        border.color: Theme.danger
                        text: qsTr("Close the kiosk")
                        onClicked: staffSession.closeKiosk()
                    }
                }
            }
        }
    }
}
