// Staff: publish the draft (staffPublish): what changes, what blocks it, the step, the result.
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Kiosk

Item {
    id: root
    objectName: "staffPublishPage"
    property string param: ""
    property string removable: ""
    readonly property var stepText: ({
        build: qsTr("Building…"), install: qsTr("Installing…"),
        target: qsTr("Writing for other booths…"), removable: qsTr("Writing to the USB stick…")
    })
    Component.onCompleted: staffPublish.refresh()

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.px(32)
        spacing: Theme.px(16)

        Text {
            text: qsTr("Publish")
            textFormat: Text.PlainText
            font.pixelSize: Theme.fontPx(36); font.bold: true; color: Theme.text
        }
        Text {
            objectName: "publishSummary"
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            textFormat: Text.PlainText
            font.pixelSize: Theme.fontPx(24); color: Theme.text
            text: staffPublish.nothingChanged ? qsTr("Nothing has changed since the last publish.")
                : qsTr("Added %1, changed %2, hidden %3, shown again %4, deleted %5; %6 new image(s).")
                    .arg(staffPublish.added).arg(staffPublish.edited).arg(staffPublish.hidden)
                    .arg(staffPublish.shown).arg(staffPublish.deleted).arg(staffPublish.imagesAdded)
        }
        ListView {
            objectName: "publishBlocking"
            Layout.fillWidth: true
            Layout.preferredHeight: Math.min(contentHeight, Theme.px(300))
            clip: true
            model: staffPublish.blocking
            delegate: Item {
                required property var modelData
                width: ListView.view.width
                height: reason.implicitHeight
                Text {
                    id: reason
                    width: parent.width
                    wrapMode: Text.Wrap
                    textFormat: Text.PlainText
                    font.pixelSize: Theme.fontPx(20); color: Theme.accent
                    text: qsTr("%1 cannot be published: %2").arg(parent.modelData.id).arg(parent.modelData.reasons)
                }
            }
        }
        RowLayout {
            spacing: Theme.px(16)
            ComboBox {
                id: usb
                objectName: "publishUsb"
                Layout.preferredHeight: Theme.px(64)
                Layout.preferredWidth: Theme.px(420)
                model: [qsTr("No USB stick")].concat(staffPublish.removableFolders())
                onActivated: function(index) { root.removable = index > 0 ? currentText : "" }
                KeyNavigation.tab: go
            }
            Button {
                id: go
                objectName: "publishButton"
                Layout.preferredHeight: Theme.px(64)
                Layout.preferredWidth: Theme.px(240)
                text: qsTr("Publish now")
                enabled: !staffPublish.busy && staffPublish.blocking.length === 0 && curation.ready
                onClicked: staffPublish.publish(root.removable)
            }
        }
        Text {
            objectName: "publishStatus"
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            textFormat: Text.PlainText
            font.pixelSize: Theme.fontPx(24); color: Theme.text
            text: staffPublish.busy ? (root.stepText[staffPublish.step] || qsTr("Publishing…"))
                : staffPublish.error !== "" ? staffPublish.error
                : staffPublish.result !== "" ? qsTr("Published %1 (version %2) in %3 s.")
                    .arg(staffPublish.result.split("|")[0]).arg(staffPublish.result.split("|")[1])
                    .arg(staffPublish.result.split("|")[2])
                : ""
        }
        Item { Layout.fillHeight: true }
    }
}
