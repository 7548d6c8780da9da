// One language of one field in the editor: the text, checked when left, its message under it in red.
import QtQuick
import QtQuick.Controls.Basic
import Kiosk

Column {
    id: cell
    property string name: ""
    property string lang: ""          // "" for a field of one language
    property string shown: ""         // the text the draft holds (or the text refused)
    property string message: ""
    property bool missing: false
    property bool multiline: false
    property alias input: loader.item
    spacing: Theme.px(4)

    function commit() { if (loader.item) staffEditor.editText(cell.name, cell.lang, loader.item.text) }

    onShownChanged: if (loader.item && !loader.item.activeFocus) loader.item.text = shown

    Loader {
        id: loader
        width: cell.width
        sourceComponent: cell.multiline ? area : line
        onLoaded: item.text = cell.shown
    }
    Component {
        id: line
        TextField {
            objectName: "staffField_" + cell.name + (cell.lang ? "_" + cell.lang : "")
            height: Theme.touch(64)
            font.pixelSize: Theme.fontPx(24)
            onEditingFinished: cell.commit()
        }
    }
    Component {
        id: area
        TextArea {
            objectName: "staffField_" + cell.name + (cell.lang ? "_" + cell.lang : "")
            height: Theme.touch(160)
            wrapMode: TextEdit.Wrap
            background: Rectangle { color: Theme.surface; border.color: Theme.border; border.width: 1 }
            font.pixelSize: Theme.fontPx(22)
            onActiveFocusChanged: if (!activeFocus) cell.commit()
        }
    }
    Text {
        objectName: "staffFieldMessage"
        visible: cell.message !== ""
        width: cell.width
        wrapMode: Text.Wrap
        text: cell.message
        textFormat: Text.PlainText
        color: Theme.danger
        font.pixelSize: Theme.fontPx(18)
    }
    Text {
        objectName: "staffMissingMark"
        visible: cell.missing
        text: qsTr("missing translation")
        textFormat: Text.PlainText
        color: Theme.danger
        font.pixelSize: Theme.fontPx(18)
    }
}
