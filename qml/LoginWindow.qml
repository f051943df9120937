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

    onClosing: controller.cancel()

    LoginView {
        anchors.fill: parent
        controller: window.controller
    }
}
