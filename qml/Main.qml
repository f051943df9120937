import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import LoginCompanion.Controllers

// The window of a plain `login-companion`: the signed-in accounts and Sign in. The list follows
// the account index live (AccountsController watches it).
ApplicationWindow {
    id: window
    required property AccountsController accounts

    title: qsTr("Login Companion")
    width: 520
    height: 720
    minimumWidth: 360
    minimumHeight: 480
    visible: true

    // The window's own views follow the application palette, light or dark.
    SystemColors { id: systemColors }
    palette.window: systemColors.window
    palette.windowText: systemColors.windowText
    palette.base: systemColors.base
    palette.alternateBase: systemColors.alternateBase
    palette.text: systemColors.text
    palette.button: systemColors.button
    palette.buttonText: systemColors.buttonText
    palette.highlight: systemColors.highlight
    palette.highlightedText: systemColors.highlightedText
    palette.light: systemColors.light
    palette.midlight: systemColors.midlight
    palette.mid: systemColors.mid
    palette.dark: systemColors.dark
    palette.shadow: systemColors.shadow

    // Ticks the accounts' countdowns.
    property date now: new Date()
    Timer {
        interval: 1000
        running: true
        repeat: true
        onTriggered: window.now = new Date()
    }

    StackView {
        id: stack
        anchors.fill: parent
        initialItem: accountsPage
    }

    Connections {
        target: window.accounts
        function onActiveSignInChanged() {
            if (window.accounts.activeSignIn)
                stack.push(loginPage, { controller: window.accounts.activeSignIn })
            else if (stack.depth > 1)
                stack.pop(null, StackView.Immediate) // before its controller is deleted
        }
    }

    Component {
        id: loginPage
        LoginView {}
    }

    // Signing out revokes the tokens at the provider: it asks first, naming the account.
    Dialog {
        id: signOutDialog
        objectName: "signOutDialog"
        property string profileId
        property string subject
        property string accountName
        x: (window.width - width) / 2
        y: (window.height - height) / 2
        width: Math.min(window.width - 32, 420)
        modal: true
        title: qsTr("Sign out %1?").arg(accountName)
        // Explicit sizes: a wrapped label as the popup's implicit content loops its height.
        contentHeight: signOutMessage.height
        Label {
            id: signOutMessage
            width: signOutDialog.availableWidth
            wrapMode: Text.Wrap
            text: qsTr("%1 is signed out at the provider and removed from this computer. "
                       + "Launchers then ask you to sign in again. This cannot be undone.")
                  .arg(signOutDialog.accountName)
        }
        standardButtons: Dialog.Ok | Dialog.Cancel
        Component.onCompleted: {
            const confirm = standardButton(Dialog.Ok)
            confirm.text = Qt.binding(() => qsTr("Sign out"))
            confirm.objectName = "confirmSignOutButton"
            confirm.Accessible.name = Qt.binding(() => qsTr("Sign out %1").arg(signOutDialog.accountName))
            standardButton(Dialog.Cancel).text = Qt.binding(() => qsTr("Keep signed in"))
        }
        // The safe answer has the focus.
        onOpened: standardButton(Dialog.Cancel).forceActiveFocus()
        onAccepted: window.accounts.signOut(profileId, subject)
        function ask(profileId, subject, accountName) {
            signOutDialog.profileId = profileId
            signOutDialog.subject = subject
            signOutDialog.accountName = accountName
            open()
        }
    }

    Component {
        id: accountsPage
        Page {
            header: ToolBar {
                ColumnLayout {
                    anchors.fill: parent
                    anchors.leftMargin: 12
                    anchors.rightMargin: 12
                    spacing: 0
                    RowLayout {
                        Layout.fillWidth: true
                        ComboBox {
                            id: profileBox
                            objectName: "profileBox"
                            Layout.fillWidth: true
                            model: window.accounts.profiles
                            textRole: "displayName"
                            valueRole: "id"
                            Accessible.name: qsTr("Provider")
                        }
                        ActionButton {
                            objectName: "signInButton"
                            text: qsTr("Sign in")
                            highlighted: true
                            enabled: profileBox.count > 0
                            Accessible.name: qsTr("Sign in to the selected provider")
                            onClicked: {
                                const chosen = window.accounts.profiles[profileBox.currentIndex]
                                if (chosen && !chosen.ready)
                                    setupNote.text = chosen.setupText
                                else
                                    window.accounts.signIn(profileBox.currentValue)
                            }
                        }
                    }
                    CheckBox {
                        objectName: "developmentProviders"
                        text: qsTr("Show development providers")
                        checked: window.accounts.showDevelopmentProviders
                        onToggled: window.accounts.showDevelopmentProviders = checked
                    }
                }
            }

            ColumnLayout {
                anchors.fill: parent
                anchors.margins: 12

                // A provider that is not set up, in plain words, with the documentation.
                ColumnLayout {
                    Layout.fillWidth: true
                    visible: setupNote.text.length > 0
                    Label {
                        id: setupNote
                        objectName: "setupNote"
                        Layout.fillWidth: true
                        wrapMode: Text.Wrap
                        Accessible.role: Accessible.AlertMessage
                        Accessible.name: text
                    }
                    ActionButton {
                        text: qsTr("Open the setup instructions")
                        onClicked: Qt.openUrlExternally(window.accounts.setupDocumentationUrl)
                    }
                    Connections {
                        target: profileBox
                        function onActivated() { setupNote.text = "" }
                    }
                }

                Label {
                    objectName: "noProvidersNote"
                    visible: profileBox.count === 0
                    Layout.fillWidth: true
                    wrapMode: Text.Wrap
                    text: qsTr("No provider is ready on this computer yet. Turn on \"Show development providers\" to see every provider and what each one needs.")
                }

                Label {
                    visible: accountList.count === 0
                    Layout.fillWidth: true
                    wrapMode: Text.Wrap
                    text: qsTr("No accounts yet. Choose a provider and sign in.")
                }

                ListView {
                    id: accountList
                    objectName: "accountList"
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    clip: true
                    model: window.accounts.accounts
                    spacing: 6
                    keyNavigationEnabled: true
                    activeFocusOnTab: false
                    ScrollBar.vertical: ScrollBar {
                        objectName: "accountScrollBar"
                        policy: accountList.contentHeight > accountList.height
                                ? ScrollBar.AlwaysOn : ScrollBar.AsNeeded
                    }
                    Accessible.role: Accessible.List
                    Accessible.name: qsTr("Signed-in accounts")
                    delegate: ItemDelegate {
                        id: accountRow
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
                        readonly property string name: displayName || label
                        readonly property string validity:
                            window.accounts.validityText(expiresAt, signInRequired, window.now)
                        width: ListView.view.width - (accountList.ScrollBar.vertical.visible
                                                      ? accountList.ScrollBar.vertical.width : 0)
                        focusPolicy: Qt.NoFocus
                        Accessible.role: Accessible.ListItem
                        Accessible.name: qsTr("%1, %2, %3").arg(name).arg(providerName).arg(validity)
                        // Keyboard focus inside the row scrolls the row into view.
                        function reveal() {
                            accountList.currentIndex = index
                            accountList.positionViewAtIndex(index, ListView.Contain)
                        }
                        contentItem: RowLayout {
                            ColumnLayout {
                                Layout.fillWidth: true
                                Label {
                                    Layout.fillWidth: true
                                    text: accountRow.name
                                    font.bold: true
                                    elide: Text.ElideRight
                                }
                                Label {
                                    // who, at which provider and environment
                                    Layout.fillWidth: true
                                    wrapMode: Text.Wrap
                                    text: [accountRow.email || accountRow.label,
                                           accountRow.providerName,
                                           accountRow.environment].filter(s => s).join(" · ")
                                    opacity: 0.7
                                }
                                Label {
                                    Layout.fillWidth: true
                                    wrapMode: Text.Wrap
                                    text: accountRow.validity
                                    color: accountRow.signInRequired
                                           ? (palette.window.hslLightness < 0.5 ? "#ef9a9a" : "#c62828")
                                           : palette.windowText
                                }
                            }
                            ColumnLayout {
                                ActionButton {
                                    objectName: "signInAgainButton"
                                    visible: accountRow.signInRequired
                                    text: qsTr("Sign in again")
                                    Accessible.name: qsTr("Sign in again as %1").arg(accountRow.name)
                                    onActiveFocusChanged: if (activeFocus) accountRow.reveal()
                                    onClicked: window.accounts.signInAgain(accountRow.profileId,
                                                                           accountRow.subject)
                                }
                                ActionButton {
                                    objectName: "signOutButton"
                                    text: qsTr("Sign out")
                                    Accessible.name: qsTr("Sign out %1").arg(accountRow.name)
                                    onActiveFocusChanged: if (activeFocus) accountRow.reveal()
                                    onClicked: signOutDialog.ask(accountRow.profileId,
                                                                 accountRow.subject,
                                                                 accountRow.name)
                                }
                            }
                        }
                    }
                }

                Label {
                    objectName: "statusLabel"
                    Layout.fillWidth: true
                    wrapMode: Text.Wrap
                    text: window.accounts.statusText
                    visible: text.length > 0
                    // Announced by screen readers when it changes.
                    Accessible.role: Accessible.AlertMessage
                    Accessible.name: text
                }
            }
        }
    }
}
