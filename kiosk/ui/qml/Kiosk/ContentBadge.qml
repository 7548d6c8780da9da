// A small status line for staff and curious visitors: online or offline, then which content is
// shown, its version and date ("● 离线 | 内容 v7 · 2026-11-20"). Nothing to tap.
// `status`: the ContentStatus (kiosk/ui/content.py) the screen passes in.
import QtQuick

Item {
    id: badge
    objectName: "contentBadge"

    required property QtObject status  // ContentStatus
    readonly property bool online: badge.status.online
    readonly property string statusText: badge.status.updating ? qsTr("Updating…")
                                                          : (online ? qsTr("Online") : qsTr("Offline"))
    readonly property string sourceName: badge.status.source === "pack" ? qsTr("Content")
                                       : badge.status.source === "demo" ? qsTr("Demo content")
                                       : qsTr("Local content")
    readonly property string detailText: [sourceName, badge.status.versionLabel].filter(s => s !== "").join(" ")
    readonly property real fontSize: Math.max(16, Theme.fontPx(20))
    readonly property color ink: Theme.textMuted
    readonly property color dotColor: Theme.contrast ? (online ? "#FFD400" : "#FFFFFF")
                                                     : (badge.status.updating ? Theme.accent
                                                                         : (online ? "#2E7D32" : "#8A94A6"))

    implicitWidth: row.implicitWidth
    implicitHeight: Math.round(fontSize * 1.6)

    Accessible.role: Accessible.StaticText
    Accessible.name: statusText + ", " + detailText

    Row {
        id: row
        anchors.verticalCenter: parent.verticalCenter
        spacing: Math.round(badge.fontSize * 0.5)

        Rectangle {
            id: dot
            objectName: "contentBadgeDot"
            anchors.verticalCenter: parent.verticalCenter
            width: Math.round(badge.fontSize * 0.6)
            height: width
            radius: width / 2
            // Offline is a ring, online a filled dot: told apart without colour too.
            color: badge.online || badge.status.updating ? badge.dotColor : "transparent"
            border.width: Math.max(2, Math.round(width * 0.2))
            border.color: badge.dotColor
        }
        Text {
            objectName: "contentBadgeStatus"
            anchors.verticalCenter: parent.verticalCenter
            text: badge.statusText
            textFormat: Text.PlainText
            color: badge.ink
            font.pixelSize: badge.fontSize
            font.weight: Font.DemiBold
        }
        Rectangle {
            anchors.verticalCenter: parent.verticalCenter
            width: Math.max(1, Theme.px(2))
            height: Math.round(badge.fontSize * 0.9)
            color: Theme.contrast ? "#FFFFFF" : Theme.border
        }
        Text {
            objectName: "contentBadgeVersion"
            anchors.verticalCenter: parent.verticalCenter
            text: badge.detailText
            textFormat: Text.PlainText
            color: badge.ink
            font.pixelSize: badge.fontSize
            font.features: { "tnum": 1 }
        }
    }
}
