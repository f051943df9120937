import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import LoginCompanion.Controllers

// One account's tokens (TokenInspector): times with a live countdown, scopes, refresh token,
// copy buttons, and the ID and access tokens' header and claims. The tokens live only as long as
// this page: Back (or Escape) closes it and they are dropped.
Page {
    id: page
    required property TokenInspector inspector
    signal back()

    Keys.onEscapePressed: page.back()
    Component.onCompleted: backButton.forceActiveFocus()
    StackView.onActivated: backButton.forceActiveFocus()

    header: ToolBar {
        RowLayout {
            anchors.fill: parent
            anchors.leftMargin: 12
            anchors.rightMargin: 12
            ActionButton {
                id: backButton
                objectName: "backButton"
                text: qsTr("Back")
                Accessible.name: qsTr("Back to the accounts")
                onClicked: page.back()
            }
            Label {
                Layout.fillWidth: true
                text: qsTr("Tokens of %1").arg(page.inspector.accountName)
                font.bold: true
                wrapMode: Text.Wrap
            }
        }
    }

    ScrollView {
        id: scroller
        anchors.fill: parent
        contentWidth: availableWidth

        ColumnLayout {
            width: scroller.availableWidth - 24
            x: 12
            spacing: 8

            Item { Layout.preferredHeight: 4 }
            RowLayout {
                Layout.fillWidth: true
                Label {
                    Layout.fillWidth: true
                    wrapMode: Text.Wrap
                    text: [page.inspector.email || page.inspector.label, page.inspector.providerName,
                           page.inspector.environment].filter(s => s).join(" · ")
                }
                ProductionBadge {
                    Layout.alignment: Qt.AlignTop
                    visible: page.inspector.production
                }
            }
            TextArea {
                objectName: "subjectField"
                Layout.fillWidth: true
                readOnly: true
                selectByMouse: true
                wrapMode: Text.WrapAnywhere
                padding: 0
                leftPadding: 0
                rightPadding: 0
                background: null
                text: qsTr("Subject: %1").arg(page.inspector.subject)
            }

            Label {
                visible: page.inspector.status === TokenInspector.Loading
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                text: qsTr("Reading the tokens from the keychain…")
            }
            Label {
                objectName: "inspectorError"
                visible: page.inspector.status === TokenInspector.Failed
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                text: page.inspector.errorText
                color: palette.window.hslLightness < 0.5 ? "#ef9a9a" : "#c62828"
                Accessible.role: Accessible.AlertMessage
                Accessible.name: text
            }

            ColumnLayout {
                visible: page.inspector.status === TokenInspector.Ready
                Layout.fillWidth: true
                spacing: 8

                Label {
                    text: qsTr("Access token")
                    font.bold: true
                    font.pixelSize: Qt.application.font.pixelSize + 2
                    Accessible.role: Accessible.Heading
                }
                Label {
                    objectName: "countdownLabel"
                    Layout.fillWidth: true
                    wrapMode: Text.Wrap
                    font.bold: true
                    text: page.inspector.countdownText
                }
                Label {
                    Layout.fillWidth: true
                    wrapMode: Text.Wrap
                    text: qsTr("Issued: %1").arg(page.inspector.accessIssuedText)
                }
                Label {
                    Layout.fillWidth: true
                    wrapMode: Text.Wrap
                    text: qsTr("Expires: %1").arg(page.inspector.accessExpiresText)
                }
                Label {
                    objectName: "scopesLabel"
                    Layout.fillWidth: true
                    wrapMode: Text.Wrap
                    text: page.inspector.scopes.length > 0
                          ? qsTr("Scopes: %1").arg(page.inspector.scopes.join(" "))
                          : qsTr("Scopes: none recorded")
                }
                Label {
                    objectName: "refreshTokenLabel"
                    Layout.fillWidth: true
                    wrapMode: Text.Wrap
                    text: page.inspector.hasRefreshToken
                          ? qsTr("Refresh token: stored in the keychain")
                          : qsTr("Refresh token: none (sign in again when the access token expires)")
                }

                Flow {
                    Layout.fillWidth: true
                    spacing: 6
                    ActionButton {
                        objectName: "copyAccessTokenButton"
                        text: qsTr("Copy access token")
                        onClicked: page.inspector.copyAccessToken()
                    }
                    ActionButton {
                        objectName: "copyHeaderButton"
                        text: qsTr("Copy Authorization header")
                        onClicked: page.inspector.copyAuthorizationHeader()
                    }
                    ActionButton {
                        objectName: "copyCurlButton"
                        text: qsTr("Copy curl command")
                        Accessible.description: page.inspector.userinfoEndpoint.toString().length > 0
                            ? qsTr("Calls %1").arg(page.inspector.userinfoEndpoint.toString()) : ""
                        onClicked: page.inspector.copyCurlCommand()
                    }
                }
                Label {
                    Layout.fillWidth: true
                    wrapMode: Text.Wrap
                    text: page.inspector.clipboardNote
                    opacity: 0.7
                }
                Label {
                    objectName: "copyNotice"
                    Layout.fillWidth: true
                    wrapMode: Text.Wrap
                    visible: text.length > 0
                    text: page.inspector.copyNotice
                    Accessible.role: Accessible.AlertMessage
                    Accessible.name: text
                }

                Label {
                    text: qsTr("ID token")
                    font.bold: true
                    font.pixelSize: Qt.application.font.pixelSize + 2
                    Accessible.role: Accessible.Heading
                }
                Label {
                    Layout.fillWidth: true
                    wrapMode: Text.Wrap
                    text: page.inspector.hasIdToken
                          ? qsTr("Issued: %1").arg(page.inspector.idIssuedText) + "\n"
                            + qsTr("Expires: %1").arg(page.inspector.idExpiresText)
                          : qsTr("No ID token is stored: this provider signs in with plain OAuth 2.0.")
                }
                ClaimTree {
                    objectName: "idTokenTree"
                    Layout.fillWidth: true
                    model: page.inspector.idToken
                }

                Label {
                    text: qsTr("Access token claims")
                    font.bold: true
                    font.pixelSize: Qt.application.font.pixelSize + 2
                    Accessible.role: Accessible.Heading
                }
                Label {
                    visible: !page.inspector.accessTokenIsJwt
                    Layout.fillWidth: true
                    wrapMode: Text.Wrap
                    text: qsTr("The access token is opaque (not a JWT): only the provider can read it.")
                }
                ClaimTree {
                    objectName: "accessTokenTree"
                    Layout.fillWidth: true
                    model: page.inspector.accessToken
                }
                Item { Layout.preferredHeight: 8 }
            }
        }
    }
}
