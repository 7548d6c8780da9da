// The search screen's on-screen keyboard: Qt's InputPanel in Qt's own style, with two things
// changed for a touch screen at a booth:
// - the row of word candidates (pinyin's 知识, 只是, 指示, ...) is a finger tall, each entry at
//   least a finger wide, in the kiosk's type: the style makes it about 30 px at this width;
// - the pinyin layout puts its syllable-break key (') where other layouts have Shift, and the
//   style draws a disabled key's label at 5 % opacity: until pinyin is typed, an empty key.
//   Here it reads "'" and what it does, dimmed while it does nothing.
import QtQuick
import QtQuick.VirtualKeyboard
import QtQuick.VirtualKeyboard.Styles
import Kiosk

InputPanel {
    id: panel

    readonly property var style: panel.keyboard.style
    readonly property Item layout: panel.keyboard.keyboardLayoutLoader.item

    Binding {
        target: panel.style
        when: panel.style !== null
        property: "selectionListHeight"
        value: Theme.touch(76)
    }
    Binding {
        target: panel.style
        when: panel.style !== null
        property: "selectionListDelegate"
        value: candidate
    }

    // Each layout is made anew when the language changes: the pinyin one is restyled each time.
    onLayoutChanged: restyle(layout)
    Component.onCompleted: {
        restyle(layout)
        makeNothingAhead(panel)
    }

    // The candidates change with every key; a candidate still being made ahead of need when they do
    // is cancelled with a warning (as in the search results): make only the ones on screen.
    function makeNothingAhead(item) {
        if (item.objectName === "wordCandidateView") {
            item.cacheBuffer = 0
            return true
        }
        for (let i = 0; i < item.children.length; ++i)
            if (makeNothingAhead(item.children[i]))
                return true
        return false
    }

    function restyle(item) {
        if (!item)
            return
        if (item.key === Qt.Key_Apostrophe && item.text === "'" && item.keyPanelDelegate !== undefined) {
            item.objectName = "syllableBreakKey"
            item.keyPanelDelegate = syllableBreak
        }
        for (let i = 0; i < item.children.length; ++i)
            restyle(item.children[i])
    }

    Component {
        id: candidate
        SelectionListItem {
            id: entry
            objectName: "wordCandidate"
            width: Math.max(Theme.minTouch, label.implicitWidth + 2 * Theme.px(26))

            Text {
                id: label
                anchors.centerIn: parent
                text: display   // the candidate, from the keyboard's model
                textFormat: Text.PlainText
                color: panel.style ? panel.style.selectionListTextColor : "#FFFFFF"
                opacity: entry.ListView.isCurrentItem ? 1 : 0.85
                font.pixelSize: Theme.fontPx(34)
            }
            Rectangle {   // between two candidates
                anchors { right: parent.left; verticalCenter: parent.verticalCenter }
                width: Theme.px(2)
                height: parent.height * 0.45
                radius: width / 2
                color: panel.style ? panel.style.selectionListSeparatorColor : "#4F5B62"
            }
        }
    }

    Component {
        id: syllableBreak
        KeyPanel {
            id: key
            readonly property bool live: key.control !== null && key.control.enabled

            Rectangle {
                anchors.fill: parent
                anchors.margins: panel.style ? panel.style.keyBackgroundMargin : Theme.px(4)
                radius: Theme.px(5)
                color: panel.style ? panel.style.normalKeyBackgroundColor : "#000A12"
                opacity: key.control !== null && key.control.pressed ? 0.75 : 1

                Column {
                    objectName: "syllableBreakLabel"
                    anchors.centerIn: parent
                    opacity: key.live ? 1 : 0.45
                    spacing: Theme.px(2)

                    Text {
                        anchors.horizontalCenter: parent.horizontalCenter
                        text: "'"
                        textFormat: Text.PlainText
                        color: panel.style ? panel.style.keyTextColor : "#FFFFFF"
                        font.pixelSize: Theme.fontPx(44)
                        font.weight: Font.Bold
                    }
                    Text {
                        anchors.horizontalCenter: parent.horizontalCenter
                        text: qsTr("Syllable break")
                        textFormat: Text.PlainText
                        color: panel.style ? panel.style.keyTextColor : "#FFFFFF"
                        font.pixelSize: Theme.fontPx(18)
                    }
                }
            }
        }
    }
}
