import QtQuick
import QtQuick.Controls

// White on red, in capitals: tokens of a production environment act on real players.
Label {
    objectName: "productionBadge"
    text: qsTr("PRODUCTION")
    color: "#ffffff"
    font.bold: true
    font.pixelSize: Math.max(10, Qt.application.font.pixelSize - 2)
    leftPadding: 6
    rightPadding: 6
    topPadding: 2
    bottomPadding: 2
    background: Rectangle {
        color: "#c62828"
        radius: 3
    }
    Accessible.role: Accessible.StaticText
    Accessible.name: qsTr("Production environment")
}
