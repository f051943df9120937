import QtQuick
import QtQuick.Controls
import QtWebEngine
import LoginCompanion.Controllers

// A window.open() popup of the sign-in (federated login with Google, Steam, …). It shares the
// sign-in's web profile, so the provider sees the same session, and closes when the page asks.
// Its view follows the same rules as the main one (SignInWebView); new windows it asks for open
// in the system browser.
ApplicationWindow {
    id: popup
    required property WebEngineProfile webProfile
    required property LoginController controller
    property alias view: popupView

    width: 520
    height: 640
    title: popupView.title

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

    header: Label {
        padding: 6
        elide: Text.ElideMiddle
        font.bold: true
        text: popupView.url.toString().replace(/[?#].*$/, "")
        Accessible.name: qsTr("Current site: %1").arg(text)
    }

    SignInWebView {
        id: popupView
        anchors.fill: parent
        controller: popup.controller
        profile: popup.webProfile
        onWindowCloseRequested: popup.close()
    }

    onClosing: popup.destroy()
}
