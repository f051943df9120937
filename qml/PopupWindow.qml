import QtQuick
import QtQuick.Controls
import QtWebEngine
import LoginCompanion.Controllers

// A window.open() popup of the sign-in (federated login with Google, Steam, …). It shares the
// sign-in's web profile, so the provider sees the same session, and closes when the page asks.
ApplicationWindow {
    id: popup
    required property WebEngineProfile webProfile
    required property LoginController controller
    property alias view: popupView

    width: 520
    height: 640
    title: popupView.title

    header: Label {
        padding: 6
        elide: Text.ElideMiddle
        font.bold: true
        text: popupView.url.toString().replace(/[?#].*$/, "")
        Accessible.name: qsTr("Current site: %1").arg(text)
    }

    WebEngineView {
        id: popupView
        anchors.fill: parent
        profile: popup.webProfile
        onWindowCloseRequested: popup.close()
        onLoadingChanged: function (info) {
            if (info.status === WebEngineView.LoadSucceededStatus
                    && popup.controller.pageScript.length > 0)
                popupView.runJavaScript(popup.controller.pageScript)
        }
        onNavigationRequested: function (request) {
            // The popup may finish the sign-in itself: the same policy as the main view.
            if (!popup.controller.allowNavigation(request.url, request.isMainFrame)) {
                if (typeof request.reject === "function")
                    request.reject()
                else
                    request.action = WebEngineNavigationRequest.IgnoreRequest
            }
        }
        onNewWindowRequested: function (request) {
            popup.controller.openExternally(request.requestedUrl)
        }
    }

    onClosing: popup.destroy()
}
