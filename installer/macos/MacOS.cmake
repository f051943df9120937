# macOS: "Login Companion.app" in a DragNDrop DMG. The bundle's main executable is the window
# (double-click: the accounts window); the CLI sits next to it in Contents/MacOS, where
# WindowLauncher finds the window. macdeployqt copies Qt's frameworks, the QML modules and
# QtWebEngineCore.framework with its helper app, QtWebEngineProcess.app. Configured here;
# built on macOS (.github/workflows/installers.yml). Signing and notarization:
# installer/README.md.

set(LOGIN_COMPANION_BUNDLE "Login Companion.app")
set(bundle_contents "${LOGIN_COMPANION_BUNDLE}/Contents")
# The oldest macOS the bundle claims to run on: what the build targets (pass
# -DCMAKE_OSX_DEPLOYMENT_TARGET=…), else Qt 6.8's own minimum.
set(LOGIN_COMPANION_MACOS_MINIMUM "${CMAKE_OSX_DEPLOYMENT_TARGET}")
if(NOT LOGIN_COMPANION_MACOS_MINIMUM)
    set(LOGIN_COMPANION_MACOS_MINIMUM "12.0")
endif()

install(TARGETS login-companion-window login-companion login-companion-agent
    login-companion-tray RUNTIME DESTINATION "${bundle_contents}/MacOS" COMPONENT app)
# The CLI's commands module, which login-companion loads from ../PlugIns (CommandsModule).
install(TARGETS login-companion-commands
    LIBRARY DESTINATION "${bundle_contents}/PlugIns" COMPONENT app)
install(IMPORTED_RUNTIME_ARTIFACTS qt6keychain
    LIBRARY DESTINATION "${bundle_contents}/Frameworks"
    FRAMEWORK DESTINATION "${bundle_contents}/Frameworks" COMPONENT app)
configure_file(${CMAKE_CURRENT_SOURCE_DIR}/macos/Info.plist.in
    ${CMAKE_CURRENT_BINARY_DIR}/Info.plist @ONLY)
install(FILES ${CMAKE_CURRENT_BINARY_DIR}/Info.plist DESTINATION "${bundle_contents}" COMPONENT app)
install(FILES ${CMAKE_CURRENT_SOURCE_DIR}/icons/login-companion.icns
    DESTINATION "${bundle_contents}/Resources" COMPONENT app)
install(FILES ${PROJECT_SOURCE_DIR}/LICENSE DESTINATION "${bundle_contents}/Resources"
    COMPONENT app)

# macdeployqt on the installed bundle: the QML imports of qml/, and the CLI as a second
# executable (its Qt frameworks and QtKeychain rpaths fixed up too).
get_target_property(qmake_location Qt6::qmake IMPORTED_LOCATION)
get_filename_component(qt_bin_dir "${qmake_location}" DIRECTORY)
find_program(LOGIN_COMPANION_MACDEPLOYQT macdeployqt HINTS "${qt_bin_dir}" REQUIRED)
install(CODE "
    set(bundle \"\${CMAKE_INSTALL_PREFIX}/${LOGIN_COMPANION_BUNDLE}\")
    execute_process(COMMAND \"${LOGIN_COMPANION_MACDEPLOYQT}\" \"\${bundle}\"
        \"-qmldir=${PROJECT_SOURCE_DIR}/qml\"
        \"-executable=\${bundle}/Contents/MacOS/login-companion\"
        \"-executable=\${bundle}/Contents/MacOS/login-companion-agent\"
        \"-executable=\${bundle}/Contents/MacOS/login-companion-tray\"
        \"-executable=\${bundle}/Contents/PlugIns/login-companion-commands.so\"
        \"-libpath=$<TARGET_FILE_DIR:qt6keychain>\"
        COMMAND_ERROR_IS_FATAL ANY)" COMPONENT app)

set(CPACK_GENERATOR "DragNDrop")
set(CPACK_COMPONENTS_ALL app)
set(CPACK_COMPONENTS_GROUPING ALL_COMPONENTS_IN_ONE)
set(CPACK_DMG_COMPONENT_INSTALL ON)
set(CPACK_DMG_VOLUME_NAME "Login Companion")
set(CPACK_PACKAGE_FILE_NAME "login-companion-${PROJECT_VERSION}-macos")
set(CPACK_PACKAGE_ICON "${CMAKE_CURRENT_SOURCE_DIR}/icons/login-companion.icns")
