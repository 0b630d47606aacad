; Inno Setup script for the Windows installer (build the bundle with PyInstaller first:
;   python -m PyInstaller packaging\briefing-desk.spec --distpath dist
; then:  iscc /DAppVersion=0.1.0 packaging\windows\briefing-desk.iss)
; The version comes from briefing_app/__init__.py; packaging scripts pass it in.
#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif

[Setup]
AppId={{6D1C8E52-4F1B-4C7A-9E0A-8B7B2C1F5D21}
AppName=Briefing Desk
AppVersion={#AppVersion}
AppPublisher=Briefing Desk
DefaultDirName={autopf}\Briefing Desk
DefaultGroupName=Briefing Desk
OutputBaseFilename=BriefingDesk-{#AppVersion}-setup
SetupIconFile=..\..\resources\icons\briefing-desk.ico
ChangesAssociations=yes
PrivilegesRequiredOverridesAllowed=dialog
Compression=lzma2
SolidCompression=yes
WizardStyle=modern

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "de"; MessagesFile: "compiler:Languages\German.isl"

[Files]
Source: "..\..\dist\BriefingDesk\*"; DestDir: "{app}"; Flags: recursesubdirs ignoreversion

[Icons]
Name: "{group}\Briefing Desk"; Filename: "{app}\briefing-app.exe"
Name: "{autodesktop}\Briefing Desk"; Filename: "{app}\briefing-app.exe"; Tasks: desktopicon

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; Flags: unchecked

[Registry]
; .briefing files open with the app (double-click) and show its icon.
Root: HKA; Subkey: "Software\Classes\.briefing"; ValueType: string; ValueName: ""; ValueData: "BriefingDesk.Project"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\BriefingDesk.Project"; ValueType: string; ValueName: ""; ValueData: "Briefing Desk project"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\BriefingDesk.Project\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\briefing-app.exe,0"
Root: HKA; Subkey: "Software\Classes\BriefingDesk.Project\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\briefing-app.exe"" ""%1"""

[Run]
Filename: "{app}\briefing-app.exe"; Description: "{cm:LaunchProgram,Briefing Desk}"; Flags: nowait postinstall skipifsilent
