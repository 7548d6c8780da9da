// The bar at the top of every screen but the attract loop. Left, always in the same
// place: Back, Home, Search. Right: the language (named in itself) and the three
// accessibility toggles, then the clock, whose corner is also the hidden staff corner.
// Every button has a fixed slot, and which buttons show their labels depends only on the
// window's size: changing the language or the text size never moves or resizes a button,
// so a finger aimed at one never lands on another. When the window is too narrow for every
// label (portrait, small screens) the toggles, then the navigation buttons, show only icons.
// With one language offered (setting ui.languages) there is no language button.
// In staff mode (`staff`: StaffSession, active) the bar is staff's: Back and Home (staff
// home), who is in ("Staff: <name>"), the language, and "Leave staff mode" in place of Search
// and the visitor's accessibility toggles; a narrow window shows Back and Home as icons.
import QtQuick

Rectangle {
    id: bar
    objectName: "topBar"

    required property QtObject visitor   // KioskState: language and accessibility choices
    required property QtObject navigator  // Navigator
    property QtObject staff: null  // StaffSession, when the window has staff mode
    readonly property bool staffMode: staff !== null && staff.active
    readonly property bool languageOffered: visitor.languages.length > 1
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
    readonly property real leaveLabel: Theme.px(220)  // "Leave staff mode"
    readonly property real staffNameRoom: Theme.px(240)  // at least, for "Staff: <name>"
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
    readonly property real languageWidth: languageOffered ? languageButton.fullWidth : 0
    readonly property real needAll: widthOf(navButtons, false) + languageWidth + widthOf(toggles, false)
    readonly property real needNav: widthOf(navButtons, false) + languageWidth + widthOf(toggles, true)
    // 0: every label shown; 1: the toggles as icons; 2: every button but the language as an icon
    // (and the language without its globe). Every landscape window is level 0, a 1080 px wide
    // portrait one level 2; level 2 fits 64 px buttons on a 640 px wide screen.
    readonly property int compactLevel: needAll <= room ? 0 : (needNav <= room ? 1 : 2)
    // Staff mode: Back and Home as icons when they and the rest do not fit with labels.
    readonly property bool staffCompact: backButton.fullWidth + homeButton.fullWidth + languageWidth
                                         + leaveStaffButton.fullWidth + staffNameRoom > room
    readonly property bool navCompact: staffMode ? staffCompact : compactLevel >= 2

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
            compact: bar.navCompact
            enabled: bar.staffMode ? bar.navigator.route !== "staff/home"
                                   : bar.navigator.screen !== "home" && bar.navigator.screen !== "attract"
            // Staff never step back out of staff mode: with nothing behind them, Back is staff home.
            onClicked: bar.staffMode && !bar.navigator.canGoBack ? bar.navigator.go("staff/home")
                                                                 : bar.navigator.back()
        }
        BarButton {
            id: homeButton
            objectName: "homeButton"
            labelRoom: bar.navLabel
            icon: "home"
            text: qsTr("Home")
            compact: bar.navCompact
            checked: bar.staffMode && bar.navigator.route === "staff/home"
            onClicked: bar.staffMode ? bar.navigator.go("staff/home") : bar.navigator.home()
        }
        BarButton {
            id: searchButton
            objectName: "barSearchButton"
            labelRoom: bar.navLabel
            icon: "search"
            text: qsTr("Search")
            visible: !bar.staffMode
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
            visible: bar.languageOffered
            compact: bar.navCompact
            keepLabel: true
            // Each language is named in itself, so this is never translated.
            text: bar.visitor.language === "zh" ? "English" : "中文"
            onClicked: bar.visitor.toggleLanguage()
        }
        Rectangle {
            anchors.verticalCenter: parent.verticalCenter
            visible: bar.languageOffered
            width: bar.dividerWidth
            height: Theme.barButtonHeight * 0.6
            color: Theme.chromeLine
        }
        BarButton {
            id: largeTextToggle
            objectName: "largeTextToggle"
            visible: !bar.staffMode
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
            visible: !bar.staffMode
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
            visible: !bar.staffMode
            labelRoom: bar.toggleLabel
            icon: "motion"
            text: qsTr("Less motion")
            compact: bar.compactLevel >= 1
            checkable: true
            checked: bar.visitor.reducedMotion
            onClicked: bar.visitor.toggleReducedMotion()
        }
        BarButton {
            id: leaveStaffButton
            objectName: "leaveStaffButton"
            visible: bar.staffMode
            labelRoom: bar.leaveLabel
            icon: "leave"
            text: qsTr("Leave staff mode")
            onClicked: bar.staff.end()
        }
    }

    // Who is in, between the two groups: as wide as there is room for, cut short before a button.
    Text {
        id: staffName
        objectName: "topBarStaffName"
        visible: bar.staffMode
        anchors {
            left: navigation.right; leftMargin: bar.groupGap
            right: preferences.left; rightMargin: bar.groupGap
            verticalCenter: parent.verticalCenter
        }
        horizontalAlignment: Text.AlignRight
        elide: Text.ElideRight
        textFormat: Text.PlainText
        text: bar.staff !== null ? qsTr("Staff: %1").arg(bar.staff.account) : ""
        color: Theme.text
        font.pixelSize: Theme.fontPx(26)
        font.weight: Font.DemiBold
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
