import QtQuick
import QtWebEngine
import LoginCompanion.Controllers
import LoginCompanion.Web

// The web view of a sign-in, with the handlers its main view and its popups share: every
// navigation goes through the controller's policy, the page script runs on each loaded page,
// TLS errors and HTTP authentication are the controller's decision, blocked features are
// reported, and new windows become popups (or open in the system browser).
WebEngineView {
    id: view
    required property LoginController controller
    // The main view reports its loads (host bar, progress, phase); a popup does not.
    property bool reportsLoading: false
    // False: every new window, popups included, opens in the system browser.
    property bool opensPopups: false
    // With --autofill, the main view types the stored credentials into its own pages (the
    // controller says which); popups never do.
    property bool autofills: false

    function runAutofill(url) {
        const script = view.controller.autofillScript(url)
        if (script.length > 0)
            view.runJavaScript(script, WebEngineScript.ApplicationWorld, function (answer) {
                view.controller.reportAutofill(url, String(answer))
            })
    }

    Connections {
        target: view.autofills ? view.controller : null
        function onAutofillRequested() { view.runAutofill(view.url) }
    }

    // The controller wants to ask the user (it has no automatic answer): show a dialog, then
    // call request.dialogAccept(user, password) or request.dialogReject().
    signal credentialsRequested(var request)
    // window.open() (federated sign-in): the receiver opens it with request.openIn(…).
    signal popupRequested(var request)

    settings.javascriptCanOpenWindows: true
    settings.javascriptCanAccessClipboard: false

    onNavigationRequested: function (request) {
        if (!view.controller.allowNavigation(request.url, request.isMainFrame)) {
            if (typeof request.reject === "function")
                request.reject()        // Qt 6.8+
            else
                request.action = WebEngineNavigationRequest.IgnoreRequest
        }
    }
    onLoadingChanged: function (info) {
        if (info.status === WebEngineView.LoadStartedStatus) {
            if (view.reportsLoading)
                view.controller.reportLoadStarted(info.url)
        } else if (info.status === WebEngineView.LoadSucceededStatus) {
            if (view.reportsLoading)
                view.controller.reportLoadSucceeded(info.url)
            if (view.controller.pageScript.length > 0)
                view.runJavaScript(view.controller.pageScript)
            if (view.autofills)
                view.runAutofill(info.url)
        } else if (info.status === WebEngineView.LoadFailedStatus) {
            if (view.reportsLoading)
                view.controller.reportLoadFailed(info.url, info.errorCode, info.errorString)
        }
    }
    onLoadProgressChanged: {
        if (view.reportsLoading)
            view.controller.reportLoadProgress(view.loadProgress)
    }
    onCertificateError: function (error) {
        if (view.controller.allowCertificate(error.url, WebTools.certificateSha256(error),
                                             error.description))
            error.acceptCertificate()
        else
            error.rejectCertificate()
    }
    onAuthenticationDialogRequested: function (request) {
        request.accepted = true
        const answer = view.controller.credentialsFor(request.url, request.realm)
        if (answer.mode === "answer") {
            request.dialogAccept(answer.user, answer.password)
        } else if (answer.mode === "cancel") {
            request.dialogReject()
            view.controller.cancel()
        } else {
            view.credentialsRequested(request)
        }
    }
    onFeaturePermissionRequested: function (securityOrigin, feature) {
        view.grantFeaturePermission(securityOrigin, feature, false)
        view.controller.reportBlocked(LoginController.Permission)
    }
    onFileDialogRequested: function (request) {
        request.accepted = true
        request.dialogReject()
        view.controller.reportBlocked(LoginController.FilePicker)
    }
    onNewWindowRequested: function (request) {
        // window.open() popups (federated sign-in) stay in the sign-in's profile; links meant
        // for a new tab (terms, help) go to the system browser.
        if (view.opensPopups
                && (request.destination === WebEngineNewWindowRequest.InNewDialog
                    || request.destination === WebEngineNewWindowRequest.InNewWindow))
            view.popupRequested(request)
        else
            view.controller.openExternally(request.requestedUrl)
    }
}
