import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import LoginCompanion.Controllers

// The accounts list and Sign in: a provider picker (built-in and added profiles), adding a
// profile from a file, and the accounts grouped by provider and environment, filtered by
// environment and a search over label, email and subject (AccountFilterModel does the work).
Page {
    id: page
    required property AccountsController accounts
    required property date now
    readonly property AccountFilterModel filtered: accounts.filteredAccounts

    signal signOutRequested(string profileId, string subject, string name)

    FileDialog {
        id: profileFileDialog
        objectName: "profileFileDialog"
        title: qsTr("Add a provider profile")
        nameFilters: [qsTr("Provider profiles (*.json)"), qsTr("All files (*)")]
        onAccepted: {
            const added = page.accounts.addProfileFile(selectedFile)
            if (added.length > 0)
                profileBox.currentIndex = page.accounts.indexOfProfile(added)
        }
    }

    header: ToolBar {
        ColumnLayout {
            anchors.fill: parent
            anchors.leftMargin: 12
            anchors.rightMargin: 12
            spacing: 0
            RowLayout {
                Layout.fillWidth: true
                ComboBox {
                    id: profileBox
                    objectName: "profileBox"
                    Layout.fillWidth: true
                    model: page.accounts.profiles
                    textRole: "displayName"
                    valueRole: "id"
                    Accessible.name: qsTr("Provider")
                }
                ActionButton {
                    objectName: "signInButton"
                    text: qsTr("Sign in")
                    highlighted: true
                    enabled: profileBox.count > 0
                    Accessible.name: qsTr("Sign in to the selected provider")
                    onClicked: {
                        const chosen = page.accounts.profiles[profileBox.currentIndex]
                        if (chosen && !chosen.ready)
                            setupNote.text = chosen.setupText
                        else
                            page.accounts.signIn(profileBox.currentValue)
                    }
                }
            }
            Flow {
                Layout.fillWidth: true
                spacing: 6
                CheckBox {
                    objectName: "developmentProviders"
                    text: qsTr("Show development providers")
                    checked: page.accounts.showDevelopmentProviders
                    onToggled: page.accounts.showDevelopmentProviders = checked
                }
                ActionButton {
                    objectName: "addProfileButton"
                    text: qsTr("Add a provider file…")
                    Accessible.name: qsTr("Add a provider profile from a file")
                    onClicked: profileFileDialog.open()
                }
            }
        }
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 12

        // A provider that is not set up, in plain words, with the documentation.
        ColumnLayout {
            Layout.fillWidth: true
            visible: setupNote.text.length > 0
            Label {
                id: setupNote
                objectName: "setupNote"
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                Accessible.role: Accessible.AlertMessage
                Accessible.name: text
            }
            ActionButton {
                text: qsTr("Open the setup instructions")
                onClicked: Qt.openUrlExternally(page.accounts.setupDocumentationUrl)
            }
            Connections {
                target: profileBox
                function onActivated() { setupNote.text = "" }
            }
        }

        // A profile file that was refused: the file and the key at fault.
        Label {
            objectName: "profileProblem"
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            visible: text.length > 0
            text: page.accounts.profileProblem
            color: palette.window.hslLightness < 0.5 ? "#ef9a9a" : "#c62828"
            Accessible.role: Accessible.AlertMessage
            Accessible.name: text
        }

        Label {
            objectName: "noProvidersNote"
            visible: profileBox.count === 0
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            text: qsTr("No provider is ready on this computer yet. Turn on \"Show development providers\" to see every provider and what each one needs.")
        }

        Label {
            visible: page.filtered.totalCount === 0
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            text: qsTr("No accounts yet. Choose a provider and sign in.")
        }

        GridLayout {
            Layout.fillWidth: true
            visible: page.filtered.totalCount > 0
            columns: width >= 440 ? 2 : 1
            ComboBox {
                id: environmentFilter
                objectName: "environmentFilter"
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                model: page.filtered.environmentChoices
                onActivated: function (index) { page.filtered.environmentIndex = index }
                Accessible.name: qsTr("Environment")
                Binding {
                    target: environmentFilter
                    property: "currentIndex"
                    value: page.filtered.environmentIndex
                }
            }
            TextField {
                objectName: "accountSearch"
                Layout.fillWidth: true
                Layout.preferredWidth: 2
                placeholderText: qsTr("Search by label, email or subject")
                // The style's placeholder colour ignores a dark palette in Qt 6.4.
                placeholderTextColor: Qt.rgba(palette.text.r, palette.text.g, palette.text.b, 0.6)
                inputMethodHints: Qt.ImhNoPredictiveText
                onTextChanged: page.filtered.searchText = text
                Accessible.name: qsTr("Search accounts")
            }
        }

        Label {
            objectName: "shownCount"
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            visible: page.filtered.count !== page.filtered.totalCount
            text: qsTr("Showing %1 of %2 accounts").arg(page.filtered.count).arg(page.filtered.totalCount)
        }

        ListView {
            id: accountList
            objectName: "accountList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: page.filtered
            spacing: 6
            keyNavigationEnabled: true
            activeFocusOnTab: false
            // Filtering replaces many rows at once: rows are reused rather than rebuilt.
            reuseItems: true
            ScrollBar.vertical: ScrollBar {
                objectName: "accountScrollBar"
                policy: accountList.contentHeight > accountList.height
                        ? ScrollBar.AlwaysOn : ScrollBar.AsNeeded
            }
            Accessible.role: Accessible.List
            Accessible.name: qsTr("Signed-in accounts")
            section.property: "group"
            section.criteria: ViewSection.FullString
            section.delegate: Label {
                required property string section
                width: ListView.view.width
                topPadding: 10
                bottomPadding: 2
                wrapMode: Text.Wrap
                font.bold: true
                text: section
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }
            delegate: AccountRow {
                controller: page.accounts
                now: page.now
                width: ListView.view.width - (accountList.ScrollBar.vertical.visible
                                              ? accountList.ScrollBar.vertical.width : 0)
                onSignOutRequested: (profileId, subject, name) =>
                    page.signOutRequested(profileId, subject, name)
                onFocusEntered: function (index) {
                    accountList.currentIndex = index
                    accountList.positionViewAtIndex(index, ListView.Contain)
                }
            }
        }

        Label {
            objectName: "statusLabel"
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            text: page.accounts.statusText
            visible: text.length > 0
            // Announced by screen readers when it changes.
            Accessible.role: Accessible.AlertMessage
            Accessible.name: text
        }
    }
}
