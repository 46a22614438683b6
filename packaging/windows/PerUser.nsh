; Included by CPack's NSIS template through CPACK_NSIS_DEFINES (packaging/Packaging.cmake), right after its
; "RequestExecutionLevel admin": Kontor installs for the current user only and never asks for administrator
; rights. The template's .onInit and un.onInit switch to the all-users context for members of the Administrators
; group, so both halves switch back.

; The later declaration is the one that counts.
RequestExecutionLevel user

; The welcome page is the template's first page: its "pre" function runs once .onInit is done, before the
; directory page shows $INSTDIR. For a user outside the Administrators group the template chose
; $DOCUMENTS\Kontor; %LOCALAPPDATA%\Programs is where per-user programs live.
Function KontorPerUserPage
  SetShellVarContext current
  StrCmp $IS_DEFAULT_INSTALLDIR "1" 0 +2
    StrCpy $INSTDIR "$LOCALAPPDATA\Programs\Kontor"
FunctionEnd
!define MUI_PAGE_CUSTOMFUNCTION_PRE KontorPerUserPage

; First thing in the install section: also for a silent install (/S), which shows no page.
!macro KontorPerUserInstall
  SetShellVarContext current
  IfSilent 0 +3
    StrCmp $IS_DEFAULT_INSTALLDIR "1" 0 +2
      StrCpy $INSTDIR "$LOCALAPPDATA\Programs\Kontor"
  SetOutPath "$INSTDIR"
!macroend

; The uninstall section read the start menu folder before this runs; read it again from the user's registry.
!macro KontorPerUserUninstall
  SetShellVarContext current
  ReadRegStr $START_MENU SHCTX "Software\Microsoft\Windows\CurrentVersion\Uninstall\Kontor" "StartMenu"
!macroend
