import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import LoginCompanion.Controllers

// The window of a plain `login-companion`: the signed-in accounts and Sign in (AccountsPage), a
// sign-in in progress (LoginView), and one account's tokens (TokenDetailsPage). The list follows
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
        objectName: "stack"
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
        function onDetailsChanged() {
            if (window.accounts.details)
                stack.push(detailsPage, { inspector: window.accounts.details })
            else if (stack.depth > 1)
                stack.pop(null, StackView.Immediate) // before its tokens are dropped
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
        AccountsPage {
            accounts: window.accounts
            now: window.now
            onSignOutRequested: (profileId, subject, name) => signOutDialog.ask(profileId, subject, name)
        }
    }

    Component {
        id: detailsPage
        TokenDetailsPage {
            onBack: window.accounts.closeDetails()
        }
    }
}
