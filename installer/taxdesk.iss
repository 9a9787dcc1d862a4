; Inno Setup script for TaxDesk: packages the PyInstaller one-folder build (build\dist\taxdesk)
; into build\installer\TaxDesk-<version>-setup.exe.
;
; Needs Inno Setup 6.3 or later (for "x64compatible" and UTF-8 without BOM). Build on Windows from
; the repository root, after the one-folder app has been built there:
;
;     pyinstaller installer\taxdesk.spec --noconfirm --distpath build\dist --workpath build\work
;     ISCC installer\taxdesk.iss
;     ISCC /DAppVersion=0.2.0 installer\taxdesk.iss      (another version number)
;     ISCC /DEnglishOnly installer\taxdesk.iss           (no Chinese messages file, see below)
;
; Simplified Chinese: Inno Setup 7 ships Languages\ChineseSimplified.isl; Inno Setup 6 does not (it
; is one of the unofficial translations: download ChineseSimplified.isl for your Inno Setup version
; from the Inno Setup translations page and put it into Inno Setup's "Languages" folder). The script
; stops with a message if the file is missing, unless /DEnglishOnly is given.
;
; Per-machine install (administrator rights) under {autopf}\TaxDesk. Nothing is written to the
; program folder at run time: each officer's database, settings and caches live in their own profile
; (%LOCALAPPDATA%\TaxDesk), and the uninstaller leaves them alone.

#define AppName "TaxDesk"
#ifndef AppVersion
  ; Keep in step with pyproject.toml ([project] version).
  #define AppVersion "0.1.0"
#endif
#define AppPublisher "TaxDesk"
#define GuiExe "taxdesk.exe"
#define CliExe "taxdesk-cli.exe"
#define Root AddBackslash(SourcePath) + "..\"
#define DistDir Root + "build\dist\taxdesk"

#if PREPROCVER < EncodeVer(6, 3, 0, 0)
  #error TaxDesk's installer script needs Inno Setup 6.3 or later.
#endif

#if !FileExists(DistDir + "\" + GuiExe)
  #error build\dist\taxdesk\taxdesk.exe is missing: build the app first (pyinstaller installer\taxdesk.spec --noconfirm --distpath build\dist --workpath build\work).
#endif

#ifndef EnglishOnly
  #define ChineseIsl AddBackslash(CompilerPath) + "Languages\ChineseSimplified.isl"
  #if !FileExists(ChineseIsl)
    #error Languages\ChineseSimplified.isl is not in this Inno Setup: put the translation into Inno Setup's Languages folder (see the top of this script), or compile with /DEnglishOnly.
  #endif
#endif

[Setup]
; AppId identifies TaxDesk to Windows across versions (upgrades, uninstall): never change it.
AppId={{5E0B6C2A-7D41-4F3B-9A1E-6C2F8D4B7A10}
AppName={#AppName}
AppVersion={#AppVersion}
AppPublisher={#AppPublisher}
DefaultDirName={autopf}\TaxDesk
DefaultGroupName=TaxDesk
DisableProgramGroupPage=yes
PrivilegesRequired=admin
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
; Qt 6 runs on Windows 10 1809 and later.
MinVersion=10.0.17763
UninstallDisplayIcon={app}\{#GuiExe}
UninstallDisplayName={#AppName}
OutputDir=..\build\installer
OutputBaseFilename=TaxDesk-{#AppVersion}-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ShowLanguageDialog=auto
; A running desk holds files open: let the Restart Manager close it before files are replaced.
CloseApplications=yes
#if FileExists(Root + "resources\icons\taxdesk.ico")
SetupIconFile=..\resources\icons\taxdesk.ico
#endif

[Languages]
; The first language is the fallback when Windows' language matches neither.
#ifndef EnglishOnly
Name: "chinesesimplified"; MessagesFile: "compiler:Languages\ChineseSimplified.isl"
#endif
Name: "english"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
english.ShortcutComment=Queue tickets and front desk for the tax service hall
#ifndef EnglishOnly
chinesesimplified.ShortcutComment=办税服务厅取号与前台服务
#endif

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; The whole one-folder app: taxdesk.exe (the desk, no console window), taxdesk-cli.exe (the same
; program for the command line) and _internal\ (Python, Qt, fonts, translations, migrations).
Source: "{#DistDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs
; The bundled font's licence texts, also where people look for them (they are inside _internal too).
Source: "..\resources\fonts\wqy-microhei.COPYING"; DestDir: "{app}\licenses"; Flags: ignoreversion
Source: "..\resources\fonts\LICENSE-Apache-2.0.txt"; DestDir: "{app}\licenses"; Flags: ignoreversion

[Icons]
Name: "{group}\TaxDesk"; Filename: "{app}\{#GuiExe}"; WorkingDir: "{app}"; Comment: "{cm:ShortcutComment}"
Name: "{group}\{cm:UninstallProgram,TaxDesk}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\TaxDesk"; Filename: "{app}\{#GuiExe}"; WorkingDir: "{app}"; Comment: "{cm:ShortcutComment}"; Tasks: desktopicon

[Run]
; postinstall entries run as the user who started Setup, not as the elevated administrator, so the
; desk opens with that officer's own profile (database, settings).
Filename: "{app}\{#GuiExe}"; Description: "{cm:LaunchProgram,TaxDesk}"; Flags: nowait postinstall skipifsilent
