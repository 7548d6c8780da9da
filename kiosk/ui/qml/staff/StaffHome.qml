// Staff mode's first page: who is in, and the way to each staff task.
import QtQuick
import Kiosk

Item {
    id: root
    objectName: "staffHome"
    property string param: ""

    Column {
        anchors.centerIn: parent
        spacing: Theme.px(24)

        Text {
            objectName: "staffWelcome"
            text: qsTr("Staff mode: %1").arg(staffSession.account)
            textFormat: Text.PlainText
            color: Theme.text
            font.pixelSize: Theme.fontPx(40)
            font.weight: Font.Bold
        }
    }
}
