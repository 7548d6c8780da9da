// Related exhibits (reading.related, an ExhibitListModel) as a row of cards that scrolls
// sideways; tapping one opens it.
pragma ComponentBehavior: Bound
import QtQuick
import Kiosk

Column {
    id: root
    objectName: "relatedRow"

    property alias model: cards.model
    readonly property int cardWidth: Theme.px(300)

    visible: cards.count > 0
    spacing: Theme.px(8)
    topPadding: Theme.px(24)

    Text {
        objectName: "relatedHeading"
        text: qsTr("Related exhibits")
        textFormat: Text.PlainText
        color: Theme.text
        font.pixelSize: Theme.fontPx(34)
        font.weight: Font.Bold
    }

    ListView {
        id: cards
        objectName: "relatedList"
        x: -Theme.px(12)   // the cards' own margin, so the first card lines up with the text
        width: root.width + Theme.px(12)
        height: Math.round(root.cardWidth * 0.75 + Theme.fontPx(200))
        orientation: ListView.Horizontal
        boundsBehavior: Flickable.StopAtBounds
        clip: true
        cacheBuffer: 0   // the row changes with the exhibit: no cards half-made in the background then

        delegate: ExhibitCard {
            id: card
            objectName: "relatedCard"
            width: root.cardWidth
            height: cards.height
            unit: Theme.unit
            accent: Theme.kindColor(kind)
            scale: cardTap.pressed && !Theme.reducedMotion ? 0.96 : 1
            opacity: cardTap.pressed ? 0.85 : 1

            Behavior on scale { NumberAnimation { duration: Theme.duration / 3 } }

            TapHandler {
                id: cardTap
                objectName: "relatedCardTap"
                gesturePolicy: TapHandler.ReleaseWithinBounds
                onTapped: nav.go("exhibit/" + card.exhibitId)
            }
        }
    }
}
