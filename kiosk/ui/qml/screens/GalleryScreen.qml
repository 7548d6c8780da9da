// The gallery of one kind (route "gallery/<kind>"): for now the first window's list of
// every exhibit, a header and a touch-scrollable grid. Context: exhibitModel.
// Every Text that shows content is plain text: exhibit texts are never rich text.
import QtQuick
import Kiosk

Item {
    id: root
    objectName: "galleryScreen"

    readonly property real unit: Theme.unit
    readonly property string kioskName: qsTr("知识产权与健康中国 · IP and Healthy China")
    readonly property var kindColors: ({
        patent: "#1565C0", trademark: "#6A1B9A", gi: "#2E7D32",
        story: "#C62828", guide: "#00838F", event: "#E65100"
    })

    function kindColor(kind) {
        return kindColors[kind] !== undefined ? kindColors[kind] : "#455A64"
    }

    function countText(count) {
        return count === 1 ? qsTr("1 exhibit") : qsTr("%1 exhibits").arg(count)
    }

    function toggleLanguage() {
        kiosk.toggleLanguage()
    }

    Rectangle {
        id: header
        objectName: "header"
        anchors { left: parent.left; right: parent.right; top: parent.top }
        height: 136 * root.unit
        color: "#0B4F8A"

        Column {
            anchors { left: parent.left; leftMargin: 48 * root.unit; verticalCenter: parent.verticalCenter }
            anchors.right: languageButton.left
            anchors.rightMargin: 32 * root.unit
            spacing: 8 * root.unit

            Text {
                objectName: "kioskName"
                width: parent.width
                text: root.kioskName
                textFormat: Text.PlainText
                elide: Text.ElideRight
                color: "white"
                font.pixelSize: 44 * root.unit
                font.weight: Font.Bold
            }
            Text {
                objectName: "exhibitCount"
                text: root.countText(exhibitModel.count)
                textFormat: Text.PlainText
                color: "#D6E6F5"
                font.pixelSize: 26 * root.unit
            }
        }

        Rectangle {
            id: languageButton
            objectName: "galleryLanguageButton"
            anchors { right: parent.right; rightMargin: 48 * root.unit; verticalCenter: parent.verticalCenter }
            width: Math.max(64, 176 * root.unit)
            height: Math.max(64, 80 * root.unit)
            radius: height / 2
            color: languageTap.pressed ? "#1E6DB3" : "transparent"
            border { color: "white"; width: 2 }

            Accessible.role: Accessible.Button
            Accessible.name: languageLabel.text
            Accessible.onPressAction: root.toggleLanguage()

            Text {
                id: languageLabel
                objectName: "languageLabel"
                anchors.centerIn: parent
                // Each language is named in itself, so it is never translated.
                text: exhibitModel.language === "zh" ? "English" : "中文"
                textFormat: Text.PlainText
                color: "white"
                font.pixelSize: 30 * root.unit
                font.weight: Font.Bold
            }
            TapHandler {
                id: languageTap
                onTapped: root.toggleLanguage()
            }
        }
    }

    GridView {
        id: grid
        objectName: "exhibitGrid"
        anchors {
            left: parent.left; right: parent.right; top: header.bottom; bottom: parent.bottom
            leftMargin: 36 * root.unit; rightMargin: 36 * root.unit; topMargin: 24 * root.unit
        }
        clip: true
        model: exhibitModel
        boundsBehavior: Flickable.StopAtBounds
        readonly property int columns: Math.max(1, Math.floor(width / (440 * root.unit)))
        cellWidth: Math.floor(width / columns)
        cellHeight: Math.floor(cellWidth * 0.75 + 200 * root.unit)

        delegate: ExhibitCard {
            width: grid.cellWidth
            height: grid.cellHeight
            unit: root.unit
            accent: root.kindColor(kind)
        }
    }

    Text {
        objectName: "emptyText"
        anchors.centerIn: grid
        visible: grid.count === 0
        text: qsTr("No exhibits yet")
        textFormat: Text.PlainText
        color: "#5F6B7A"
        font.pixelSize: 32 * root.unit
    }
}
