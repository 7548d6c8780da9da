// The kiosk's window: the current screen (named by nav.screen, loaded from screens/),
// the top bar that every screen but the attract loop shares, and the overlays.
// Context properties (kiosk/ui/app.py): kiosk (KioskState), nav (Navigator), and the
// screens' controllers. Every Text that shows content is plain text.
import QtQuick
import Kiosk

Window {
    id: root
    objectName: "mainWindow"
    width: 1920
    height: 1080
    visible: false
    color: Theme.background
    title: qsTr("IP and Healthy China")

    // Designed for 1920x1080 landscape; portrait screens scale to their width.
    readonly property real unit: width >= height ? Math.min(width / 1920, height / 1080)
                                                 : Math.min(width / 1080, height / 1920)
    onUnitChanged: Theme.unit = Math.max(0.5, unit)
    Component.onCompleted: Theme.unit = Math.max(0.5, unit)

    function screenFile(screen) {
        return "screens/" + screen.charAt(0).toUpperCase() + screen.slice(1) + "Screen.qml"
    }

    Item {
        id: topBar
        objectName: "topBar"
        visible: nav.screen !== "attract"
        anchors { left: parent.left; right: parent.right; top: parent.top }
        height: visible ? Theme.touch(112) : 0

        Rectangle { anchors.fill: parent; color: Theme.accent }

        Row {
            anchors { left: parent.left; leftMargin: Theme.px(24); verticalCenter: parent.verticalCenter }
            spacing: Theme.px(16)
            TouchButton {
                objectName: "backButton"
                text: qsTr("‹ Back")
                enabled: nav.screen !== "home"
                opacity: enabled ? 1 : 0.4
                onClicked: nav.back()
            }
            TouchButton {
                objectName: "homeButton"
                text: qsTr("Home")
                onClicked: nav.home()
            }
        }

        Row {
            anchors { right: parent.right; rightMargin: Theme.px(24); verticalCenter: parent.verticalCenter }
            spacing: Theme.px(16)
            TouchButton {
                objectName: "languageButton"
                text: kiosk.language === "zh" ? "English" : "中文"
                onClicked: kiosk.toggleLanguage()
            }
        }
    }

    Loader {
        id: screen
        objectName: "screenLoader"
        anchors { left: parent.left; right: parent.right; top: topBar.bottom; bottom: parent.bottom }
        source: root.screenFile(nav.screen)
    }
}
