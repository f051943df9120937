# Linux: the files a desktop and Debian expect, and the .deb's metadata.
# Included by installer/CMakeLists.txt; the executables install themselves (app/cli, app/window).

# Desktop integration: launcher entry, icons, AppStream metadata.
install(FILES ${CMAKE_CURRENT_SOURCE_DIR}/linux/login-companion.desktop
    DESTINATION share/applications)
install(FILES ${CMAKE_CURRENT_SOURCE_DIR}/icons/login-companion.svg
    DESTINATION share/icons/hicolor/scalable/apps)
foreach(size 16 24 32 48 64 128 256 512)
    install(FILES ${CMAKE_CURRENT_SOURCE_DIR}/icons/login-companion-${size}.png
        DESTINATION share/icons/hicolor/${size}x${size}/apps RENAME login-companion.png)
endforeach()
configure_file(${CMAKE_CURRENT_SOURCE_DIR}/linux/metainfo.xml.in
    ${CMAKE_CURRENT_BINARY_DIR}/${LOGIN_COMPANION_APP_ID}.metainfo.xml @ONLY)
install(FILES ${CMAKE_CURRENT_BINARY_DIR}/${LOGIN_COMPANION_APP_ID}.metainfo.xml
    DESTINATION share/metainfo)

# The agent (docs/AGENT.md): installed, never enabled. `login-companion agent --enable-autostart`
# copies the autostart entry to ~/.config/autostart; the user service is enabled with
# `systemctl --user enable --now login-companion-agent`.
install(FILES ${CMAKE_CURRENT_SOURCE_DIR}/linux/login-companion-agent.desktop
    DESTINATION share/login-companion)
configure_file(${CMAKE_CURRENT_SOURCE_DIR}/linux/login-companion-agent.service.in
    ${CMAKE_CURRENT_BINARY_DIR}/login-companion-agent.service @ONLY)
install(FILES ${CMAKE_CURRENT_BINARY_DIR}/login-companion-agent.service
    DESTINATION lib/systemd/user)

# The man page and shell completions are generated from the command definitions (app/cli, issue
# 10). They are installed when the build made them: the paths below are where that generator
# writes (override them if it writes elsewhere). The man page is compressed as Debian wants.
set(LOGIN_COMPANION_MAN_PAGE "${CMAKE_BINARY_DIR}/doc/login-companion.1" CACHE FILEPATH
    "Generated man page (installed if present)")
set(LOGIN_COMPANION_COMPLETIONS_DIR "${CMAKE_BINARY_DIR}/completions" CACHE PATH
    "Generated shell completions: login-companion.bash, _login-companion, login-companion.fish")
# Each only when it exists (no empty folders in the package).
install(CODE "
    if(EXISTS \"${LOGIN_COMPANION_MAN_PAGE}\")
        execute_process(COMMAND gzip -9nc \"${LOGIN_COMPANION_MAN_PAGE}\"
            OUTPUT_FILE \"${CMAKE_CURRENT_BINARY_DIR}/login-companion.1.gz\" COMMAND_ERROR_IS_FATAL ANY)
        file(INSTALL \"${CMAKE_CURRENT_BINARY_DIR}/login-companion.1.gz\"
            DESTINATION \"\${CMAKE_INSTALL_PREFIX}/share/man/man1\")
    endif()
    set(completions_dir \"${LOGIN_COMPANION_COMPLETIONS_DIR}\")
    foreach(pair \"login-companion.bash:bash-completion/completions:login-companion\"
                 \"_login-companion:zsh/vendor-completions:_login-companion\"
                 \"login-companion.fish:fish/vendor_completions.d:login-companion.fish\")
        string(REPLACE \":\" \";\" pair \"\${pair}\")
        list(GET pair 0 source)
        list(GET pair 1 folder)
        list(GET pair 2 name)
        if(EXISTS \"\${completions_dir}/\${source}\")
            file(INSTALL \"\${completions_dir}/\${source}\"
                DESTINATION \"\${CMAKE_INSTALL_PREFIX}/share/\${folder}\" RENAME \"\${name}\")
        endif()
    endforeach()")

# Debian: machine-readable copyright (the LICENSE text) and the compressed changelog.
file(READ ${PROJECT_SOURCE_DIR}/LICENSE license_raw)
string(REGEX REPLACE "\n$" "" license_raw "${license_raw}")
# DEP-5: every line indented by one space, an empty line written as " .".
string(REPLACE "\n\n" "\n.\n" LICENSE_TEXT "${license_raw}")
string(REPLACE "\n" "\n " LICENSE_TEXT " ${LICENSE_TEXT}")
configure_file(${CMAKE_CURRENT_SOURCE_DIR}/debian/copyright.in
    ${CMAKE_CURRENT_BINARY_DIR}/copyright @ONLY)
set(changelog_gz ${CMAKE_CURRENT_BINARY_DIR}/changelog.Debian.gz)
add_custom_command(OUTPUT ${changelog_gz}
    COMMAND gzip -9nc ${CMAKE_CURRENT_SOURCE_DIR}/debian/changelog > ${changelog_gz}
    DEPENDS ${CMAKE_CURRENT_SOURCE_DIR}/debian/changelog VERBATIM)
add_custom_target(login_companion_debian_changelog ALL DEPENDS ${changelog_gz})
install(FILES ${CMAKE_CURRENT_BINARY_DIR}/copyright ${changelog_gz}
    DESTINATION share/doc/login-companion)

# The .deb. Depends: the shared libraries the two executables link (dpkg-shlibdeps), and what
# they load at run time: the QML modules (one list, next to the imports: qml/CMakeLists.txt)
# and QtWebEngineProcess.
set(CPACK_GENERATOR "DEB;TGZ")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT) # login-companion_VERSION-REVISION_amd64.deb
set(CPACK_DEBIAN_PACKAGE_RELEASE "${LOGIN_COMPANION_DEBIAN_REVISION}")
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${LOGIN_COMPANION_MAINTAINER}")
set(CPACK_DEBIAN_PACKAGE_SECTION "net")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${LOGIN_COMPANION_HOMEPAGE}")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_COMPRESSION_TYPE xz)
get_property(qml_packages GLOBAL PROPERTY LOGIN_COMPANION_QML_DEBIAN_PACKAGES)
string(REPLACE ";" ", " qml_depends "${qml_packages}")
set(CPACK_DEBIAN_PACKAGE_DEPENDS "${qml_depends}")
# A font with Hangul for the Korean interface; a Secret Service to keep the tokens in; xdg-open
# for `--browser system` and `logout --end-session`.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS
    "fonts-noto-cjk | fonts-nanum, gnome-keyring | libkf5wallet-bin | keepassxc, xdg-utils")
# The synopsis is CPACK_PACKAGE_DESCRIPTION_SUMMARY; this is the extended description.
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION "Login Companion signs players in to OAuth 2.0 and OpenID Connect providers on
behalf of game launchers. It shows the provider's login page in an embedded
window (Qt WebEngine), always uses PKCE, keeps tokens only in the system
keychain (Secret Service), and hands a launcher a fresh access token from one
command, `login-companion token`, refreshing it silently.")
