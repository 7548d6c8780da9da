// Staff: the draft's exhibits, searched as visitors search, filtered by kind and flag; a tap opens the editor.
import QtQuick
import QtQuick.Controls.Basic
import Kiosk

Item {
    id: root
    objectName: "staffExhibits"
    property string param: ""

    Component.onCompleted: staffExhibits.refresh()

    Column {
        id: head
        anchors { left: parent.left; right: parent.right; top: parent.top; margins: Theme.px(24) }
        spacing: Theme.px(12)

        Row {
            spacing: Theme.px(12)
            TextField {
                id: search
                objectName: "staffSearch"
                width: Theme.px(640); height: Theme.touch(64)
                font.pixelSize: Theme.fontPx(26)
                placeholderText: qsTr("Search exhibits")
                onTextChanged: staffExhibits.setQuery(text)
            }
            TouchButton {
                objectName: "staffNewExhibit"
                text: qsTr("New exhibit")
                primary: true
                onClicked: kindChooser.visible = !kindChooser.visible
            }
            TouchButton { text: qsTr("Arrange"); onClicked: nav.go("staff/arrange") }
        }
        Row {
            id: kindChooser
            visible: false
            spacing: Theme.px(8)
            Repeater {
                model: staffExhibits.kinds
                TouchButton {
                    objectName: "staffNewKind"
                    text: root.kindName(modelData)
                    onClicked: {
                        var made = staffExhibits.create(modelData)
                        if (made) nav.go("staff/edit/" + made)
                    }
                }
            }
        }
        Flow {
            width: parent.width
            spacing: Theme.px(8)
            Repeater {
                model: staffExhibits.kinds
                TouchButton {
                    objectName: "staffKindChip"
                    text: root.kindName(modelData)
                    checked: staffExhibits.kind === modelData
                    fontSize: 22
                    onClicked: staffExhibits.setKind(modelData)
                }
            }
            Repeater {
                model: staffExhibits.flags
                TouchButton {
                    objectName: "staffFlagChip"
                    text: root.flagName(modelData)
                    checked: staffExhibits.flag === modelData
                    fontSize: 22
                    onClicked: staffExhibits.setFlag(modelData)
                }
            }
        }
    }

    function kindName(kind) {
        var names = { patent: qsTr("Patent"), trademark: qsTr("Trademark"), gi: qsTr("Geographical indication"),
                      story: qsTr("Health IP story"), guide: qsTr("Guide"), event: qsTr("Event") }
        return names[kind] || kind
    }
    function flagName(flag) {
        var names = { hidden: qsTr("Hidden"), featured: qsTr("Featured"), scheduled: qsTr("Scheduled"),
                      missing: qsTr("Missing translation") }
        return names[flag] || flag
    }

    ListView {
        id: list
        objectName: "staffExhibitList"
        anchors { left: parent.left; right: parent.right; top: head.bottom; bottom: parent.bottom; margins: Theme.px(24) }
        clip: true
        spacing: Theme.px(8)
        model: staffExhibits.model
        delegate: StaffExhibitRow {
            width: list.width
            onOpened: nav.go("staff/edit/" + exhibitId)
        }
    }
}
