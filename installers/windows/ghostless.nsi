; Ghostless for Windows: a per-user installer around the PyInstaller onedir.
;
;   makensis /DVERSION=0.1.0 /DSOURCE_DIR=..\..\dist\ghostless /DICON=..\..\build\icons\app.ico ^
;            /DOUTFILE=..\..\dist\Ghostless-0.1.0-setup.exe installers\windows\ghostless.nsi
;
; (Linux: makensis -DVERSION=… ; installers/windows/check_nsis.sh compiles it against a
; stub payload, which CI does on every run.)
;
; * per user: no administrator rights, %LOCALAPPDATA%\Programs\Ghostless, HKCU only;
; * a Start menu entry; an optional "Start Ghostless when I sign in" (the same
;   HKCU\...\Run value the app's own setting writes: app.ghostless.Ghostless);
; * an uninstaller (also in Settings > Apps) that removes that login entry and asks
;   before deleting the user's data (%LOCALAPPDATA%\Ghostless); silent uninstalls keep it.

Unicode true
!include "MUI2.nsh"
!include "LogicLib.nsh"

!ifndef VERSION
  !error "pass /DVERSION=x.y.z"
!endif
!ifndef SOURCE_DIR
  !error "pass /DSOURCE_DIR=<the PyInstaller onedir, dist\ghostless>"
!endif
!ifndef OUTFILE
  !define OUTFILE "Ghostless-${VERSION}-setup.exe"
!endif

!define APP_NAME "Ghostless"
!define APP_ID "app.ghostless.Ghostless"
!define EXE "ghostless.exe"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\${APP_ID}"
!define RUN_KEY "Software\Microsoft\Windows\CurrentVersion\Run"

Name "${APP_NAME}"
OutFile "${OUTFILE}"
RequestExecutionLevel user
InstallDir "$LOCALAPPDATA\Programs\${APP_NAME}"
InstallDirRegKey HKCU "Software\${APP_NAME}" "InstallDir"
SetCompressor /SOLID lzma
ManifestDPIAware true
BrandingText "${APP_NAME} ${VERSION}"

VIProductVersion "${VERSION}.0"
VIAddVersionKey "ProductName" "${APP_NAME}"
VIAddVersionKey "ProductVersion" "${VERSION}"
VIAddVersionKey "FileVersion" "${VERSION}"
VIAddVersionKey "FileDescription" "${APP_NAME} installer"
VIAddVersionKey "CompanyName" "${APP_NAME}"
VIAddVersionKey "LegalCopyright" "GPL-3.0-or-later"

!ifdef ICON
  !define MUI_ICON "${ICON}"
  !define MUI_UNICON "${ICON}"
!endif
!define MUI_ABORTWARNING
!define MUI_FINISHPAGE_RUN "$INSTDIR\${EXE}"
!define MUI_FINISHPAGE_RUN_TEXT "Start ${APP_NAME} now"

!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_COMPONENTS
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
!insertmacro MUI_LANGUAGE "English"

Section "${APP_NAME}" SecApp
  SectionIn RO
  ; A running copy holds its files open: ask it to leave first.
  nsExec::Exec 'taskkill /IM "${EXE}" /T'
  Pop $0
  ; An update replaces the whole onedir, so no stale library survives.
  RMDir /r "$INSTDIR\_internal"
  SetOutPath "$INSTDIR"
  File /r "${SOURCE_DIR}\*.*"
  WriteUninstaller "$INSTDIR\uninstall.exe"
  WriteRegStr HKCU "Software\${APP_NAME}" "InstallDir" "$INSTDIR"

  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayName" "${APP_NAME}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "Publisher" "${APP_NAME}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\${EXE}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKCU "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoRepair" 1
SectionEnd

Section "Start menu entry" SecStartMenu
  CreateShortcut "$SMPROGRAMS\${APP_NAME}.lnk" "$INSTDIR\${EXE}" "" "$INSTDIR\${EXE}" 0
SectionEnd

; Off by default: the app asks for this itself (Settings > Start at login).
Section /o "Start ${APP_NAME} when I sign in" SecAutostart
  WriteRegStr HKCU "${RUN_KEY}" "${APP_ID}" '"$INSTDIR\${EXE}" --autostart'
SectionEnd

!insertmacro MUI_FUNCTION_DESCRIPTION_BEGIN
  !insertmacro MUI_DESCRIPTION_TEXT ${SecApp} "The ${APP_NAME} app."
  !insertmacro MUI_DESCRIPTION_TEXT ${SecStartMenu} "An entry in the Start menu."
  !insertmacro MUI_DESCRIPTION_TEXT ${SecAutostart} "Start ${APP_NAME} in the tray when you sign in to Windows. You can change this later in ${APP_NAME}'s settings."
!insertmacro MUI_FUNCTION_DESCRIPTION_END

Section "Uninstall"
  nsExec::Exec 'taskkill /IM "${EXE}" /T'
  Pop $0
  ; The login entry, whether the installer or the app wrote it.
  DeleteRegValue HKCU "${RUN_KEY}" "${APP_ID}"
  Delete "$SMPROGRAMS\${APP_NAME}.lnk"
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\${EXE}"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"
  DeleteRegKey HKCU "${UNINSTALL_KEY}"
  DeleteRegKey HKCU "Software\${APP_NAME}"

  ; The user's conversations and settings: only when they say so (a silent
  ; uninstall, /S, keeps them). A saved SMTP password stays in Windows
  ; Credential Manager (docs/install.md says how to remove it).
  ${If} ${FileExists} "$LOCALAPPDATA\${APP_NAME}\*.*"
    MessageBox MB_YESNO|MB_ICONQUESTION|MB_DEFBUTTON2 \
      "Also delete your ${APP_NAME} data (conversations, contacts, settings) in$\r$\n$LOCALAPPDATA\${APP_NAME}?$\r$\n$\r$\nChoose No to keep it for a later install." \
      /SD IDNO IDNO keep_data
    RMDir /r "$LOCALAPPDATA\${APP_NAME}"
    keep_data:
  ${EndIf}
SectionEnd
