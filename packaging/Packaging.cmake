# Installers through CPack: DEB and RPM (and a .tar.gz) on Linux, NSIS on Windows, DragNDrop on macOS (each
# generator runs on its own OS). `cmake --build build --target package` makes them; `tools/dev.sh package`
# makes the Debian and RPM packages on Debian 12 and `tools/dev.sh package-check` checks and installs them.
# Installed (prefix /usr in the packages): the three executables (the translations are compiled into them,
# src/core/CMakeLists.txt), the desktop file, the AppStream metainfo, the icons, the man pages, LICENSE and
# the user guide.
set(CPACK_PACKAGE_NAME "kontor")
set(CPACK_PACKAGE_VENDOR "Kontor")
set(CPACK_PACKAGE_CONTACT "Kontor team <support@kontor.invalid>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
# Lines under 80 characters: Debian's control file keeps them as they are.
set(CPACK_PACKAGE_DESCRIPTION
    "Kontor brings the orders, products, customers, discount cards, marketplace
transactions and invoices of a shop that sells through OmniSeller HTK,
Printlounge, VirtualPOS and Webshippy into one desktop window. Passwords and
API keys stay in the system keychain. kontor-cli offers the same on the
command line for scheduled jobs; kontor-sandbox simulates the four services
on this computer.")
set(CPACK_PACKAGE_HOMEPAGE_URL "https://kontor.github.io/")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "Kontor")
set(CPACK_PACKAGE_INSTALL_REGISTRY_KEY "Kontor")
set(CPACK_RESOURCE_FILE_LICENSE "${CMAKE_SOURCE_DIR}/LICENSE")
set(CPACK_STRIP_FILES ON)
set(CPACK_SOURCE_IGNORE_FILES "/build[^/]*/;/\\\\.git/")
set(KONTOR_APP_ID "io.github.kontor.Kontor")
set(KONTOR_ICON_SIZES 16 22 24 32 48 64 128 256 512)

if(WIN32)
    set(CPACK_GENERATOR "NSIS;ZIP")
    # Start menu entry "Kontor" for bin\kontor.exe (its icon is the exe's own, packaging/windows/kontor.rc).
    set(CPACK_PACKAGE_EXECUTABLES "kontor;Kontor")
    set(CPACK_NSIS_DISPLAY_NAME "Kontor")
    set(CPACK_NSIS_PACKAGE_NAME "Kontor ${PROJECT_VERSION}")
    set(CPACK_NSIS_MUI_ICON "${CMAKE_SOURCE_DIR}/resources/icons/kontor.ico")
    set(CPACK_NSIS_MUI_UNIICON "${CMAKE_SOURCE_DIR}/resources/icons/kontor.ico")
    set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\\\kontor.exe")
    set(CPACK_NSIS_URL_INFO_ABOUT "${CPACK_PACKAGE_HOMEPAGE_URL}")
    set(CPACK_NSIS_CONTACT "${CPACK_PACKAGE_CONTACT}")
    set(CPACK_NSIS_MODIFY_PATH OFF)
    set(CPACK_NSIS_MANIFEST_DPI_AWARE ON)
    set(CPACK_NSIS_UNINSTALL_NAME "Uninstall")
    set(CPACK_NSIS_MUI_FINISHPAGE_RUN "kontor.exe")
    set(CPACK_NSIS_EXECUTABLES_DIRECTORY "bin")
    # Per user, no administrator: into %LOCALAPPDATA%\Programs\Kontor, shortcuts and the uninstaller's entry
    # in the user's own start menu and registry (packaging/windows/PerUser.nsh says how).
    set(CPACK_NSIS_INSTALL_ROOT "$LOCALAPPDATA\\\\Programs")
    file(TO_NATIVE_PATH "${CMAKE_SOURCE_DIR}/packaging/windows/PerUser.nsh" KONTOR_NSIS_PER_USER)
    string(REPLACE "\\" "\\\\" KONTOR_NSIS_PER_USER "${KONTOR_NSIS_PER_USER}")
    set(CPACK_NSIS_DEFINES "!include \\\"${KONTOR_NSIS_PER_USER}\\\"")
    set(CPACK_NSIS_EXTRA_PREINSTALL_COMMANDS "!insertmacro KontorPerUserInstall")
    set(CPACK_NSIS_EXTRA_UNINSTALL_COMMANDS "!insertmacro KontorPerUserUninstall")
elseif(APPLE)
    set(CPACK_GENERATOR "DragNDrop")
    set(CPACK_DMG_VOLUME_NAME "Kontor ${PROJECT_VERSION}")
    set(CPACK_DMG_FORMAT "UDZO")
    set(CPACK_PACKAGE_ICON "${CMAKE_SOURCE_DIR}/resources/icons/kontor.icns")
else()
    include(GNUInstallDirs)
    set(CPACK_GENERATOR "DEB;RPM;TGZ")
    set(CPACK_PACKAGING_INSTALL_PREFIX "/usr")
    # Lintian wants 0755 directories whatever the umask of the machine that builds the package.
    set(CMAKE_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE
                                                    WORLD_READ WORLD_EXECUTE)

    # Debian: kontor_<version>_<arch>.deb; the shared-library dependencies come from dpkg-shlibdeps (Qt 6,
    # QtKeychain, OpenSSL, libstdc++); plugins it cannot see are named here.
    set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
    set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
    set(CPACK_DEBIAN_PACKAGE_SECTION "misc")
    set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
    set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${CPACK_PACKAGE_HOMEPAGE_URL}")
    set(CPACK_DEBIAN_PACKAGE_DEPENDS "qt6-qpa-plugins, libqt6sql6-sqlite, libqt6svg6")
    set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "gnome-keyring | kwalletmanager | keepassxc, qt6-translations-l10n")
    set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)

    # RPM: the dependencies come from rpmbuild's own scan of the executables.
    set(CPACK_RPM_FILE_NAME RPM-DEFAULT)
    set(CPACK_RPM_PACKAGE_LICENSE "MIT")
    set(CPACK_RPM_PACKAGE_GROUP "Applications/Productivity")
    set(CPACK_RPM_PACKAGE_URL "${CPACK_PACKAGE_HOMEPAGE_URL}")
    set(CPACK_RPM_PACKAGE_DESCRIPTION "${CPACK_PACKAGE_DESCRIPTION}")
    set(CPACK_RPM_PACKAGE_AUTOREQ ON)
    # Folders that belong to the filesystem and hicolor-icon-theme packages, not to Kontor.
    set(CPACK_RPM_EXCLUDE_FROM_AUTO_FILELIST_ADDITION
        /usr/share/applications /usr/share/metainfo /usr/share/icons /usr/share/icons/hicolor
        /usr/share/icons/hicolor/scalable /usr/share/icons/hicolor/scalable/apps /usr/share/man
        /usr/share/man/man1 /usr/share/doc)
    foreach(size IN LISTS KONTOR_ICON_SIZES)
        list(APPEND CPACK_RPM_EXCLUDE_FROM_AUTO_FILELIST_ADDITION /usr/share/icons/hicolor/${size}x${size}
             /usr/share/icons/hicolor/${size}x${size}/apps)
    endforeach()

    set(kontor_share ${CMAKE_INSTALL_DATAROOTDIR})
    set(kontor_doc ${kontor_share}/doc/kontor)
    install(FILES ${CMAKE_SOURCE_DIR}/resources/${KONTOR_APP_ID}.desktop DESTINATION ${kontor_share}/applications)
    install(FILES ${CMAKE_SOURCE_DIR}/resources/${KONTOR_APP_ID}.metainfo.xml DESTINATION ${kontor_share}/metainfo)
    install(FILES ${CMAKE_SOURCE_DIR}/resources/icons/kontor.svg DESTINATION ${kontor_share}/icons/hicolor/scalable/apps)
    foreach(size IN LISTS KONTOR_ICON_SIZES)
        install(FILES ${CMAKE_SOURCE_DIR}/resources/icons/hicolor/${size}x${size}/apps/kontor.png
                DESTINATION ${kontor_share}/icons/hicolor/${size}x${size}/apps)
    endforeach()

    # Man pages and the changelog compressed as Debian wants them (gzip -9n: no name, no time stamp). The
    # package is native (no Debian revision), so lintian wants changelog.gz, not changelog.Debian.gz.
    # configure_file() makes an edit of the source re-run the configure step, which compresses again.
    find_program(KONTOR_GZIP gzip)
    set(kontor_gz_dir ${CMAKE_BINARY_DIR}/packaging)
    foreach(page kontor.1 kontor-cli.1 kontor-sandbox.1)
        configure_file(${CMAKE_SOURCE_DIR}/packaging/man/${page} ${kontor_gz_dir}/${page} COPYONLY)
        list(APPEND kontor_man_pages ${kontor_gz_dir}/${page})
    endforeach()
    configure_file(${CMAKE_SOURCE_DIR}/packaging/debian/changelog ${kontor_gz_dir}/changelog COPYONLY)
    if(KONTOR_GZIP)
        foreach(file IN LISTS kontor_man_pages ITEMS ${kontor_gz_dir}/changelog)
            execute_process(COMMAND ${KONTOR_GZIP} -9nkf ${file} RESULT_VARIABLE gzip_result)
            if(NOT gzip_result EQUAL 0)
                message(FATAL_ERROR "gzip ${file}: ${gzip_result}")
            endif()
        endforeach()
        list(TRANSFORM kontor_man_pages APPEND .gz)
        install(FILES ${kontor_gz_dir}/changelog.gz DESTINATION ${kontor_doc})
    endif()
    install(FILES ${kontor_man_pages} DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
    # /usr/share/doc/kontor/copyright is where Debian looks for the licences (machine-readable format).
    install(FILES ${CMAKE_SOURCE_DIR}/packaging/debian/copyright ${CMAKE_SOURCE_DIR}/LICENSE DESTINATION ${kontor_doc})
    if(EXISTS ${CMAKE_SOURCE_DIR}/docs/user-guide.md)
        install(FILES ${CMAKE_SOURCE_DIR}/docs/user-guide.md DESTINATION ${kontor_doc})
    endif()
endif()

if(WIN32 OR APPLE)
    install(FILES ${CMAKE_SOURCE_DIR}/LICENSE DESTINATION .)
    if(EXISTS ${CMAKE_SOURCE_DIR}/docs/user-guide.md)
        install(FILES ${CMAKE_SOURCE_DIR}/docs/user-guide.md DESTINATION .)
    endif()
    # Qt's libraries, plugins (platform, styles, image formats, SQLite, TLS) and translations next to the
    # app: windeployqt on Windows, macdeployqt into the bundle on macOS. Debian's packages bring their own.
    if(KONTOR_WITH_GUI AND TARGET kontor)
        if(Qt6_VERSION VERSION_GREATER_EQUAL 6.5)
            qt_generate_deploy_app_script(TARGET kontor OUTPUT_SCRIPT kontor_deploy_script
                                          NO_UNSUPPORTED_PLATFORM_ERROR)
        elseif(Qt6_VERSION VERSION_GREATER_EQUAL 6.3)
            qt_generate_deploy_app_script(TARGET kontor FILENAME_VARIABLE kontor_deploy_script
                                          NO_UNSUPPORTED_PLATFORM_ERROR)
        endif()
        if(kontor_deploy_script)
            install(SCRIPT ${kontor_deploy_script})
        endif()
    endif()
    if(WIN32)
        # Not Qt libraries, so windeployqt leaves them out: QtKeychain's DLL and OpenSSL's libcrypto (the
        # demo mode's simulator makes its certificate with it).
        install(IMPORTED_RUNTIME_ARTIFACTS qt6keychain RUNTIME DESTINATION bin)
        find_package(OpenSSL 3.0 REQUIRED COMPONENTS Crypto) # found in src/sandbox; its variables stay there
        get_filename_component(kontor_openssl_lib_dir "${OPENSSL_CRYPTO_LIBRARY}" DIRECTORY)
        find_file(KONTOR_LIBCRYPTO_DLL NAMES libcrypto-3-x64.dll libcrypto-3.dll
                  HINTS ${OPENSSL_ROOT_DIR}/bin ${kontor_openssl_lib_dir}/../bin ${kontor_openssl_lib_dir}/../../bin
                  NO_DEFAULT_PATH)
        if(KONTOR_LIBCRYPTO_DLL)
            install(FILES ${KONTOR_LIBCRYPTO_DLL} DESTINATION bin)
        else()
            message(WARNING "libcrypto DLL not found next to ${OPENSSL_CRYPTO_LIBRARY}: the installer lacks it")
        endif()
    endif()
endif()
include(CPack)
