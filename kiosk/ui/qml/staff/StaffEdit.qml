// Staff: one exhibit's fields (Chinese and English side by side), flags, images, undo, preview, delete.
import QtQuick
import QtQuick.Controls.Basic
import Kiosk

FocusScope {
    id: root
    objectName: "staffEdit"
    property string param: ""
    focus: true
    onParamChanged: staffEditor.exhibitId = param
    Component.onCompleted: staffEditor.exhibitId = param

    function commitFocused() {
        var item = root.Window.activeFocusItem
        if (item && item.hasOwnProperty("text")) item.editingFinished && item.editingFinished()
        root.forceActiveFocus()
    }

    Shortcut { sequences: [StandardKey.Undo]; onActivated: curation.undo() }
    Shortcut { sequences: [StandardKey.Save]; onActivated: root.commitFocused() }
    Shortcut { sequence: "Escape"; onActivated: nav.back() }

    Row {
        id: bar
        anchors { left: parent.left; right: parent.right; top: parent.top; margins: Theme.px(16) }
        spacing: Theme.px(12)
        Text {
            width: parent.width - tools.width - parent.spacing
            anchors.verticalCenter: parent.verticalCenter
            elide: Text.ElideRight
            text: staffEditor.title || staffEditor.exhibitId
            textFormat: Text.PlainText
            color: Theme.text; font.pixelSize: Theme.fontPx(30); font.weight: Font.Bold
        }
        Row {
            id: tools
            spacing: Theme.px(8)
            TouchButton { objectName: "staffUndo"; text: qsTr("Undo"); enabled: curation.canUndo; onClicked: curation.undo() }
            TouchButton { objectName: "staffPreview"; text: qsTr("Preview"); onClicked: nav.go("staff/preview/" + staffEditor.exhibitId) }
            TouchButton { objectName: "staffDelete"; text: qsTr("Delete"); onClicked: confirm.visible = true }
        }
    }

    Flickable {
        id: page
        anchors { left: parent.left; right: parent.right; top: bar.bottom; bottom: parent.bottom; margins: Theme.px(16) }
        contentHeight: body.height
        clip: true

        Column {
            id: body
            width: page.width
            spacing: Theme.px(16)

            Flow {
                width: parent.width
                spacing: Theme.px(24)
                CheckBox {
                    objectName: "staffPublished"; text: qsTr("Show to visitors"); font.pixelSize: Theme.fontPx(22)
                    height: Theme.touch(64); checked: staffEditor.published
                    onToggled: staffEditor.setFlag("published", checked)
                }
                CheckBox {
                    objectName: "staffFeatured"; text: qsTr("Featured"); font.pixelSize: Theme.fontPx(22)
                    height: Theme.touch(64); checked: staffEditor.featured
                    onToggled: staffEditor.setFlag("featured", checked)
                }
                CheckBox {
                    objectName: "staffSingleLanguage"; text: qsTr("Single language"); font.pixelSize: Theme.fontPx(22)
                    height: Theme.touch(64); checked: staffEditor.singleLanguage
                    onToggled: staffEditor.setFlag("single_language", checked)
                }
            }

            Repeater {
                model: staffEditor.fields
                delegate: Column {
                    id: fieldRow
                    required property string name
                    required property string label
                    required property bool localized
                    required property bool multiline
                    required property string zhText
                    required property string enText
                    required property string zhMessage
                    required property string enMessage
                    required property bool zhMissing
                    required property bool enMissing
                    width: body.width
                    spacing: Theme.px(4)
                    Text {
                        text: fieldRow.label
                        textFormat: Text.PlainText
                        color: Theme.textMuted; font.pixelSize: Theme.fontPx(20)
                    }
                    Row {
                        spacing: Theme.px(16)
                        StaffEditField {
                            id: zhCell
                            width: fieldRow.localized ? (body.width - Theme.px(16)) / 2 : body.width
                            name: fieldRow.name; lang: fieldRow.localized ? "zh" : ""
                            shown: fieldRow.zhText; message: fieldRow.zhMessage
                            missing: fieldRow.zhMissing; multiline: fieldRow.multiline
                        }
                        StaffEditField {
                            visible: fieldRow.localized
                            width: (body.width - Theme.px(16)) / 2
                            name: fieldRow.name; lang: "en"
                            shown: fieldRow.enText; message: fieldRow.enMessage
                            missing: fieldRow.enMissing; multiline: fieldRow.multiline
                        }
                    }
                }
            }

            Text {
                text: qsTr("Images"); textFormat: Text.PlainText
                color: Theme.textMuted; font.pixelSize: Theme.fontPx(20)
            }
            ListView {
                id: strip
                objectName: "staffImages"
                width: body.width; height: Theme.px(200)
                orientation: ListView.Horizontal
                spacing: Theme.px(12)
                model: staffEditor.images
                delegate: Column {
                    id: imageCell
                    required property string thumb
                    required property int index
                    spacing: Theme.px(4)
                    Image {
                        width: Theme.px(180); height: Theme.px(120)
                        fillMode: Image.PreserveAspectCrop; asynchronous: true
                        source: imageCell.thumb ? "file://" + curation.folder + "/" + imageCell.thumb : ""
                    }
                    Row {
                        spacing: Theme.px(2)
                        TouchButton { text: "◀"; fontSize: 18; enabled: imageCell.index > 0; onClicked: staffEditor.moveImage(imageCell.index, -1) }
                        TouchButton { text: "▶"; fontSize: 18; enabled: imageCell.index < strip.count - 1; onClicked: staffEditor.moveImage(imageCell.index, 1) }
                        TouchButton { text: "✕"; fontSize: 18; onClicked: staffEditor.removeImage(imageCell.index) }
                    }
                }
            }
        }
    }

    Rectangle {
        id: confirm
        objectName: "staffDeleteConfirm"
        visible: false
        anchors.fill: parent
        color: Theme.scrim
        TapHandler { onTapped: confirm.visible = false }
        Column {
            anchors.centerIn: parent
            spacing: Theme.px(16)
            Text {
                text: qsTr("Delete this exhibit from the draft?"); textFormat: Text.PlainText
                color: Theme.accentText; font.pixelSize: Theme.fontPx(30)
            }
            Row {
                spacing: Theme.px(16)
                TouchButton { text: qsTr("Cancel"); onClicked: confirm.visible = false }
                TouchButton {
                    objectName: "staffDeleteYes"; text: qsTr("Delete"); primary: true
                    onClicked: { confirm.visible = false; if (staffEditor.deleteExhibit()) nav.go("staff/exhibits") }
                }
            }
        }
    }
}
