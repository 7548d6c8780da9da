// The exhibit's QR code with a line saying what scanning opens. Always black on white
// (phones read that best), also in the high-contrast theme, and never smaller than 240 px.
import QtQuick
import Kiosk

Rectangle {
    id: root
    objectName: "qrPanel"

    property string source: ""
    property string caption: ""
    // The provider draws the code (its white quiet zone not counted) at least this wide, in
    // whole-pixel modules; it is shown at its own size.
    readonly property int requestedSize: Math.max(240, Theme.px(240))
    readonly property int codeSize: picture.status === Image.Ready ? picture.implicitWidth : requestedSize * 1.3
    readonly property bool sideBySide: width >= codeSize + Theme.px(320)
    // The quiet zone is white space enough on the code's own sides.
    readonly property int padding: Theme.px(24)
    readonly property int inset: Theme.px(6)

    implicitHeight: sideBySide ? codeSize + 2 * inset : codeSize + words.height + inset + padding
    radius: Theme.px(16)
    color: "#FFFFFF"
    border.color: Theme.contrast ? Theme.accent : "#D5DBE3"
    border.width: Theme.contrast ? Theme.borderWidth : 1

    Item {
        id: code
        objectName: "qrImage"
        readonly property bool ready: picture.status === Image.Ready
        readonly property alias source: picture.source
        x: root.sideBySide ? root.inset : (root.width - width) / 2
        y: root.inset
        width: root.codeSize
        height: root.codeSize

        Image {
            id: picture
            // Named like the exhibit images, so screenshots wait for the code too (app.FrameWaiter).
            objectName: "exhibitThumb"
            readonly property bool loading: status === Image.Loading
            anchors.centerIn: parent
            source: root.source
            sourceSize: Qt.size(root.requestedSize, root.requestedSize)
            asynchronous: true
            smooth: false
        }
    }

    Column {
        id: words
        x: root.sideBySide ? code.x + code.width : root.padding
        y: root.sideBySide ? (root.height - height) / 2 : code.y + code.height
        width: root.sideBySide ? root.width - x - root.padding : root.width - 2 * root.padding
        spacing: Theme.px(10)

        Text {
            objectName: "qrHeading"
            width: parent.width
            text: qsTr("Take it with you")
            textFormat: Text.PlainText
            wrapMode: Text.Wrap
            horizontalAlignment: root.sideBySide ? Text.AlignLeft : Text.AlignHCenter
            color: "#111111"
            font.pixelSize: Theme.fontPx(30)
            font.weight: Font.Bold
        }
        Text {
            objectName: "qrCaption"
            width: parent.width
            text: root.caption
            textFormat: Text.PlainText
            wrapMode: Text.Wrap
            horizontalAlignment: root.sideBySide ? Text.AlignLeft : Text.AlignHCenter
            color: "#333333"
            font.pixelSize: Theme.fontPx(24)
            lineHeightMode: Text.FixedHeight
            lineHeight: Math.round(font.pixelSize * 1.35)
        }
        Text {
            width: parent.width
            text: qsTr("Point your phone's camera at the code.")
            textFormat: Text.PlainText
            wrapMode: Text.Wrap
            horizontalAlignment: root.sideBySide ? Text.AlignLeft : Text.AlignHCenter
            color: "#555555"
            font.pixelSize: Theme.fontPx(22)
        }
    }
}
