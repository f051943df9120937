import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtWebEngine

// The provider's login page and the chrome around it. All state comes from `controller`
// (LoginController); this file only lays it out and reports what the web view does.
Item {
    id: root
    required property QtObject controller

    readonly property bool failed: controller.phase === 3   // LoginController.Failed
    readonly property bool exchanging: controller.phase === 2
    readonly property bool loading: controller.phase === 0

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        ToolBar {
            Layout.fillWidth: true
            RowLayout {
                anchors.fill: parent
                anchors.leftMargin: 8
                anchors.rightMargin: 8
                Label {
                    text: root.controller.secure ? "\u{1F512}" : "\u26A0"
                    Accessible.name: root.controller.secure ? qsTr("Secure connection")
                                                            : qsTr("Connection is not encrypted")
                }
                Label {
                    id: hostLabel
                    Layout.fillWidth: true
                    elide: Text.ElideMiddle
                    text: root.controller.currentHost
                    font.bold: true
                    Accessible.name: qsTr("Current site: %1").arg(root.controller.currentHost)
                }
                Button {
                    id: cancelButton
                    text: qsTr("Cancel")
                    Accessible.name: qsTr("Cancel sign-in")
                    onClicked: root.controller.cancel()
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

        Item {
            Layout.fillWidth: true
            Layout.fillHeight: true

            WebEngineView {
                id: webView
                anchors.fill: parent
                visible: !root.failed
                // A fresh off-the-record profile per sign-in: no cookies from an earlier session
                // can sign the user in to the wrong account.
                profile: WebEngineProfile {
                    offTheRecord: true
                }
                url: root.controller.authorizationUrl

                onNavigationRequested: function (request) {
                    if (root.controller.interceptNavigation(request.url)) {
                        if (typeof request.reject === "function")
                            request.reject()        // Qt 6.8+
                        else
                            request.action = WebEngineNavigationRequest.IgnoreRequest
                    }
                }
                onLoadingChanged: function (info) {
                    if (info.status === WebEngineView.LoadStartedStatus) {
                        root.controller.reportLoadStarted(info.url)
                    } else if (info.status === WebEngineView.LoadSucceededStatus) {
                        root.controller.reportLoadSucceeded(info.url)
                        if (root.controller.pageScript.length > 0)
                            webView.runJavaScript(root.controller.pageScript)
                    } else if (info.status === WebEngineView.LoadFailedStatus) {
                        root.controller.reportLoadFailed(info.url, info.errorCode, info.errorString)
                    }
                }
                onLoadProgressChanged: root.controller.reportLoadProgress(loadProgress)
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

            ColumnLayout {
                anchors.centerIn: parent
                width: Math.min(parent.width - 48, 480)
                visible: root.failed
                spacing: 12
                Label {
                    Layout.fillWidth: true
                    text: qsTr("Sign-in did not work")
                    font.pixelSize: 20
                    font.bold: true
                    horizontalAlignment: Text.AlignHCenter
                }
                Label {
                    id: errorLabel
                    Layout.fillWidth: true
                    wrapMode: Text.Wrap
                    horizontalAlignment: Text.AlignHCenter
                    text: root.controller.errorText
                    Accessible.name: qsTr("Error: %1").arg(root.controller.errorText)
                }
                RowLayout {
                    Layout.alignment: Qt.AlignHCenter
                    Button {
                        text: qsTr("Retry")
                        visible: root.controller.canRetry
                        Accessible.name: qsTr("Retry sign-in")
                        onClicked: root.controller.retry()
                    }
                    Button {
                        text: qsTr("Close")
                        Accessible.name: qsTr("Close and cancel sign-in")
                        onClicked: root.controller.cancel()
                    }
                }
            }
        }
    }

    Shortcut {
        sequence: StandardKey.Cancel
        onActivated: root.controller.cancel()
    }
}
