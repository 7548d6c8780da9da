// The attract loop (route "attract"), shown while nobody uses the kiosk: featured exhibits
// cross-fade as large framed prints that slowly pan and zoom, their titles in both languages,
// what is on at the booth, and a large invitation to touch. Any touch opens Home.
// Context: browse (featured model, attractSeconds, whatsOn texts), nav, kiosk.
import QtQuick
import Kiosk

Item {
    id: root
    objectName: "attractScreen"

    property int current: 0
    readonly property int slideCount: browse.featured.count
    readonly property int next: slideCount > 0 ? (current + 1) % slideCount : 0
    readonly property int slideMs: Math.max(3, browse.attractSeconds) * 1000
    readonly property bool animate: !Theme.reducedMotion
    // Both languages, the visitor's first; the other one is named in itself, never translated.
    readonly property bool zhFirst: kiosk.language === "zh"
    readonly property bool portrait: height > width
    readonly property int margin: Theme.px(portrait ? 56 : 72)
    // (slides.count: read again once the slides exist)
    readonly property string currentKind: slides.count > current && slides.itemAt(current) ? slides.itemAt(current).kind : ""

    // -- the layout: the print on the right (on top in portrait), the words beside (under) it -------
    readonly property real stageTop: brand.y + brand.height + Theme.px(portrait ? 48 : 40)
    readonly property real stageBottom: footer.y - Theme.px(portrait ? 40 : 84)   // room for the progress bars
    readonly property rect frame: portrait
        ? Qt.rect(margin, stageTop, width - 2 * margin, Math.round((width - 2 * margin) * 9 / 16))
        : landscapeFrame()
    readonly property rect caption: portrait
        ? Qt.rect(margin, frame.y + frame.height + Theme.px(72), width - 2 * margin,
                  stageBottom - frame.y - frame.height - Theme.px(72))
        : Qt.rect(margin, frame.y, frame.x - 2 * margin, frame.height)   // centred beside the print

    function landscapeFrame() {
        const w = Math.min(width * 0.58, (stageBottom - stageTop) * 16 / 9)
        const h = Math.round(w * 9 / 16)
        return Qt.rect(width - margin - w, stageTop + (stageBottom - stageTop - h) / 2, w, h)
    }

    // The stage takes on the colour of the exhibit's kind, faintly.
    Rectangle {
        id: stage
        anchors.fill: parent
        readonly property color base: Theme.contrast ? "#000000" : "#0A1B2E"
        readonly property color glow: root.currentKind !== "" && !Theme.contrast
                                      ? Qt.tint(base, Qt.alpha(Theme.kindColor(root.currentKind), 0.3)) : base
        gradient: Gradient {
            GradientStop { position: 0; color: stage.glow; Behavior on color { ColorAnimation { duration: 1200 } } }
            GradientStop { position: 1; color: stage.base }
        }
    }

    // Soft discs of the kind's colour behind the print, for depth.
    Repeater {
        model: [
            { x: root.frame.x + root.frame.width * 0.72, y: root.frame.y - root.frame.height * 0.35, size: root.frame.height * 1.3, alpha: 0.16 },
            { x: -root.width * 0.08, y: root.height * 0.62, size: root.height * 0.8, alpha: 0.08 }
        ]
        delegate: Rectangle {
            required property var modelData
            x: modelData.x
            y: modelData.y
            width: modelData.size
            height: width
            radius: width / 2
            visible: !Theme.contrast
            color: Qt.alpha(root.currentKind !== "" ? Theme.kindColor(root.currentKind) : "#1565C0", modelData.alpha)
            Behavior on color { ColorAnimation { duration: 1200 } }
        }
    }

    Repeater {
        id: slides
        model: browse.featured
        delegate: AttractSlide {
            width: root.width
            height: root.height
            active: index === root.current
            preload: index === root.next && root.slideCount > 1
            zhFirst: root.zhFirst
            slideMs: root.slideMs
            fadeMs: root.animate ? 1200 : 0
            frame: root.frame
            caption: root.caption
        }
    }

    Timer {
        objectName: "attractTimer"
        interval: root.slideMs
        repeat: true
        running: root.slideCount > 1
        onTriggered: root.current = root.next
    }

    Row {
        id: brand
        objectName: "attractBrand"
        x: root.margin
        y: root.margin
        spacing: Theme.px(18)

        Rectangle {
            anchors.verticalCenter: parent.verticalCenter
            width: Theme.px(10)
            height: brandWords.height * 0.9
            radius: width / 2
            color: Theme.contrast ? "#FFD400" : "#FFB74D"
        }
        // The booth's own title (booth: BoothText, from settings), the visitor's language first;
        // a long one is cut short rather than run off the screen.
        Column {
            id: brandWords
            readonly property real room: root.width - 2 * root.margin - Theme.px(28)
            Text {
                objectName: "boothTitle"
                width: Math.min(implicitWidth, brandWords.room)
                text: booth.title
                textFormat: Text.PlainText
                elide: Text.ElideRight
                color: "#FFFFFF"
                font.pixelSize: Theme.fontPx(34)
                font.weight: Font.Bold
            }
            Text {
                objectName: "boothOtherTitle"
                width: Math.min(implicitWidth, brandWords.room)
                text: booth.otherTitle
                textFormat: Text.PlainText
                elide: Text.ElideRight
                color: Qt.rgba(1, 1, 1, 0.7)
                font.pixelSize: Theme.fontPx(22)
            }
        }
    }

    Row {
        id: progress
        objectName: "attractProgress"
        x: root.frame.x
        y: root.frame.y + root.frame.height + Theme.px(root.portrait ? 28 : 36)
        spacing: Theme.px(10)
        visible: root.slideCount > 1

        Repeater {
            model: root.slideCount
            delegate: Rectangle {
                id: bar
                required property int index
                readonly property bool isCurrent: index === root.current
                property real fill: 0
                width: isCurrent ? Theme.px(56) : Theme.px(12)
                height: Theme.px(6)
                radius: height / 2
                color: Qt.rgba(1, 1, 1, 0.3)
                Behavior on width { NumberAnimation { duration: Theme.duration } }

                Rectangle {   // fills up while its slide is shown
                    height: parent.height
                    radius: parent.radius
                    width: bar.isCurrent ? (root.animate ? bar.fill * parent.width : parent.width) : 0
                    color: "#FFFFFF"
                }
                NumberAnimation on fill {
                    running: bar.isCurrent && root.animate
                    from: 0
                    to: 1
                    duration: root.slideMs
                }
            }
        }
    }

    // -- what is on at the booth, and the invitation ----------------------------------------------

    Item {
        id: footer
        x: root.margin
        y: root.height - root.margin - height
        width: root.width - 2 * root.margin
        height: root.portrait ? invite.height + (whatsOn.visible ? whatsOn.height + Theme.px(40) : 0)
                              : Math.max(invite.height, whatsOn.visible ? whatsOn.height : 0)

        AttractWhatsOn {
            id: whatsOn
            objectName: "attractWhatsOn"
            x: 0
            y: root.portrait ? 0 : (parent.height - height) / 2
            width: root.portrait ? parent.width : parent.width - invite.width - root.margin
        }

        AttractInvite {
            id: invite
            objectName: "touchToExplore"
            x: root.portrait ? (parent.width - width) / 2 : parent.width - width
            y: parent.height - height
            zhFirst: root.zhFirst
            animate: root.animate
        }
    }

    TapHandler {
        objectName: "attractTap"
        gesturePolicy: TapHandler.ReleaseWithinBounds   // a swipe counts as a touch too
        onTapped: nav.go("home")
        onLongPressed: nav.go("home")
    }
}
