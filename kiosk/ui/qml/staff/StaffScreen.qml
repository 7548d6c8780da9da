// Staff mode (routes "staff/<page>/<param>"): loads one page, Staff<Page>.qml, beside this file.
// Only reachable in a staff session: the navigator refuses staff routes otherwise.
import QtQuick
import Kiosk

Item {
    id: root
    objectName: "staffScreen"

    readonly property string page: nav.param.split("/")[0] || "home"
    readonly property string pageParam: nav.param.indexOf("/") >= 0 ? nav.param.slice(nav.param.indexOf("/") + 1) : ""
    readonly property var pages: ({ home: "StaffHome.qml", exhibits: "StaffExhibits.qml", edit: "StaffEdit.qml", arrange: "StaffArrange.qml",
                                         publish: "StaffPublish.qml" })

    Rectangle { anchors.fill: parent; color: Theme.background }

    Loader {
        id: pageLoader
        objectName: "staffPage"
        anchors.fill: parent
        source: root.pages[root.page] || root.pages.home
        focus: true
        onLoaded: if (item && item.hasOwnProperty("param")) item.param = Qt.binding(function() { return root.pageParam })
    }
}
