import QtQuick
import QtQuick.Controls

// A button that Return and Enter activate when it has keyboard focus, as Space does.
Button {
    id: button
    Keys.onPressed: function (event) {
        if ((event.key === Qt.Key_Return || event.key === Qt.Key_Enter) && button.enabled) {
            event.accepted = true
            button.clicked()
        }
    }
}
