import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import LoginCompanion.Controllers

// One account in the list: who, where (provider, environment, a badge for production), how long
// its token is valid, and its actions. Clicking it opens its tokens' details.
ItemDelegate {
    id: row
    required property AccountsController controller
    required property date now
    // AccountListModel's roles
    required property int index
    required property string profileId
    required property string providerName
    required property string environment
    required property string email
    required property string label
    required property string subject
    required property string displayName
    required property date expiresAt
    required property bool signInRequired
    required property bool production
    readonly property string name: displayName || label
    readonly property string validity: controller.validityText(expiresAt, signInRequired, now)

    signal signOutRequested(string profileId, string subject, string name)
    // Keyboard focus inside the row: the list shows the row.
    signal focusEntered(int index)

    focusPolicy: Qt.NoFocus
    // A row the list keeps for reuse (reuseItems) is out of sight for screen readers too.
    ListView.onPooled: visible = false
    ListView.onReused: visible = true
    Accessible.role: Accessible.ListItem
    Accessible.name: production
                     ? qsTr("%1, %2, production environment, %3").arg(name).arg(providerName).arg(validity)
                     : qsTr("%1, %2, %3").arg(name).arg(providerName).arg(validity)
    onClicked: controller.openDetails(profileId, subject)

    contentItem: RowLayout {
        ColumnLayout {
            Layout.fillWidth: true
            RowLayout {
                Layout.fillWidth: true
                Label {
                    Layout.fillWidth: true
                    text: row.name
                    font.bold: true
                    wrapMode: Text.Wrap
                }
                ProductionBadge {
                    Layout.alignment: Qt.AlignTop
                    visible: row.production
                }
            }
            Label {
                // who, at which provider and environment
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                text: [row.email || row.label, row.providerName, row.environment]
                      .filter(s => s).join(" · ")
                opacity: 0.7
            }
            Label {
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                text: row.validity
                color: row.signInRequired
                       ? (palette.window.hslLightness < 0.5 ? "#ef9a9a" : "#c62828")
                       : palette.windowText
            }
        }
        ColumnLayout {
            ActionButton {
                objectName: "detailsButton"
                Layout.fillWidth: true
                Layout.minimumWidth: implicitWidth
                text: qsTr("Tokens")
                Accessible.name: qsTr("Show the tokens of %1").arg(row.name)
                onActiveFocusChanged: if (activeFocus) row.focusEntered(row.index)
                onClicked: row.controller.openDetails(row.profileId, row.subject)
            }
            ActionButton {
                objectName: "signInAgainButton"
                Layout.fillWidth: true
                Layout.minimumWidth: implicitWidth
                visible: row.signInRequired
                text: qsTr("Sign in again")
                Accessible.name: qsTr("Sign in again as %1").arg(row.name)
                onActiveFocusChanged: if (activeFocus) row.focusEntered(row.index)
                onClicked: row.controller.signInAgain(row.profileId, row.subject)
            }
            ActionButton {
                objectName: "signOutButton"
                Layout.fillWidth: true
                Layout.minimumWidth: implicitWidth
                text: qsTr("Sign out")
                Accessible.name: qsTr("Sign out %1").arg(row.name)
                onActiveFocusChanged: if (activeFocus) row.focusEntered(row.index)
                onClicked: row.signOutRequested(row.profileId, row.subject, row.name)
            }
        }
    }
}
