// The bar at the top of every screen but the attract loop. Left, always in the same
// place: Back, Home, Search. Right: the language (named in itself) and the three
// accessibility toggles, then the clock, whose corner is also the hidden staff corner.
// Every button has a fixed slot, and which buttons show their labels depends only on the
// window's size: changing the language or the text size never moves or resizes a button,
// so a finger aimed at one never lands on another. When the window is too narrow for every
// label (portrait, small screens) the toggles, then the navigation buttons, show only icons.
import QtQuick

Rectangle {
    id: bar
    objectName: "topBar"

    required property QtObject visitor   // KioskState: language and accessibility choices
    required property QtObject navigator  // Navigator
    implicitHeight: Theme.topBarHeight
    color: Theme.chrome

    readonly property real margin: Theme.px(28)
    readonly property real gap: Theme.px(12)
    readonly property real groupGap: Theme.px(24)  // at least, between the left and right groups
    readonly property real dividerWidth: Math.max(1, Theme.px(2))
    // The clock's corner is the staff corner (StaffCorner.qml, 96 px): never a button there.
    // Wide enough for the time in larger text; it shrinks to fit rather than push the buttons.
    readonly property real clockWidth: Math.max(Theme.minTouch + 16, Theme.px(144))
    // Each label's slot, in pixels at 1920x1080: the longest label of either language fits at
    // the normal text size ("Search", "English", "High contrast"). Larger text and longer
    // translations shrink within their slot (BarButton.qml).
    readonly property real navLabel: Theme.px(100)
    readonly property real languageLabel: Theme.px(100)
    readonly property real toggleLabel: Theme.px(176)
    readonly property var navButtons: [backButton, homeButton, searchButton]
    readonly property var toggles: [largeTextToggle, contrastToggle, motionToggle]

    function widthOf(buttons, compact) {
        let total = 0
        for (const b of buttons)
            total += compact ? b.compactWidth : b.fullWidth
        return total
    }
    // Room for the buttons, and what they need with labels on the toggles and on everything:
    // all of it from the window's size, none of it from the labels.
    readonly property real room: width - margin - clockWidth - groupGap - 6 * gap - dividerWidth
    readonly property real needAll: widthOf(navButtons, false) + languageButton.fullWidth + widthOf(toggles, false)
    readonly property real needNav: widthOf(navButtons, false) + languageButton.fullWidth + widthOf(toggles, true)
    // 0: every label shown; 1: the toggles as icons; 2: every button but the language as an icon
    // (and the language without its globe). Every landscape window is level 0, a 1080 px wide
    // portrait one level 2; level 2 fits 64 px buttons on a 640 px wide screen.
    readonly property int compactLevel: needAll <= room ? 0 : (needNav <= room ? 1 : 2)

    Rectangle {
        anchors { left: parent.left; right: parent.right; bottom: parent.bottom }
        height: Theme.contrast ? Theme.borderWidth : Math.max(1, Theme.px(2))
        color: Theme.chromeLine
    }

    Row {
        id: navigation
        anchors { left: parent.left; leftMargin: bar.margin; verticalCenter: parent.verticalCenter }
        spacing: bar.gap

        BarButton {
            id: backButton
            objectName: "backButton"
            labelRoom: bar.navLabel
            icon: "back"
            text: qsTr("Back")
            compact: bar.compactLevel >= 2
            enabled: bar.navigator.screen !== "home" && bar.navigator.screen !== "attract"
            onClicked: bar.navigator.back()
        }
        BarButton {
            id: homeButton
            objectName: "homeButton"
            labelRoom: bar.navLabel
            icon: "home"
            text: qsTr("Home")
            compact: bar.compactLevel >= 2
            onClicked: bar.navigator.home()
        }
        BarButton {
            id: searchButton
            objectName: "barSearchButton"
            labelRoom: bar.navLabel
            icon: "search"
            text: qsTr("Search")
            compact: bar.compactLevel >= 2
            checked: bar.navigator.screen === "search"
            onClicked: bar.navigator.go("search/")
        }
    }

    Row {
        id: preferences
        anchors { right: clock.left; verticalCenter: parent.verticalCenter }
        spacing: bar.gap

        BarButton {
            id: languageButton
            objectName: "languageButton"
            labelRoom: bar.languageLabel
            icon: "globe"
            compact: bar.compactLevel >= 2
            keepLabel: true
            // Each language is named in itself, so this is never translated.
            text: bar.visitor.language === "zh" ? "English" : "中文"
            onClicked: bar.visitor.toggleLanguage()
        }
        Rectangle {
            anchors.verticalCenter: parent.verticalCenter
            width: bar.dividerWidth
            height: Theme.barButtonHeight * 0.6
            color: Theme.chromeLine
        }
        BarButton {
            id: largeTextToggle
            objectName: "largeTextToggle"
            labelRoom: bar.toggleLabel
            icon: "textSize"
            text: qsTr("Larger text")
            compact: bar.compactLevel >= 1
            checkable: true
            checked: bar.visitor.largeText
            onClicked: bar.visitor.toggleLargeText()
        }
        BarButton {
            id: contrastToggle
            objectName: "contrastToggle"
            labelRoom: bar.toggleLabel
            icon: "contrast"
            text: qsTr("High contrast")
            compact: bar.compactLevel >= 1
            checkable: true
            checked: bar.visitor.highContrast
            onClicked: bar.visitor.toggleHighContrast()
        }
        BarButton {
            id: motionToggle
            objectName: "motionToggle"
            labelRoom: bar.toggleLabel
            icon: "motion"
            text: qsTr("Less motion")
            compact: bar.compactLevel >= 1
            checkable: true
            checked: bar.visitor.reducedMotion
            onClicked: bar.visitor.toggleReducedMotion()
        }
    }

    Text {
        id: clock
        objectName: "clock"
        anchors { right: parent.right; top: parent.top; bottom: parent.bottom }
        width: bar.clockWidth
        rightPadding: Theme.px(4)
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        textFormat: Text.PlainText
        fontSizeMode: Text.HorizontalFit
        minimumPixelSize: Math.max(8, Theme.px(20))
        color: Theme.textMuted
        font.pixelSize: Theme.fontPx(30)
        font.weight: Font.DemiBold
        font.features: { "tnum": 1 }
        text: Qt.formatTime(clockTimer.now, "HH:mm")

        Timer {
            id: clockTimer
            property date now: new Date()
            interval: 5000
            running: bar.visible
            repeat: true
            onTriggered: now = new Date()
        }
    }
}
