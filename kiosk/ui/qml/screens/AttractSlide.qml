// One slide of the attract loop: a featured exhibit's picture as a large framed print, the
// whole picture always in view (a portrait photo or a round logo is fitted, never cut), over a
// blurred and dimmed copy of itself that slowly drifts (still under reduced motion); an exhibit
// without a picture gets a poster drawn in its kind's colour (AttractPoster.qml). Beside it the
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
    required property string image     // the picture ("" for none)
    required property string thumb     // its thumbnail, for the blurred backdrop
    required property string summary
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

    // Where the drift heads, so consecutive slides move different ways.
    readonly property var origins: [Item.TopLeft, Item.BottomRight, Item.TopRight, Item.BottomLeft, Item.Center]
    readonly property bool hasPicture: slide.image !== ""
    readonly property bool loaded: active || preload
    property real drift: 0   // 0 to 1 over the slide's time on screen

    opacity: active ? 1 : 0
    visible: opacity > 0
    Behavior on opacity { NumberAnimation { duration: slide.fadeMs; easing.type: Easing.InOutQuad } }

    NumberAnimation on drift {
        running: slide.visible && !Theme.reducedMotion
        from: 0
        to: 1
        duration: slide.slideMs + 2 * slide.fadeMs
    }

    Rectangle {   // the print's shadow
        x: slide.frame.x + Theme.px(10)
        y: slide.frame.y + Theme.px(18)
        width: slide.frame.width
        height: slide.frame.height
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
            id: pictureArea
            objectName: "attractPictureArea"
            anchors { fill: parent; margins: Theme.px(12) }
            clip: true

            // The picture itself behind it, decoded tiny and enlarged (a blur the software renderer
            // can draw), dimmed so the sharp picture stands out where its shape leaves room.
            Image {
                objectName: "exhibitThumb"
                readonly property bool backdrop: true
                readonly property bool loading: status === Image.Loading
                anchors.fill: parent
                source: slide.loaded && slide.hasPicture ? (slide.thumb !== "" ? slide.thumb : slide.image) : ""
                asynchronous: true
                cache: false
                smooth: true
                fillMode: Image.PreserveAspectCrop
                sourceSize: Qt.size(48, 48)
                transformOrigin: slide.origins[slide.index % slide.origins.length]
                scale: 1.15 + 0.1 * slide.drift
            }
            Rectangle {
                anchors.fill: parent
                color: Theme.contrast ? "#000000" : Qt.alpha(Qt.darker(Theme.kindColor(slide.kind), 2.2), 0.55)
            }

            Image {
                id: picture
                objectName: "exhibitThumb"
                readonly property bool loading: status === Image.Loading
                anchors.fill: parent
                source: slide.loaded ? slide.image : ""
                asynchronous: true
                cache: false   // a large picture is decoded for its turn only
                smooth: true
                fillMode: Image.PreserveAspectFit   // all of it: captions and round logos are never cut
                sourceSize: Qt.size(width, height)
                scale: Theme.reducedMotion ? 1 : 0.96 + 0.04 * slide.drift   // grows into the print, never past it
            }
        }
    }

    AttractPoster {
        objectName: "attractPoster"
        x: slide.frame.x
        y: slide.frame.y
        width: slide.frame.width
        height: slide.frame.height
        visible: !slide.hasPicture
        kind: slide.kind
        kindLabel: slide.zhFirst ? slide.kindLabelZh : slide.kindLabelEn
        title: slide.zhFirst ? slide.titleZh : slide.titleEn
        summary: slide.summary
        drift: slide.drift
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
