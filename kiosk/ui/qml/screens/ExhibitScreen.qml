// The exhibit page (route "exhibit/<id>"): the images (swipe, pinch and double-tap to zoom),
// the kind and title, the fields that matter for the kind, the body as paragraphs and lists,
// the QR code when the exhibit has a web page, and related exhibits.
// Landscape: images left, text right (the text scrolls); portrait: images on top.
// Context: reading (kiosk/ui/reading.py), nav, kiosk. Every Text showing content is plain text.
import QtQuick
import Kiosk

Item {
    id: root
    objectName: "exhibitScreen"

    readonly property bool wide: width > height * 1.15
    // After a resize the fields are placed once the new size has settled, not in the middle
    // of laying out the picture at that size (a binding loop; an exhibit opened at once did it).
    onWideChanged: Qt.callLater(placeFacts)
    onWidthChanged: Qt.callLater(placeFacts)
    onHeightChanged: Qt.callLater(placeFacts)
    readonly property int margin: Theme.px(root.wide ? 48 : 40)
    readonly property real bodySize: 30
    // About 40 Chinese characters or 70 Latin letters a line.
    readonly property real lineLength: Theme.fontPx(bodySize) * (kiosk.language === "zh" ? 40 : 35)
    readonly property string shownId: reading.exhibitId
    // Landscape: the fields go under the picture when they fit there (see placeFacts).
    property bool factsLeft: false
    // What the fields under the picture take from it: set by placeFacts, not bound, so the
    // picture's height never reads the fields' (which would be a binding loop as they are laid out).
    property real factsSpace: 0

    // A related exhibit opens in this same screen: start it from the top, on its first image.
    onShownIdChanged: {
        textPane.contentY = 0
        gallery.show(0)
        placeFacts()
    }

    // Under the picture, the fields may take what the picture can spare (a fifth of its height).
    // They move there only when they fit at the text column's width, and back only when they no
    // longer fit at the picture's (wider, so never taller): the two choices cannot alternate.
    function placeFacts() {
        const room = imagePane.height - 0.8 * gallery.natural - gallery.dotsSpace - gallery.hintHeight
                     - gallery.qrSpace - root.margin / 2
        if (!wide || !rightFacts.hasFields)
            factsLeft = false
        else if (!factsLeft && rightFacts.height <= room)
            factsLeft = true
        else if (factsLeft && leftFacts.height > room)
            factsLeft = false
        factsSpace = factsLeft ? leftFacts.height + root.margin / 2 : 0
    }

    // Landscape: the images keep their shape at the top of the left column, with a hint
    // and the QR code below; portrait: the images across the top.
    Item {
        id: imagePane
        x: root.margin
        y: root.margin
        width: Math.max(0, root.wide ? Math.round((root.width - 3 * root.margin) * 0.52)
                                     : root.width - 2 * root.margin)
        height: root.wide ? root.height - 2 * root.margin : gallery.height + gallery.hintHeight
        visible: reading.found

        ImageGallery {
            id: gallery
            anchors { left: parent.left; right: parent.right; top: parent.top }
            readonly property real hintHeight: hint.visible ? hint.implicitHeight : 0
            readonly property real qrSpace: wideQr.visible ? wideQr.height + root.margin / 2 : 0
            readonly property real natural: width / reading.imageAspect
            readonly property real room: root.wide ? root.height - 2 * root.margin - hintHeight - qrSpace
                                                     - root.factsSpace
                                                   : root.height * 0.4
            // The picture's own shape (its first image's), as large as the column allows, and the
            // strip of page dots under it.
            height: Math.max(0, Math.min(room, natural + dotsSpace))
            images: reading.images
            kind: reading.kind
            kindLabel: reading.kindLabel
        }

        Text {
            id: hint
            objectName: "imageHint"
            anchors { left: parent.left; right: parent.right; top: gallery.bottom }
            topPadding: Theme.px(14)
            bottomPadding: Theme.px(14)
            horizontalAlignment: Text.AlignHCenter
            visible: reading.images.length > 0
            text: reading.images.length > 1 ? qsTr("Swipe for more pictures · pinch or double-tap to zoom")
                                            : qsTr("Pinch or double-tap to zoom")
            textFormat: Text.PlainText
            elide: Text.ElideRight
            color: Theme.textMuted
            font.pixelSize: Theme.fontPx(22)
        }

        FieldList {
            id: leftFacts
            visible: root.factsLeft
            anchors {
                left: parent.left; right: parent.right; top: gallery.bottom
                topMargin: gallery.hintHeight + root.margin / 2 - hint.bottomPadding
            }
            height: implicitHeight
            model: reading.fields
            onHeightChanged: root.placeFacts()
        }

        QrPanel {
            id: wideQr
            objectName: "qrPanelWide"
            visible: root.wide && reading.hasQr
            anchors {
                left: parent.left; right: parent.right; top: root.factsLeft ? leftFacts.bottom : gallery.bottom
                topMargin: root.factsLeft ? root.margin / 2 : gallery.hintHeight + root.margin / 2 - hint.bottomPadding
            }
            height: implicitHeight
            source: visible ? reading.qrSource : ""
            caption: reading.qrCaption
        }
    }

    Flickable {
        id: textPane
        objectName: "exhibitText"
        visible: reading.found
        x: root.wide ? imagePane.x + imagePane.width + root.margin : 0
        y: root.wide ? 0 : imagePane.y + imagePane.height
        width: root.width - x
        height: root.height - y
        clip: true
        contentWidth: width
        contentHeight: column.height + 2 * root.margin
        boundsBehavior: Flickable.StopAtBounds
        flickDeceleration: 2000
        maximumFlickVelocity: 4000

        Column {
            id: column
            x: root.wide ? 0 : root.margin
            y: root.wide ? root.margin : Theme.px(12)
            width: Math.min(textPane.width - x - root.margin, root.lineLength)
            spacing: Theme.px(28)

            Rectangle {
                objectName: "kindBadge"
                width: kindText.implicitWidth + Theme.px(36)
                height: kindText.implicitHeight + Theme.px(12)
                radius: height / 2
                color: Theme.kindColor(reading.kind)

                Text {
                    id: kindText
                    objectName: "pageKind"
                    anchors.centerIn: parent
                    text: reading.kindLabel
                    textFormat: Text.PlainText
                    color: Theme.contrast ? "#000000" : "#FFFFFF"
                    font.pixelSize: Theme.fontPx(24)
                    font.weight: Font.DemiBold
                }
            }

            Text {
                objectName: "pageTitle"
                width: parent.width
                text: reading.title
                textFormat: Text.PlainText
                wrapMode: Text.Wrap
                color: Theme.text
                font.pixelSize: Theme.fontPx(54)
                font.weight: Font.Bold
                lineHeightMode: Text.FixedHeight
                lineHeight: Math.round(font.pixelSize * 1.25)
            }

            Text {
                objectName: "pageSummary"
                width: parent.width
                visible: text !== ""
                text: reading.summary
                textFormat: Text.PlainText
                wrapMode: Text.Wrap
                color: Theme.textMuted
                font.pixelSize: Theme.fontPx(32)
                lineHeightMode: Text.FixedHeight
                lineHeight: Math.round(font.pixelSize * 1.45)
            }

            FieldList {
                id: rightFacts
                visible: !root.factsLeft && hasFields
                width: parent.width
                height: implicitHeight
                model: reading.fields
                onHeightChanged: root.placeFacts()
            }

            QrPanel {
                objectName: "qrPanelNarrow"
                visible: !root.wide && reading.hasQr
                width: parent.width
                height: visible ? implicitHeight : 0
                source: visible ? reading.qrSource : ""
                caption: reading.qrCaption
            }

            BodyText {
                width: parent.width
                fontSize: root.bodySize
                model: reading.blocks
            }

            RelatedRow {
                width: textPane.width - column.x
                model: reading.related
            }
        }
    }

    // A thin bar that shows there is more text below, and where the visitor is in it.
    Rectangle {
        visible: reading.found && textPane.contentHeight > textPane.height
        x: textPane.x + textPane.width - width - Theme.px(8)
        y: textPane.y + textPane.visibleArea.yPosition * textPane.height
        width: Theme.px(6)
        height: textPane.visibleArea.heightRatio * textPane.height
        radius: width / 2
        color: Theme.textMuted
        opacity: textPane.moving ? 0.6 : 0.25
        Behavior on opacity { NumberAnimation { duration: Theme.duration } }
    }

    Column {
        objectName: "exhibitMissing"
        visible: !reading.found
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * root.margin, Theme.px(900))
        spacing: Theme.px(32)

        Text {
            width: parent.width
            horizontalAlignment: Text.AlignHCenter
            text: qsTr("This exhibit is not available.")
            textFormat: Text.PlainText
            wrapMode: Text.Wrap
            color: Theme.text
            font.pixelSize: Theme.fontPx(40)
            font.weight: Font.Bold
        }
        TouchButton {
            anchors.horizontalCenter: parent.horizontalCenter
            primary: true
            text: qsTr("Back to Home")
            onClicked: nav.home()
        }
    }
}
