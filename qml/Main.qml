import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import LoginCompanion.Controllers

// The window of a plain `login-companion`: the signed-in accounts and Sign in.
ApplicationWindow {
    id: window
    required property AccountsController accounts

    title: qsTr("Login Companion")
    width: 520
    height: 720
    minimumWidth: 380
    minimumHeight: 480
    visible: true

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
                stack.pop()
        }
    }

    Component {
        id: loginPage
        LoginView {}
    }

    Component {
        id: accountsPage
        Page {
            header: ToolBar {
                RowLayout {
                    anchors.fill: parent
                    anchors.leftMargin: 12
                    anchors.rightMargin: 12
                    ComboBox {
                        id: profileBox
                        Layout.fillWidth: true
                        model: window.accounts.profiles
                        textRole: "displayName"
                        valueRole: "id"
                        Accessible.name: qsTr("Provider")
                    }
                    Button {
                        text: qsTr("Sign in")
                        highlighted: true
                        Accessible.name: qsTr("Sign in to the selected provider")
                        onClicked: window.accounts.signIn(profileBox.currentValue)
                    }
                }
            }

            ColumnLayout {
                anchors.fill: parent
                anchors.margins: 12

                Label {
                    visible: accountList.count === 0
                    Layout.fillWidth: true
                    wrapMode: Text.Wrap
                    text: qsTr("No accounts yet. Choose a provider and sign in.")
                }

                ListView {
                    id: accountList
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    clip: true
                    model: window.accounts.accounts
                    spacing: 6
                    delegate: ItemDelegate {
                        id: accountRow
                        // AccountListModel's roles
                        required property string profileId
                        required property string providerName
                        required property string environment
                        required property string email
                        required property string label
                        required property string subject
                        required property string displayName
                        required property date expiresAt
                        required property bool signInRequired
                        width: ListView.view.width
                        contentItem: RowLayout {
                            ColumnLayout {
                                Layout.fillWidth: true
                                Label {
                                    text: accountRow.displayName || accountRow.label
                                    font.bold: true
                                }
                                Label {
                                    // who, at which provider and environment
                                    text: [accountRow.email || accountRow.label,
                                           accountRow.providerName,
                                           accountRow.environment].filter(s => s).join(" · ")
                                    opacity: 0.7
                                }
                                Label {
                                    text: window.accounts.validityText(accountRow.expiresAt,
                                                                       accountRow.signInRequired,
                                                                       window.now)
                                    color: accountRow.signInRequired ? "#c62828" : palette.windowText
                                    Accessible.name: text
                                }
                            }
                            Button {
                                text: qsTr("Sign out")
                                Accessible.name: qsTr("Sign out %1").arg(accountRow.label)
                                onClicked: window.accounts.signOut(accountRow.profileId,
                                                                   accountRow.subject)
                            }
                        }
                    }
                }

                Label {
                    Layout.fillWidth: true
                    wrapMode: Text.Wrap
                    text: window.accounts.statusText
                    visible: text.length > 0
                }
            }
        }
    }
}
