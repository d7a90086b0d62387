@echo off
rem routediff for Windows, as installed from the release archive (docs/install.md). Written for cmd.exe; it cannot
rem be run where routediff is built and tested, so DistArchiveTest checks its structure instead: the Java lookup
rem order, quoted paths (an install under "C:\Program Files" has a space), and every argument passed on with %*.
rem
rem Runs lib\routediff.jar with the first Java 17 or newer of ROUTEDIFF_JAVA, JAVA_HOME and the PATH. Writes nothing
rem inside the install folder: the class-data archive (CDS, or the AOT cache on Java 25 and newer) is kept in
rem %LOCALAPPDATA%\routediff, written once per Java and jar by a training run of the common commands.
setlocal EnableExtensions DisableDelayedExpansion

set "RD_HOME=%~dp0.."
set "RD_JAR=%RD_HOME%\lib\routediff.jar"
if exist "%RD_JAR%" goto :jar_found
echo routediff: "%RD_JAR%" is missing; unpack the whole archive, bin, lib and plugins together 1>&2
exit /b 2
:jar_found
set "RD_CACHE=%TEMP%\routediff"
if defined LOCALAPPDATA set "RD_CACHE=%LOCALAPPDATA%\routediff"

rem The Java: ROUTEDIFF_JAVA, then JAVA_HOME, then the first java.exe on the PATH; the first that is 17 or newer.
set "RD_JAVA="
set "RD_TRIED="
if defined ROUTEDIFF_JAVA call :fits "%ROUTEDIFF_JAVA%"
if not defined RD_JAVA if defined JAVA_HOME call :fits "%JAVA_HOME%\bin\java.exe"
if not defined RD_JAVA for %%J in (java.exe) do if not "%%~$PATH:J"=="" call :fits "%%~$PATH:J"
if defined RD_JAVA goto :java_found
echo routediff: needs Java 17 or newer, set ROUTEDIFF_JAVA or JAVA_HOME to one, or put its bin folder on the PATH%RD_TRIED% 1>&2
exit /b 2
:java_found

set "RD_FLAGS=-XX:+UseSerialGC -XX:-UsePerfData -XX:TieredStopAtLevel=1 -Xlog:cds=off,cds+dynamic=off"
if %RD_MAJOR% GEQ 25 goto :aot_cache
rem Before Java 25 the archive is mapped where it was written instead of relocated at every start, as Java 17
rem updates do by default: about 25 ms of a 20-route parse (docs/performance.md).
set "RD_FLAGS=%RD_FLAGS% -XX:+UnlockDiagnosticVMOptions -XX:ArchiveRelocationMode=0"
set "RD_ARCHIVE=%RD_CACHE%\routediff-%RD_VERSION%.jsa"
set "RD_RECORD=-XX:ArchiveClassesAtExit"
set "RD_USE=-XX:SharedArchiveFile"
goto :archive_chosen
:aot_cache
rem One AOT cache of all the commands: the POSIX launcher keeps one per command (Java 25 loads every class of a cache
rem at start), which needs the command's name, and reading an argument here would put the arguments through
rem cmd.exe's parsing a second time (quotes, ^, &); %* is passed on untouched instead.
set "RD_FLAGS=%RD_FLAGS% -Xlog:aot=off"
set "RD_ARCHIVE=%RD_CACHE%\routediff-%RD_VERSION%.aot"
set "RD_RECORD=-XX:AOTCacheOutput"
set "RD_USE=-XX:AOTCache"
:archive_chosen
set "RD_ARCHIVE_ARG="
if "%ROUTEDIFF_CDS%"=="0" goto :run

rem An archive belongs to one jar: its path, time and size are kept beside it, and a new jar writes a new archive.
for %%F in ("%RD_JAR%") do set "RD_KEY=%%~fF %%~tF %%~zF"
set "RD_OWNER="
if exist "%RD_ARCHIVE%.jar" set /p RD_OWNER=<"%RD_ARCHIVE%.jar"
if exist "%RD_ARCHIVE%" if "%RD_OWNER%"=="%RD_KEY%" goto :use_archive
if not exist "%RD_CACHE%" mkdir "%RD_CACHE%" >nul 2>&1
"%RD_JAVA%" "%RD_RECORD%=%RD_ARCHIVE%.tmp" %RD_FLAGS% "-Droutediff.services.index=%RD_ARCHIVE%.services" -cp "%RD_JAR%" dev.routediff.cli.ArchiveTrainingRun >nul 2>&1
if not exist "%RD_ARCHIVE%.tmp" goto :run
move /y "%RD_ARCHIVE%.tmp" "%RD_ARCHIVE%" >nul 2>&1 || goto :run
>"%RD_ARCHIVE%.jar" echo %RD_KEY%
:use_archive
rem with the index of the jar's service files that the training run wrote beside the archive (core's ServiceIndex)
set RD_ARCHIVE_ARG="%RD_USE%=%RD_ARCHIVE%" "-Droutediff.services.index=%RD_ARCHIVE%.services"

:run
rem ROUTEDIFF_JAVA_OPTS adds Java options to this run (not the training run): more heap is -Xmx4g (README, "Memory").
rem -cp and the main class, not -jar: with -jar the JVM opens the jar and reads its manifest before main.
"%RD_JAVA%" %RD_ARCHIVE_ARG% %RD_FLAGS% %ROUTEDIFF_JAVA_OPTS% -cp "%RD_JAR%" dev.routediff.cli.Main %*
exit /b %ERRORLEVEL%

rem :fits JAVA sets RD_JAVA, RD_VERSION and RD_MAJOR when JAVA runs and is 17 or newer. Its version is asked once
rem (a JVM start) and remembered in %RD_CACHE%\java-versions.txt, one "path|version" line per Java.
:fits
if not exist "%~1" goto :eof
set "RD_VERSION="
if exist "%RD_CACHE%\java-versions.txt" for /f "usebackq tokens=1,* delims=|" %%A in ("%RD_CACHE%\java-versions.txt") do if /i "%%A"=="%~1" set "RD_VERSION=%%B"
if defined RD_VERSION goto :fits_known
for /f "tokens=2 delims==" %%V in ('""%~1" -XshowSettings:properties -version 2^>^&1 ^| findstr /c:"java.version = ""') do set "RD_VERSION=%%V"
if not defined RD_VERSION goto :fits_no
set "RD_VERSION=%RD_VERSION: =%"
if not exist "%RD_CACHE%" mkdir "%RD_CACHE%" >nul 2>&1
>>"%RD_CACHE%\java-versions.txt" echo %~1^|%RD_VERSION%
:fits_known
set "RD_MAJOR="
for /f "delims=." %%M in ("%RD_VERSION%") do set "RD_MAJOR=%%M"
if not defined RD_MAJOR goto :fits_no
if %RD_MAJOR% LSS 17 goto :fits_no
set "RD_JAVA=%~1"
goto :eof
:fits_no
set "RD_TRIED=%RD_TRIED%; not %~1, version %RD_VERSION%"
goto :eof
