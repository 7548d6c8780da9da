// One slide of the attract loop: a featured exhibit's picture as a large framed print that
// slowly pans and zooms inside its frame (still under reduced motion), and beside it the
// exhibit's kind and title in both languages. Where they go is set by the attract screen.
// It fades in when it becomes `active`; only the active slide and the next one hold a picture.
import QtQuick
import Kiosk

Item {
    id: slide
    objectName: "attractSlide"

    required property int index
    required property string exhibitId
    required property string kind
    required property string display
    required property string titleZh
    required property string titleEn
    required property string kindLabelZh
    required property string kindLabelEn

    property bool active: false
    property bool preload: false
    property bool zhFirst: true
    property int slideMs: 8000
    property int fadeMs: 1200
    property rect frame: Qt.rect(0, 0, width, height)      // the picture
    property rect caption: Qt.rect(0, 0, width / 2, 0)  // the words: their column, centred in its height

    // Where the zoom heads, so consecutive slides drift different ways.
    readonly property var origins: [Item.TopLeft, Item.BottomRight, Item.TopRight, Item.BottomLeft, Item.Center]
    readonly property bool hasPicture: display !== ""
    property real zoom: 1

    opacity: active ? 1 : 0
    visible: opacity > 0
    Behavior on opacity { NumberAnimation { duration: slide.fadeMs; easing.type: Easing.InOutQuad } }

    NumberAnimation on zoom {
        running: slide.visible && !Theme.reducedMotion
        from: 1
        to: 1.1
        duration: slide.slideMs + 2 * slide.fadeMs
    }

    Rectangle {   // the print's shadow
        x: slide.frame.x + Theme.px(10)
        y: slide.frame.y + Theme.px(18)
        width: slide.frame.width
        height: slide.frame.height
        visible: slide.hasPicture
        color: Qt.rgba(0, 0, 0, 0.35)
    }

    Rectangle {   // the print: a light mat around the picture
        id: mat
        x: slide.frame.x
        y: slide.frame.y
        width: slide.frame.width
        height: slide.frame.height
        visible: slide.hasPicture
        color: Theme.contrast ? "#FFD400" : "#FAFAF7"

        Item {
            anchors { fill: parent; margins: Theme.px(12) }
            clip: true

            Image {
                id: picture
                objectName: "exhibitThumb"
                readonly property bool loading: status === Image.Loading
                anchors.fill: parent
                source: slide.active || slide.preload ? slide.display : ""
                asynchronous: true
                cache: false   // a large picture is decoded for its turn only
                smooth: true
                fillMode: Image.PreserveAspectCrop
                sourceSize: Qt.size(slide.frame.width * 1.1, slide.frame.height * 1.1)   // sharp at full zoom
                transformOrigin: slide.origins[slide.index % slide.origins.length]
                scale: Theme.reducedMotion ? 1 : slide.zoom
            }
        }
    }

    Column {
        x: slide.caption.x
        y: slide.caption.y + Math.max(0, (slide.caption.height - height) / 2)   // centred in its space, if any
        width: slide.caption.width
        spacing: Theme.px(18)

        Rectangle {
            width: Math.min(parent.width, kindText.implicitWidth + Theme.px(36))
            height: kindText.implicitHeight + Theme.px(14)
            radius: height / 2
            color: Theme.contrast ? "#FFD400" : Theme.kindColor(slide.kind)

            Text {
                id: kindText
                anchors.centerIn: parent
                width: Math.min(implicitWidth, parent.width - Theme.px(24))
                text: slide.zhFirst ? slide.kindLabelZh + " · " + slide.kindLabelEn
                                    : slide.kindLabelEn + " · " + slide.kindLabelZh
                textFormat: Text.PlainText
                elide: Text.ElideRight
                color: Theme.contrast ? "#000000" : "#FFFFFF"
                font.pixelSize: Theme.fontPx(24)
                font.weight: Font.DemiBold
            }
        }
        Text {
            objectName: "attractTitle"
            width: parent.width
            text: slide.zhFirst ? slide.titleZh : slide.titleEn
            textFormat: Text.PlainText
            wrapMode: Text.WordWrap
            maximumLineCount: 3
            elide: Text.ElideRight
            lineHeight: 1.1
            color: "#FFFFFF"
            font.pixelSize: Theme.fontPx(68)
            font.weight: Font.Bold
        }
        Rectangle {
            width: Theme.px(72)
            height: Theme.px(5)
            radius: height / 2
            color: Theme.contrast ? "#FFD400" : "#FFB74D"
        }
        Text {
            objectName: "attractSubtitle"
            width: parent.width
            visible: text !== "" && text !== (slide.zhFirst ? slide.titleZh : slide.titleEn)
            text: slide.zhFirst ? slide.titleEn : slide.titleZh
            textFormat: Text.PlainText
            wrapMode: Text.WordWrap
            maximumLineCount: 3
            elide: Text.ElideRight
            lineHeight: 1.1
            color: Qt.rgba(1, 1, 1, 0.8)
            font.pixelSize: Theme.fontPx(36)
        }
    }
}
