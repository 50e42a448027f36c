# Windows installer: CPack NSIS (docs/packaging.md). Not built on the Debian machine: it needs the
# Windows binaries, Qt for MSVC or MinGW, and NSIS 3.
#   cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release -DSANDI_BUILD_TESTS=OFF
#   cmake --build build && cpack --config build/CPackConfig.cmake -G NSIS
# sandi.exe and sandi-cli.exe go to $INSTDIR\bin; windeployqt copies the Qt DLLs and plugins next
# to them at install time (so CPack's staging folder holds them too). The NSIS script itself was
# compiled with Debian's makensis against dummy programs (docs/packaging.md).

find_program(SANDI_WINDEPLOYQT windeployqt HINTS "${QT6_INSTALL_PREFIX}/${QT6_INSTALL_BINS}" "${Qt6_DIR}/../../../bin")
if(NOT SANDI_WINDEPLOYQT)
    message(WARNING "windeployqt not found: the NSIS installer would lack the Qt DLLs")
endif()
# Each component is staged on its own (CPack), so each program gets its DLLs in its component;
# installed, both land in $INSTDIR\bin, where the shared DLLs are the same files.
foreach(pair "sandi:gui" "sandi-cli:cli")
    string(REPLACE ":" ";" pair "${pair}")
    list(GET pair 0 _target)
    list(GET pair 1 _component)
    install(CODE "
        execute_process(COMMAND \"${SANDI_WINDEPLOYQT}\" --release --no-translations --no-system-d3d-compiler
                                --no-opengl-sw --dir \"\${CMAKE_INSTALL_PREFIX}/bin\"
                                \"\${CMAKE_INSTALL_PREFIX}/bin/$<TARGET_FILE_NAME:${_target}>\"
                        RESULT_VARIABLE _status)
        if(NOT _status EQUAL 0)
            message(FATAL_ERROR \"windeployqt failed: \${_status}\")
        endif()" COMPONENT ${_component})
endforeach()

set(CPACK_GENERATOR "NSIS")
set(CPACK_NSIS_DISPLAY_NAME "Sandi")
set(CPACK_NSIS_PACKAGE_NAME "Sandi ${PROJECT_VERSION}")
set(CPACK_NSIS_MUI_ICON "${CMAKE_CURRENT_SOURCE_DIR}/windows/sandi.ico")
set(CPACK_NSIS_MUI_UNIICON "${CMAKE_CURRENT_SOURCE_DIR}/windows/sandi.ico")
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\\\sandi.exe")
set(CPACK_NSIS_URL_INFO_ABOUT "${SANDI_SOURCE_URL}")
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_NSIS_EXECUTABLES_DIRECTORY "bin")
set(CPACK_NSIS_MUI_FINISHPAGE_RUN "sandi.exe")
# Start-menu entry: CPACK_PACKAGE_EXECUTABLES (installer/CMakeLists.txt) makes "Sandi" -> bin\sandi.exe.
# The otpauth:// URL protocol, for every user of the machine (the installer runs as administrator).
# A browser then offers to open otpauth:// links with Sandi, which passes them to the running window.
set(CPACK_NSIS_EXTRA_INSTALL_COMMANDS "
    WriteRegStr HKLM 'Software\\\\Classes\\\\otpauth' '' 'URL:otpauth one-time password link'
    WriteRegStr HKLM 'Software\\\\Classes\\\\otpauth' 'URL Protocol' ''
    WriteRegStr HKLM 'Software\\\\Classes\\\\otpauth\\\\DefaultIcon' '' '$INSTDIR\\\\bin\\\\sandi.exe,0'
    WriteRegStr HKLM 'Software\\\\Classes\\\\otpauth\\\\shell\\\\open\\\\command' '' '\\\"$INSTDIR\\\\bin\\\\sandi.exe\\\" \\\"%1\\\"'
")
# Uninstall: the protocol (only while it still opens this Sandi) and the start-at-login value that
# app/autostart writes for the user who uninstalls (HKCU\...\Run, value "Sandi").
set(CPACK_NSIS_EXTRA_UNINSTALL_COMMANDS "
    ReadRegStr $0 HKLM 'Software\\\\Classes\\\\otpauth\\\\shell\\\\open\\\\command' ''
    StrCmp $0 '\\\"$INSTDIR\\\\bin\\\\sandi.exe\\\" \\\"%1\\\"' 0 +2
    DeleteRegKey HKLM 'Software\\\\Classes\\\\otpauth'
    DeleteRegValue HKCU 'Software\\\\Microsoft\\\\Windows\\\\CurrentVersion\\\\Run' 'Sandi'
")
