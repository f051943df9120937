import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import LoginCompanion.Controllers

// A token's header and claims (ClaimTreeModel): names and values indented by depth; objects and
// arrays fold with a button. Values can be selected and copied by hand.
ColumnLayout {
    id: tree
    required property ClaimTreeModel model
    spacing: 2

    Repeater {
        model: tree.model
        delegate: ColumnLayout {
            id: node
            required property int index
            required property string name
            required property string value
            required property string note
            required property int depth
            required property bool expandable
            required property bool expanded
            required property string path
            Layout.fillWidth: true
            Layout.leftMargin: depth * 16
            spacing: 0
            RowLayout {
                Layout.fillWidth: true
                ActionButton {
                    objectName: "foldButton"
                    visible: node.expandable
                    flat: true
                    text: node.expanded ? "▾" : "▸"
                    Layout.preferredWidth: implicitHeight
                    Accessible.name: node.expanded ? qsTr("Collapse %1").arg(node.name)
                                                   : qsTr("Expand %1").arg(node.name)
                    onClicked: tree.model.toggle(node.index)
                }
                Label {
                    text: node.name
                    font.bold: true
                    Layout.alignment: Qt.AlignTop
                    Layout.maximumWidth: tree.width / 2
                    wrapMode: Text.WrapAnywhere
                }
                TextArea {
                    objectName: "claimValue"
                    Layout.fillWidth: true
                    readOnly: true
                    selectByMouse: true
                    wrapMode: Text.WrapAnywhere
                    text: node.value
                    opacity: node.expandable ? 0.7 : 1
                    padding: 0
                    leftPadding: 0
                    rightPadding: 0
                    background: null
                    Accessible.name: qsTr("%1: %2").arg(node.name).arg(node.value)
                }
            }
            Label {
                visible: node.note.length > 0
                Layout.fillWidth: true
                Layout.leftMargin: 8
                wrapMode: Text.Wrap
                text: node.note
                opacity: 0.7
            }
        }
    }
}
