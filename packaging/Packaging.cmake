# Installation layout and installers (CPack): Linux DEB/RPM (built and tested here), Windows NSIS
# and macOS DragNDrop (recipes kept ready; see packaging/README.md).
include(GNUInstallDirs)

set(RECDESK_APP_ID io.github.recdesk.Recdesk)

if(UNIX AND NOT APPLE AND TARGET recdesk)
    # Desktop integration: launcher, AppStream metainfo, hicolor icons (SVG + PNG sizes).
    install(FILES ${CMAKE_SOURCE_DIR}/resources/linux/${RECDESK_APP_ID}.desktop
            DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
    configure_file(${CMAKE_SOURCE_DIR}/resources/linux/${RECDESK_APP_ID}.metainfo.xml
                   ${CMAKE_BINARY_DIR}/packaging/${RECDESK_APP_ID}.metainfo.xml @ONLY)
    install(FILES ${CMAKE_BINARY_DIR}/packaging/${RECDESK_APP_ID}.metainfo.xml
            DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
    install(FILES ${CMAKE_SOURCE_DIR}/resources/icons/recdesk.svg
            DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps RENAME ${RECDESK_APP_ID}.svg)
    find_program(RSVG_CONVERT rsvg-convert)
    if(RSVG_CONVERT)
        set(png_icons)
        foreach(size 16 32 48 64 128 256)
            set(png ${CMAKE_BINARY_DIR}/packaging/icons/${size}/${RECDESK_APP_ID}.png)
            add_custom_command(OUTPUT ${png}
                COMMAND ${CMAKE_COMMAND} -E make_directory ${CMAKE_BINARY_DIR}/packaging/icons/${size}
                COMMAND ${RSVG_CONVERT} -w ${size} -h ${size} -o ${png} ${CMAKE_SOURCE_DIR}/resources/icons/recdesk.svg
                DEPENDS ${CMAKE_SOURCE_DIR}/resources/icons/recdesk.svg VERBATIM)
            list(APPEND png_icons ${png})
            install(FILES ${png} DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps)
        endforeach()
        add_custom_target(recdesk_png_icons ALL DEPENDS ${png_icons})
    else()
        message(WARNING "rsvg-convert not found: packages will carry only the SVG icon")
    endif()
endif()

# Version information and icons for the Windows executable and the macOS bundle.
if(TARGET recdesk)
    if(WIN32)
        configure_file(${CMAKE_SOURCE_DIR}/resources/windows/recdesk.rc.in ${CMAKE_BINARY_DIR}/packaging/recdesk.rc @ONLY)
        target_sources(recdesk PRIVATE ${CMAKE_BINARY_DIR}/packaging/recdesk.rc)
    elseif(APPLE)
        set(recdesk_icns ${CMAKE_SOURCE_DIR}/resources/macos/recdesk.icns)
        set_source_files_properties(${recdesk_icns} TARGET_DIRECTORY recdesk
                                    PROPERTIES MACOSX_PACKAGE_LOCATION Resources)
        target_sources(recdesk PRIVATE ${recdesk_icns})
        set_target_properties(recdesk PROPERTIES
            MACOSX_BUNDLE_INFO_PLIST ${CMAKE_SOURCE_DIR}/resources/macos/Info.plist.in
            OUTPUT_NAME Recdesk)
    endif()
endif()

# Windows and macOS: bundle Qt, its plugins (platform, Multimedia backends, SQLite, TLS) and the
# MSVC runtime next to the app, with Qt 6.8's deployment API (see packaging/README.md).
if((WIN32 OR APPLE) AND TARGET recdesk)
    if(Qt6_VERSION VERSION_LESS 6.8)
        message(WARNING "Windows and macOS installers are made with Qt 6.8 LTS; with Qt ${Qt6_VERSION} "
                        "the install tree gets no Qt runtime.")
    else()
        # windeployqt takes qt6keychain.dll for a Qt module and copies no third-party DLL, and
        # macdeployqt cannot resolve their @rpath names: the installers need static builds of both.
        foreach(dep IN ITEMS Qt6Keychain::Qt6Keychain QuaZip::QuaZip)
            get_target_property(dep_type ${dep} TYPE)
            if(NOT dep_type STREQUAL "STATIC_LIBRARY")
                install(CODE "message(FATAL_ERROR \"${dep} is a ${dep_type}: Windows and macOS \
packages need static QtKeychain and QuaZip builds (packaging/README.md).\")")
            endif()
        endforeach()
        if(WIN32)
            set(CMAKE_INSTALL_SYSTEM_RUNTIME_DESTINATION bin) # MSVC runtime DLLs beside the .exe
            include(InstallRequiredSystemLibraries)
            qt_generate_deploy_app_script(TARGET recdesk OUTPUT_SCRIPT recdesk_deploy_script
                                          NO_COMPILER_RUNTIME DEPLOY_TOOL_OPTIONS --translations es)
        else()
            # recdeskctl and recdesk-sandbox live inside the bundle (see app/cli, app/sandbox), so
            # that macdeployqt fixes their library paths too and notarisation sees one bundle.
            set(recdesk_bundle "$<TARGET_FILE_NAME:recdesk>.app")
            set(recdesk_extra_executables "")
            foreach(tool IN ITEMS recdeskctl recdesk-sandbox)
                if(TARGET ${tool})
                    string(APPEND recdesk_extra_executables
                           " \"${recdesk_bundle}/Contents/MacOS/$<TARGET_FILE_NAME:${tool}>\"")
                endif()
            endforeach()
            set(RECDESK_MACOS_SIGN_IDENTITY "" CACHE STRING
                "Developer ID Application identity (name or SHA-1); empty: unsigned")
            set(recdesk_sign_option "")
            if(RECDESK_MACOS_SIGN_IDENTITY)
                set(recdesk_sign_option
                    "DEPLOY_TOOL_OPTIONS \"-sign-for-notarization=${RECDESK_MACOS_SIGN_IDENTITY}\"")
            endif()
            qt_generate_deploy_script(TARGET recdesk OUTPUT_SCRIPT recdesk_deploy_script CONTENT "
qt_deploy_runtime_dependencies(
    EXECUTABLE \"${recdesk_bundle}\"
    ADDITIONAL_EXECUTABLES${recdesk_extra_executables}
    ${recdesk_sign_option}
)
")
        endif()
        install(SCRIPT ${recdesk_deploy_script})
    endif()
endif()

set(CPACK_PACKAGE_NAME recdesk)
set(CPACK_PACKAGE_VENDOR "The Recdesk developers")
set(CPACK_PACKAGE_CONTACT "Recdesk developers <recdesk@example.org>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_DESCRIPTION "Recdesk lists the files and call recordings of a telephony platform, plays
and downloads recordings, and uploads audio or chat files with interaction metadata to a
speech-analytics service or an assistant's knowledge base. Includes recdeskctl, its command-line twin,
and recdesk-sandbox, a local server for demos and tests.")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_INSTALL_DIRECTORY Recdesk)
set(CPACK_RESOURCE_FILE_LICENSE ${CMAKE_SOURCE_DIR}/LICENSE)
set(CPACK_PACKAGE_EXECUTABLES recdesk Recdesk)
set(CPACK_STRIP_FILES ON)

# Debian: shared-library dependencies come from dpkg-shlibdeps. The plugins it cannot see (loaded
# at run time) are named by the package that holds each on the building machine (dpkg -S), so the
# names fit the release that builds the package (Debian 12 and 13 differ): Qt's SQLite driver,
# platform, SVG and TLS plugins, Qt Multimedia's backend and, where that backend is GStreamer
# (Qt 6.4; Debian's Qt 6.8 ships FFmpeg only), the GStreamer elements that play WAV over HTTP.
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION sound)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(recdesk_deb_depends ca-certificates)
find_program(DPKG_QUERY dpkg-query)
if(DPKG_QUERY AND UNIX AND NOT APPLE)
    set(qt_plugins "${QT6_INSTALL_PREFIX}/${QT6_INSTALL_PLUGINS}")
    set(runtime_files ${qt_plugins}/sqldrivers/libqsqlite.so ${qt_plugins}/platforms/libqxcb.so
                      ${qt_plugins}/platforms/libqoffscreen.so ${qt_plugins}/imageformats/libqsvg.so
                      ${qt_plugins}/iconengines/libqsvgicon.so ${qt_plugins}/tls/libqopensslbackend.so)
    # Qt 6.4 prefers GStreamer, later Qt FFmpeg; each is only needed where it is the one Qt picks.
    if(Qt6_VERSION VERSION_LESS 6.5 OR NOT EXISTS ${qt_plugins}/multimedia/libffmpegmediaplugin.so)
        list(APPEND runtime_files ${qt_plugins}/multimedia/libgstreamermediaplugin.so)
        foreach(element playback wavparse soup libav)
            list(APPEND runtime_files /usr/lib/${CMAKE_LIBRARY_ARCHITECTURE}/gstreamer-1.0/libgst${element}.so)
        endforeach()
    else()
        list(APPEND runtime_files ${qt_plugins}/multimedia/libffmpegmediaplugin.so)
    endif()
    foreach(file IN LISTS runtime_files)
        if(EXISTS "${file}")
            file(REAL_PATH "${file}" file) # dpkg knows /usr/lib/..., not a merged-/usr alias
        endif()
        execute_process(COMMAND ${DPKG_QUERY} -S ${file} OUTPUT_VARIABLE answer ERROR_QUIET
                        RESULT_VARIABLE missing OUTPUT_STRIP_TRAILING_WHITESPACE)
        # "pkg:amd64: /path" -> pkg; "diversion by ..." lines are not owners.
        string(REGEX MATCH "(^|\n)([a-z0-9][a-z0-9+.-]*)(:[a-z0-9]+)?: /" owner "${answer}")
        if(missing OR NOT owner)
            message(WARNING "No Debian package holds ${file}: the .deb will not depend on it "
                            "(packaging/linux/ensure-deps.sh installs what the build machine lacks)")
            continue()
        endif()
        list(APPEND recdesk_deb_depends ${CMAKE_MATCH_2})
    endforeach()
endif()
list(REMOVE_DUPLICATES recdesk_deb_depends)
list(JOIN recdesk_deb_depends ", " CPACK_DEBIAN_PACKAGE_DEPENDS)
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "gnome-keyring | kwalletmanager, qt6-translations-l10n")
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${PROJECT_HOMEPAGE_URL}")

# RPM (Fedora/openSUSE names): automatic requirements from the ELF files, plus the plugins.
set(CPACK_RPM_FILE_NAME RPM-DEFAULT)
set(CPACK_RPM_PACKAGE_LICENSE MIT)
set(CPACK_RPM_PACKAGE_GROUP "Applications/Multimedia")
set(CPACK_RPM_PACKAGE_AUTOREQ ON)
set(CPACK_RPM_PACKAGE_REQUIRES "qt6-qtbase-gui, ca-certificates, qt6-qtsvg, qt6-qtmultimedia, gstreamer1-plugins-good")
set(CPACK_RPM_EXCLUDE_FROM_AUTO_FILELIST_ADDITION
    /usr/share/applications /usr/share/metainfo /usr/share/icons /usr/share/icons/hicolor)

# Windows (NSIS) and macOS (DragNDrop) recipes.
set(CPACK_NSIS_DISPLAY_NAME Recdesk)
set(CPACK_NSIS_PACKAGE_NAME Recdesk)
set(CPACK_NSIS_MUI_ICON ${CMAKE_SOURCE_DIR}/resources/windows/recdesk.ico)
set(CPACK_NSIS_INSTALLED_ICON_NAME bin\\\\recdesk.exe)
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
# CPACK_PACKAGE_EXECUTABLES already makes the Start-menu shortcut.
set(CPACK_DMG_VOLUME_NAME Recdesk)
set(CPACK_DMG_SLA_USE_RESOURCE_FILE_LICENSE OFF) # the SLA tools are deprecated by Apple

if(WIN32)
    set(CPACK_GENERATOR NSIS)
elseif(APPLE)
    set(CPACK_GENERATOR DragNDrop)
else()
    set(CPACK_GENERATOR "DEB;RPM")
endif()

include(CPack)
