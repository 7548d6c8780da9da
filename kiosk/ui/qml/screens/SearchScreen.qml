// The search screen (route "search/<query>"): a search field with the on-screen keyboard
// (Simplified Chinese pinyin and English; its language follows the visitor's), results that
// update as the visitor types, and suggestions when nothing is found or nothing typed yet.
// Context: searcher (kiosk/ui/reading.py), nav, kiosk. Every Text showing content is plain text.
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.VirtualKeyboard
import QtQuick.VirtualKeyboard.Settings
import Kiosk

Item {
    id: root
    objectName: "searchScreen"

    readonly property int margin: Theme.px(48)
    readonly property real contentWidth: Math.min(width - 2 * margin, Theme.px(1600))
    // While the visitor types, the last results stay on screen until the new ones arrive.
    property string shownStatus: searcher.status === "typing" ? "results" : searcher.status
    readonly property real keyboardTop: keyboard.active ? height - keyboard.height : height

    // What the field last sent to the searcher: with pinyin being composed it differs from displayText.
    property string sentQuery: ""

    function setField(query) {
        if (root.sentQuery !== query) {
            Qt.inputMethod.reset()
            field.text = query
        }
    }

    Component.onCompleted: {
        setField(searcher.query)
        field.forceActiveFocus()
        Qt.inputMethod.show()
    }

    Connections {
        target: searcher
        function onQueryChanged() { root.setField(searcher.query) }
        function onResultsChanged() {
            if (searcher.status !== "typing")
                root.shownStatus = searcher.status
        }
    }

    // The keyboard speaks the visitor's language; the other one is a key press away.
    Binding {
        target: VirtualKeyboardSettings
        property: "activeLocales"
        value: ["zh_CN", "en_US"]
    }
    Binding {
        target: VirtualKeyboardSettings
        property: "locale"
        value: kiosk.language === "zh" ? "zh_CN" : "en_US"
    }

    Column {
        id: header
        x: (root.width - root.contentWidth) / 2
        y: root.margin * 0.75
        width: root.contentWidth
        spacing: Theme.px(18)

        Rectangle {
            id: searchBox
            objectName: "searchBox"
            width: parent.width
            height: Theme.touch(100)
            radius: height / 2
            color: Theme.surface
            border.color: field.activeFocus ? Theme.accent : Theme.border
            border.width: field.activeFocus ? Math.max(2, Theme.borderWidth) : Theme.borderWidth

            Icon {
                id: glass
                name: "search"
                size: Theme.px(40)
                color: Theme.textMuted
                anchors { left: parent.left; leftMargin: Theme.px(36); verticalCenter: parent.verticalCenter }
            }

            TextField {
                id: field
                objectName: "searchField"
                anchors {
                    left: glass.right; leftMargin: Theme.px(20); right: clearButton.left; rightMargin: Theme.px(12)
                    verticalCenter: parent.verticalCenter
                }
                background: null
                color: Theme.text
                placeholderText: qsTr("Search by words, pinyin or numbers")
                placeholderTextColor: Theme.textMuted
                font.pixelSize: Theme.fontPx(38)
                // Sensitive data: the pinyin engine learns nothing from one visitor to offer the next.
                inputMethodHints: Qt.ImhNoAutoUppercase | Qt.ImhNoPredictiveText | Qt.ImhSensitiveData
                // displayText includes pinyin still being typed, so results follow every key; the
                // searcher reads the pre-edit without the spaces the keyboard puts in it ("z s c q").
                onDisplayTextChanged: send()
                onPreeditTextChanged: send()
                function send() {
                    root.sentQuery = searcher.compose(text, preeditText, cursorPosition)
                    searcher.query = root.sentQuery
                }
                onAccepted: Qt.inputMethod.hide()
            }

            TouchButton {
                id: clearButton
                objectName: "clearButton"
                anchors { right: parent.right; rightMargin: Theme.px(14); verticalCenter: parent.verticalCenter }
                visible: field.displayText !== ""
                width: height
                implicitHeight: Theme.touch(76)
                radius: height / 2
                Accessible.name: qsTr("Clear")
                onClicked: {
                    Qt.inputMethod.reset()
                    searcher.clear()
                    field.forceActiveFocus()
                    Qt.inputMethod.show()
                }
                Icon {
                    anchors.centerIn: parent
                    name: "close"
                    size: Theme.px(34)
                    color: Theme.text
                }
            }
        }

        Text {
            id: status
            objectName: "searchStatus"
            width: parent.width
            leftPadding: Theme.px(12)
            text: root.shownStatus === "results"
                  ? (searcher.resultCount === 1 ? qsTr("1 result") : qsTr("%1 results").arg(searcher.resultCount))
                  : root.shownStatus === "empty" ? qsTr("No results for “%1”").arg(searcher.query.trim())
                  : qsTr("Type a word, a name or a number, in Chinese, pinyin or English.")
            textFormat: Text.PlainText
            elide: Text.ElideRight
            color: root.shownStatus === "empty" ? Theme.text : Theme.textMuted
            font.pixelSize: Theme.fontPx(root.shownStatus === "empty" ? 32 : 24)
            font.weight: root.shownStatus === "empty" ? Font.Bold : Font.Normal
        }
    }

    GridView {
        id: results
        objectName: "resultList"
        visible: root.shownStatus === "results"
        x: header.x - Theme.px(8)
        y: header.y + header.height + Theme.px(12)
        width: header.width + Theme.px(16)
        height: Math.max(0, root.keyboardTop - y - Theme.px(8))
        clip: true
        model: searcher.results
        boundsBehavior: Flickable.StopAtBounds
        // No rows made ahead in the background: the results change with every key, and a row
        // still being made when they do is cancelled with a warning. Rows are light enough.
        cacheBuffer: 0
        readonly property int columns: width >= Theme.px(1100) ? 2 : 1
        cellWidth: Math.floor(width / columns)
        cellHeight: Theme.px(132) + Theme.fontPx(36)
        // Scrolling the results means reading them: make room by putting the keyboard away.
        onMovementStarted: Qt.inputMethod.hide()

        delegate: ResultRow {
            width: results.cellWidth
            height: results.cellHeight
        }
    }

    Flickable {
        id: suggestionView
        objectName: "suggestionView"
        visible: root.shownStatus !== "results" && searcher.groups.length > 0
        x: header.x
        y: header.y + header.height + Theme.px(20)
        width: header.width
        height: Math.max(0, root.keyboardTop - y - Theme.px(8))
        clip: true
        contentHeight: suggestions.height + Theme.px(24)
        boundsBehavior: Flickable.StopAtBounds
        onMovementStarted: Qt.inputMethod.hide()

        SuggestionList {
            id: suggestions
            width: parent.width
            model: searcher.suggestions
            groups: searcher.groups
            onChosen: (route) => searcher.open(route)
        }
    }

    SearchKeyboard {   // Qt's InputPanel, sized for touch (SearchKeyboard.qml)
        id: keyboard
        objectName: "searchKeyboard"
        z: 10
        // Its height follows its width: in landscape it stays narrow enough to leave room for results.
        width: root.width > root.height ? Math.min(root.width, Theme.px(1320)) : root.width
        x: (root.width - width) / 2
        y: root.height - height
        // It slides in and out; the results make room for it at once, so nothing moves under a finger.
        visible: active || slide.y < height
        transform: Translate {
            id: slide
            y: keyboard.active ? 0 : keyboard.height
            Behavior on y { NumberAnimation { duration: Theme.duration; easing.type: Easing.OutCubic } }
        }
        // No key clicks: a booth is noisy enough, and sounds would load the multimedia stack.
        // The keys register their sounds as they are made, which a disabled panel refuses.
        enabled: false
        Component.onCompleted: {
            keyboard.keyboard.soundEffect.enabled = false
            enabled = true
        }

    }
}
