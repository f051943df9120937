import QtQuick
import QtQuick.Controls
import LoginCompanion.Controllers

// The window of `login-companion login`: just the login view. Closing it cancels the sign-in.
ApplicationWindow {
    id: window
    required property LoginController controller

    title: controller.title
    width: 480
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

    onClosing: controller.cancel()

    LoginView {
        anchors.fill: parent
        controller: window.controller
    }
}
