# Windows: an NSIS installer and a ZIP, both holding one folder bin\ with the two executables,
# Qt's deployment (windeployqt through Qt's deploy script: QML modules, QtWebEngineProcess.exe,
# its resources and locales, Qt's translations), QtKeychain and OpenSSL's libcrypto.
# Configured here; built on Windows (.github/workflows/installers.yml). installer/README.md.

# The window, the agent and its tray icon are GUI programs (no console window: the agent starts
# at login from the Run key); the CLI stays a console program.
set_target_properties(login-companion-window login-companion-agent login-companion-tray
    PROPERTIES WIN32_EXECUTABLE ON)

# The executables side by side, with the CLI's commands module: WindowLauncher and
# CommandsModule look next to themselves first. Component "app" is all the installers hold (the
# generic install rules put them under libexec\).
install(TARGETS login-companion login-companion-window login-companion-agent
    login-companion-tray RUNTIME DESTINATION bin COMPONENT app)
install(TARGETS login-companion-commands
    LIBRARY DESTINATION bin RUNTIME DESTINATION bin COMPONENT app)
install(IMPORTED_RUNTIME_ARTIFACTS qt6keychain RUNTIME DESTINATION bin COMPONENT app)
find_file(LOGIN_COMPANION_LIBCRYPTO_DLL NAMES libcrypto-3-x64.dll libcrypto-3.dll
    HINTS "${OPENSSL_ROOT_DIR}" "${OPENSSL_INCLUDE_DIR}/.." PATH_SUFFIXES bin NO_CACHE)
if(LOGIN_COMPANION_LIBCRYPTO_DLL)
    install(FILES "${LOGIN_COMPANION_LIBCRYPTO_DLL}" DESTINATION bin COMPONENT app)
else()
    message(WARNING "OpenSSL's libcrypto DLL not found (set OPENSSL_ROOT_DIR): the installer "
        "will not run on a machine without OpenSSL.")
endif()
install(FILES ${PROJECT_SOURCE_DIR}/LICENSE DESTINATION . RENAME LICENSE.txt COMPONENT app)

qt_generate_deploy_qml_app_script(
    TARGET login-companion-window
    OUTPUT_SCRIPT deploy_script
    NO_UNSUPPORTED_PLATFORM_ERROR
)
install(SCRIPT ${deploy_script} COMPONENT app)

set(CPACK_GENERATOR "NSIS;ZIP")
set(CPACK_COMPONENTS_ALL app)
set(CPACK_COMPONENTS_GROUPING ALL_COMPONENTS_IN_ONE)
set(CPACK_ARCHIVE_COMPONENT_INSTALL ON)
set(CPACK_COMPONENT_APP_DISPLAY_NAME "Login Companion")
set(CPACK_COMPONENT_APP_REQUIRED ON)
set(CPACK_PACKAGE_FILE_NAME "login-companion-${PROJECT_VERSION}-windows-x64")
set(CPACK_PACKAGE_INSTALL_REGISTRY_KEY "LoginCompanion")
set(CPACK_NSIS_PACKAGE_NAME "Login Companion")
set(CPACK_NSIS_DISPLAY_NAME "Login Companion")
set(CPACK_NSIS_PUBLISHER "The Login Companion developers")
set(CPACK_NSIS_URL_INFO_ABOUT "${LOGIN_COMPANION_HOMEPAGE}")
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\login-companion-window.exe")
set(CPACK_NSIS_MUI_ICON "${CMAKE_CURRENT_SOURCE_DIR}/icons/login-companion.ico")
set(CPACK_NSIS_MUI_UNIICON "${CMAKE_CURRENT_SOURCE_DIR}/icons/login-companion.ico")
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_NSIS_MANIFEST_DPI_AWARE ON)
# A page asking whether to add bin\ to PATH (for the CLI), off by default.
set(CPACK_NSIS_MODIFY_PATH ON)
# Start menu: the accounts window (a GUI program, so no console flashes up).
set(CPACK_PACKAGE_EXECUTABLES "login-companion-window;Login Companion")
# The uninstaller removes what was installed. The user's account list, web sessions and caches
# (%APPDATA%\login-companion, %LOCALAPPDATA%\login-companion) stay unless the user says so;
# tokens in Credential Manager are removed by `login-companion logout`, before uninstalling.
set(CPACK_NSIS_EXTRA_UNINSTALL_COMMANDS [=[
  MessageBox MB_YESNO|MB_ICONQUESTION|MB_DEFBUTTON2 "Also remove your Login Companion account list, web sessions and caches?$\r$\n$\r$\n(Tokens in Windows Credential Manager are removed by signing out: login-companion logout.)" /SD IDNO IDNO lc_keep_user_data
  RMDir /r "$APPDATA\login-companion"
  RMDir /r "$LOCALAPPDATA\login-companion"
  lc_keep_user_data:
]=])

# Code signing (optional): set LOGIN_COMPANION_SIGN_COMMAND to a command that signs the file
# given as its last argument, e.g.
#   signtool sign /fd SHA256 /tr http://timestamp.digicert.com /td SHA256 /f cert.pfx /p PASS
# The executables and DLLs in bin\ are signed before packaging; the installer itself after
# (installer/README.md, "Windows code signing").
set(LOGIN_COMPANION_SIGN_COMMAND "" CACHE STRING "Command that signs one file (Windows)")
if(LOGIN_COMPANION_SIGN_COMMAND)
    install(CODE "
        file(GLOB_RECURSE lc_sign_files \"\${CMAKE_INSTALL_PREFIX}/bin/*.exe\" \"\${CMAKE_INSTALL_PREFIX}/bin/*.dll\")
        foreach(file IN LISTS lc_sign_files)
            execute_process(COMMAND ${LOGIN_COMPANION_SIGN_COMMAND} \"\${file}\" COMMAND_ERROR_IS_FATAL ANY)
        endforeach()" COMPONENT app)
endif()
