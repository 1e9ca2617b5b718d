; Windows installer for AssetMap: per user, no administrator rights needed.
;
;   makensis -DVERSION=0.1.0 -DPAYLOAD=C:\path\to\dist\AssetMap -DOUTFILE=AssetMap-0.1.0-setup.exe assetmap.nsi
;
; PAYLOAD is the PyInstaller folder (AssetMap.exe, assetmap-cli.exe, _internal\). Installs to
; %LOCALAPPDATA%\Programs\AssetMap, adds a Start menu entry, opens .assetmap registers and
; .assetmap-bundle register bundles on a double-click (HKCU\Software\Classes), and registers an
; uninstaller under "Apps". Registers live in the user's data folder and are never touched by it.

Unicode true
!include "MUI2.nsh"
!include "FileFunc.nsh"

!ifndef VERSION
  !error "Pass -DVERSION=x.y.z"
!endif
!ifndef PAYLOAD
  !error "Pass -DPAYLOAD=folder built by PyInstaller (dist\AssetMap)"
!endif
!ifndef OUTFILE
  !define OUTFILE "AssetMap-${VERSION}-setup.exe"
!endif

!define APP "AssetMap"
!define EXE "AssetMap.exe"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\${APP}"
!define CLASSES "Software\Classes"

Name "${APP} ${VERSION}"
OutFile "${OUTFILE}"
RequestExecutionLevel user
InstallDir "$LOCALAPPDATA\Programs\${APP}"
InstallDirRegKey HKCU "Software\${APP}" "InstallDir"
SetCompressor /SOLID lzma
ShowInstDetails nevershow
VIProductVersion "${VERSION}.0"
VIAddVersionKey "ProductName" "${APP}"
VIAddVersionKey "FileDescription" "${APP} installer"
VIAddVersionKey "ProductVersion" "${VERSION}"
VIAddVersionKey "FileVersion" "${VERSION}"
VIAddVersionKey "LegalCopyright" "MIT licence; bundled parts under their own licences"

!define MUI_ICON "..\..\resources\icons\assetmap.ico"
!define MUI_UNICON "..\..\resources\icons\assetmap.ico"
!define MUI_ABORTWARNING
!define MUI_FINISHPAGE_RUN "$INSTDIR\${EXE}"
!define MUI_FINISHPAGE_RUN_TEXT "Open AssetMap"

!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_LICENSE "..\licences\NOTICE.txt"
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
!insertmacro MUI_LANGUAGE "English"

!macro FileType EXTENSION PROGID LABEL
  WriteRegStr HKCU "${CLASSES}\${EXTENSION}" "" "${PROGID}"
  WriteRegStr HKCU "${CLASSES}\${PROGID}" "" "${LABEL}"
  WriteRegStr HKCU "${CLASSES}\${PROGID}\DefaultIcon" "" "$INSTDIR\${EXE},0"
  WriteRegStr HKCU "${CLASSES}\${PROGID}\shell\open\command" "" '"$INSTDIR\${EXE}" "%1"'
!macroend

!macro RemoveFileType EXTENSION PROGID
  ; Only the association is removed; the files themselves stay where they are.
  ReadRegStr $0 HKCU "${CLASSES}\${EXTENSION}" ""
  StrCmp $0 "${PROGID}" 0 +2
    DeleteRegKey HKCU "${CLASSES}\${EXTENSION}"
  DeleteRegKey HKCU "${CLASSES}\${PROGID}"
!macroend

Section "AssetMap" Main
  SectionIn RO
  ; A new version replaces the program files only; nothing in the user's data folder is written here.
  RMDir /r "$INSTDIR\_internal"
  SetOutPath "$INSTDIR"
  File /r "${PAYLOAD}\*.*"

  CreateShortcut "$SMPROGRAMS\${APP}.lnk" "$INSTDIR\${EXE}" "" "$INSTDIR\${EXE}" 0

  !insertmacro FileType ".assetmap" "AssetMap.Register" "AssetMap register"
  !insertmacro FileType ".assetmap-bundle" "AssetMap.Bundle" "AssetMap register bundle"
  ; SHCNE_ASSOCCHANGED: Explorer shows the new icons and double-click actions at once.
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'

  WriteUninstaller "$INSTDIR\Uninstall AssetMap.exe"
  WriteRegStr HKCU "Software\${APP}" "InstallDir" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayName" "${APP}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "Publisher" "AssetMap"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\${EXE},0"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\Uninstall AssetMap.exe"'
  WriteRegStr HKCU "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\Uninstall AssetMap.exe" /S'
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "EstimatedSize" $0
SectionEnd

Section "Uninstall"
  ; Removes the program folder only. Registers, backups, preferences and logs are in the user's data
  ; folder (%LOCALAPPDATA%\AssetMap and wherever the user saved registers), which this never opens.
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\${EXE}"
  Delete "$INSTDIR\assetmap-cli.exe"
  Delete "$INSTDIR\Uninstall AssetMap.exe"
  RMDir "$INSTDIR"
  Delete "$SMPROGRAMS\${APP}.lnk"
  !insertmacro RemoveFileType ".assetmap" "AssetMap.Register"
  !insertmacro RemoveFileType ".assetmap-bundle" "AssetMap.Bundle"
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
  DeleteRegKey HKCU "${UNINSTALL_KEY}"
  DeleteRegKey HKCU "Software\${APP}"
SectionEnd
