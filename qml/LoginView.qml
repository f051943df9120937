import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtWebEngine
import LoginCompanion.Controllers
import LoginCompanion.Web

// The provider's login page and the chrome around it. All state comes from `controller`
// (LoginController); this file lays it out and reports what the web view does.
FocusScope {
    id: root
    required property LoginController controller

    readonly property bool loading: controller.phase === LoginController.Loading
    readonly property bool exchanging: controller.phase === LoginController.Exchanging
    readonly property bool failed: controller.phase === LoginController.Failed
    readonly property bool inBrowser: controller.phase === LoginController.InBrowser
    property var pendingAuthentication: null

    // An HTTP authentication prompt the controller has no answer for, from the view or a popup.
    function askForCredentials(request) {
        root.pendingAuthentication = request
        credentialsDialog.host = request.url.toString()
        credentialsDialog.realm = request.realm
        credentialsDialog.open()
    }

    // Off the record unless the account asked to be remembered; then a storage of its own, so
    // remembered accounts never share cookies. Its HTTP cache lives inside that storage too, so
    // signing out (which removes the folder) leaves nothing of the session behind.
    WebEngineProfile {
        id: webProfile
        offTheRecord: root.controller.webStoragePath === ""
        storageName: root.controller.webStorageName
        persistentStoragePath: root.controller.webStoragePath
        cachePath: root.controller.webStoragePath === "" ? "" : root.controller.webStoragePath + "/cache"
        persistentCookiesPolicy: root.controller.webStoragePath === ""
                                 ? WebEngineProfile.NoPersistentCookies
                                 : WebEngineProfile.ForcePersistentCookies
        onDownloadRequested: function (download) {
            download.cancel()
            root.controller.reportBlocked(LoginController.Download)
        }
        Component.onCompleted: WebTools.guardRedirect(webProfile, root.controller.redirectUri)
    }

    Connections {
        target: root.controller
        function onWebSessionClearRequested() { WebTools.clearSession(webProfile) }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        ToolBar {
            Layout.fillWidth: true
            // At narrow widths (360 px) the buttons move to a second row: the host stays readable.
            GridLayout {
                id: hostBar
                objectName: "hostBar"
                anchors.fill: parent
                anchors.leftMargin: 8
                anchors.rightMargin: 8
                columns: root.width < 440 ? 2 : 4
                rowSpacing: 2
                Label {
                    objectName: "securityBadge"
                    visible: root.controller.currentOrigin.length > 0
                    text: root.controller.secure ? qsTr("Secure") : qsTr("Not encrypted")
                    color: "white"
                    font.pixelSize: 11
                    font.bold: true
                    leftPadding: 6
                    rightPadding: 6
                    topPadding: 2
                    bottomPadding: 2
                    background: Rectangle {
                        radius: 3
                        color: root.controller.secure ? "#2e7d32" : "#e65100"
                    }
                    Accessible.name: root.controller.secure ? qsTr("Secure connection")
                                                            : qsTr("Connection is not encrypted")
                }
                Label {
                    objectName: "originLabel"
                    Layout.fillWidth: true
                    Layout.minimumWidth: 80
                    elide: Text.ElideMiddle
                    // Where the user is typing: the page's origin, always visible.
                    text: root.controller.currentOrigin
                    font.bold: true
                    color: palette.windowText
                    Accessible.role: Accessible.StaticText
                    Accessible.name: qsTr("Current site: %1").arg(root.controller.currentOrigin)
                }
                RowLayout {
                    Layout.columnSpan: hostBar.columns === 2 ? 2 : 1
                    Layout.alignment: Qt.AlignRight
                    ActionButton {
                        flat: true
                        objectName: "browserButton"
                        text: qsTr("Use browser")
                        visible: !root.inBrowser
                        ToolTip.visible: hovered
                        ToolTip.text: qsTr("Sign in with your browser instead")
                        Accessible.name: qsTr("Sign in with your browser instead")
                        onClicked: root.controller.continueInSystemBrowser()
                    }
                    ActionButton {
                        objectName: "cancelButton"
                        text: qsTr("Cancel")
                        Accessible.name: qsTr("Cancel sign-in")
                        onClicked: root.controller.cancel()
                    }
                }
            }
        }

        ProgressBar {
            Layout.fillWidth: true
            visible: root.loading || root.exchanging
            indeterminate: root.exchanging
            from: 0
            to: 100
            value: root.controller.loadProgress
            Accessible.name: qsTr("Loading")
        }

        Label {
            objectName: "noticeLabel"
            Layout.fillWidth: true
            Layout.margins: 6
            visible: text.length > 0
            wrapMode: Text.Wrap
            text: root.controller.notice
            Accessible.role: Accessible.AlertMessage
        }

        Item {
            Layout.fillWidth: true
            Layout.fillHeight: true

            SignInWebView {
                id: webView
                objectName: "webView"
                anchors.fill: parent
                focus: true
                visible: !root.failed && !root.inBrowser
                controller: root.controller
                reportsLoading: true
                opensPopups: true
                autofills: true
                profile: webProfile
                url: root.controller.authorizationUrl

                onCredentialsRequested: function (request) { root.askForCredentials(request) }
                onPopupRequested: function (request) {
                    const popup = popupComponent.createObject(root, { webProfile: webProfile,
                                                                      controller: root.controller })
                    popup.view.credentialsRequested.connect(root.askForCredentials)
                    request.openIn(popup.view)
                    popup.show()
                }
                onJavaScriptDialogRequested: function (request) {
                    // alert/confirm/prompt as the app's own dialogs (the page's origin in the title)
                    request.accepted = true
                    pageDialog.request = request
                    pageDialog.open()
                }
            }

            Pane {
                anchors.fill: parent
                visible: root.exchanging
                opacity: 0.9
                Label {
                    anchors.centerIn: parent
                    text: qsTr("Finishing sign-in…")
                }
            }

            Pane {
                anchors.fill: parent
                visible: root.inBrowser
                Label {
                    anchors.centerIn: parent
                    width: parent.width - 48
                    wrapMode: Text.Wrap
                    horizontalAlignment: Text.AlignHCenter
                    text: qsTr("Continue signing in in your web browser. This window updates when you are done.")
                }
            }

            ColumnLayout {
                objectName: "errorView"
                anchors.centerIn: parent
                width: Math.min(parent.width - 48, 480)
                visible: root.failed
                spacing: 12
                Label {
                    Layout.fillWidth: true
                    text: root.controller.errorView === LoginController.Certificate
                          ? qsTr("This connection is not secure")
                          : root.controller.errorView === LoginController.Insecure
                            ? qsTr("Unencrypted page blocked")
                            : qsTr("Sign-in did not work")
                    font.pixelSize: 20
                    font.bold: true
                    wrapMode: Text.Wrap
                    horizontalAlignment: Text.AlignHCenter
                }
                Label {
                    objectName: "errorLabel"
                    Layout.fillWidth: true
                    wrapMode: Text.Wrap
                    horizontalAlignment: Text.AlignHCenter
                    text: root.controller.errorText
                    Accessible.role: Accessible.AlertMessage
                    Accessible.name: qsTr("Error: %1").arg(root.controller.errorText)
                }
                Label {
                    objectName: "errorDetailsLabel"
                    Layout.fillWidth: true
                    visible: text.length > 0
                    wrapMode: Text.WrapAnywhere
                    horizontalAlignment: Text.AlignHCenter
                    opacity: 0.7
                    font.pixelSize: 11
                    text: root.controller.errorDetails.length > 0
                          ? qsTr("Details: %1").arg(root.controller.errorDetails) : ""
                }
                TextArea {
                    objectName: "fingerprintField"
                    Layout.fillWidth: true
                    visible: root.controller.certificateFingerprint.length > 0
                    readOnly: true
                    wrapMode: TextEdit.WrapAnywhere
                    font.family: "monospace"
                    text: qsTr("Certificate SHA-256 fingerprint:\n%1").arg(root.controller.certificateFingerprint)
                    Accessible.name: qsTr("Certificate fingerprint")
                }
                // Wraps to a second row when the window is narrow.
                Flow {
                    objectName: "errorButtons"
                    Layout.fillWidth: true
                    spacing: 6
                    ActionButton {
                        objectName: "retryButton"
                        text: root.controller.browserUnavailable ? qsTr("Back to the sign-in page")
                                                                 : qsTr("Retry")
                        visible: root.controller.canRetry
                        focus: visible
                        Accessible.name: root.controller.browserUnavailable
                                         ? text : qsTr("Retry sign-in")
                        onClicked: root.controller.retry()
                    }
                    ActionButton {
                        objectName: "errorBrowserButton"
                        text: qsTr("Sign in with your browser instead")
                        visible: !root.controller.browserUnavailable
                        Accessible.name: text
                        onClicked: root.controller.continueInSystemBrowser()
                    }
                    ActionButton {
                        objectName: "closeButton"
                        text: qsTr("Close")
                        Accessible.name: qsTr("Close and cancel sign-in")
                        onClicked: root.controller.cancel()
                    }
                }
            }
        }

        RowLayout {
            Layout.fillWidth: true
            Layout.margins: 6
            visible: root.controller.webStoragePath !== "" && !root.failed
            Label {
                Layout.fillWidth: true
                text: qsTr("This account's sign-in is remembered on this computer.")
                wrapMode: Text.Wrap
                opacity: 0.7
            }
            ActionButton {
                objectName: "differentAccountButton"
                text: qsTr("Sign in with a different account")
                Accessible.name: text
                onClicked: root.controller.signInWithDifferentAccount()
            }
        }
    }

    Component {
        id: popupComponent
        PopupWindow {}
    }

    Dialog {
        id: credentialsDialog
        objectName: "credentialsDialog"
        property string host
        property string realm
        anchors.centerIn: parent
        modal: true
        title: qsTr("Sign in to %1").arg(host)
        standardButtons: Dialog.Ok | Dialog.Cancel
        onOpened: userField.forceActiveFocus()
        ColumnLayout {
            anchors.fill: parent
            Label {
                text: qsTr("The site asks for a user name and password (%1).").arg(credentialsDialog.realm)
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            TextField {
                id: userField
                objectName: "userField"
                Layout.fillWidth: true
                placeholderText: qsTr("User name")
                Accessible.name: qsTr("User name")
                KeyNavigation.tab: passwordField
            }
            TextField {
                id: passwordField
                objectName: "passwordField"
                Layout.fillWidth: true
                echoMode: TextInput.Password
                placeholderText: qsTr("Password")
                Accessible.name: qsTr("Password")
                onAccepted: credentialsDialog.accept()
            }
        }
        onAccepted: {
            root.pendingAuthentication.dialogAccept(userField.text, passwordField.text)
            passwordField.text = ""
            root.pendingAuthentication = null
        }
        onRejected: {
            root.pendingAuthentication.dialogReject()
            passwordField.text = ""
            root.pendingAuthentication = null
            root.controller.cancel()
        }
    }

    Dialog {
        id: pageDialog
        objectName: "pageDialog"
        property var request: null
        readonly property bool isPrompt: request !== null && request.type === JavaScriptDialogRequest.DialogTypePrompt
        readonly property bool isAlert: request !== null && request.type === JavaScriptDialogRequest.DialogTypeAlert
        property string message: request !== null ? request.message : ""
        anchors.centerIn: parent
        width: Math.min(parent.width - 32, 420)
        modal: true
        title: qsTr("%1 says").arg(root.controller.currentOrigin)
        standardButtons: isAlert ? Dialog.Ok : Dialog.Ok | Dialog.Cancel
        onOpened: promptField.text = request !== null ? request.defaultText : ""
        ColumnLayout {
            anchors.fill: parent
            Label {
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                text: pageDialog.message
            }
            TextField {
                id: promptField
                objectName: "promptField"
                Layout.fillWidth: true
                visible: pageDialog.isPrompt
                Accessible.name: pageDialog.message
            }
        }
        onAccepted: {
            if (request !== null)
                request.dialogAccept(isPrompt ? promptField.text : "")
            request = null
        }
        onRejected: {
            if (request !== null)
                request.dialogReject()
            request = null
        }
    }

    Shortcut {
        sequence: StandardKey.Cancel
        onActivated: root.controller.cancel()
    }
}
