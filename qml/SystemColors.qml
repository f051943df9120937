import QtQuick

// The application palette (the platform's, light or dark; or LOGIN_COMPANION_COLOR_SCHEME's),
// for the windows' `palette`: Qt Quick Controls 6.4 reads only its theme's palette and would
// stay light on a dark desktop palette set through QGuiApplication.
SystemPalette {
    colorGroup: SystemPalette.Active
}
