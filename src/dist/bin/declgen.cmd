@echo off
rem declgen for Windows: runs the declgen this script belongs to (DIR\bin\declgen.cmd runs
rem DIR\lib\*.jar) with Java 17 or newer: DIR\runtime (a runtime shipped inside the
rem distribution, if there is one), else %JAVA_HOME%, else java.exe on PATH.
rem
rem Start-up: the first run (and the first after an upgrade or a Java update) trains a
rem class-data-sharing archive of the classes a render loads, by rendering the sample twice
rem (a few seconds); later runs map it. Compiled Word templates are kept beside it. Both live in
rem %DECLGEN_CACHE%, else %LOCALAPPDATA%\declgen, one folder per installation; never inside the
rem installation, which may be read-only. A failure there only makes declgen slower;
rem DECLGEN_CACHE=off turns the cache off.
rem
rem cmd.exe needs care: this file has CRLF line ends; the console is switched to UTF-8 (code
rem page 65001) for declgen's Chinese output and back afterwards; paths may hold spaces,
rem parentheses and Chinese, so no expanded path stands inside a parenthesised block (the ")" of
rem "Program Files (x86)" would end it); the arguments are passed on as typed (%*); the exit
rem code is declgen's, or 3 when no Java 17 is found. The only lines with Chinese text are the
rem messages at the end, read after the switch to UTF-8.

setlocal EnableExtensions DisableDelayedExpansion
set "DECLGEN_SELF=%~f0"
for %%i in ("%~dp0..") do set "DECLGEN_HOME=%%~fi"
set "DECLGEN_COMMAND=%~1"

set "DECLGEN_CP="
for /f "tokens=2 delims=:" %%c in ('chcp') do set "DECLGEN_CP=%%c"
if defined DECLGEN_CP set "DECLGEN_CP=%DECLGEN_CP: =%"
if defined DECLGEN_CP set "DECLGEN_CP=%DECLGEN_CP:.=%"
chcp 65001 >nul 2>&1

rem Every command but import runs from declgen-core.jar, whose class path leaves out POI:
rem import, and any command given an .xlsx, reads it with POI and runs from the full jar.
set "DECLGEN_CORE=%DECLGEN_HOME%\lib\declgen-core.jar"
set "DECLGEN_JAR=%DECLGEN_CORE%"
if /i "%DECLGEN_COMMAND%"=="import" set "DECLGEN_JAR=%DECLGEN_HOME%\lib\declgen.jar"
:scan
if "%~1"=="" goto scanned
if /i "%~x1"==".xlsx" set "DECLGEN_JAR=%DECLGEN_HOME%\lib\declgen.jar"
shift
goto scan
:scanned

set "DECLGEN_JAVA=%DECLGEN_HOME%\runtime\bin\java.exe"
if exist "%DECLGEN_JAVA%" goto javaFound
if not defined JAVA_HOME goto javaOnPath
set "DECLGEN_JAVA=%JAVA_HOME%\bin\java.exe"
if exist "%DECLGEN_JAVA%" goto javaFound
:javaOnPath
set "DECLGEN_JAVA="
for %%j in (java.exe) do set "DECLGEN_JAVA=%%~$PATH:j"
if not defined DECLGEN_JAVA goto noJava
:javaFound

rem The per-user cache folder of this installation: the installation's path, made a name.
set "DECLGEN_CACHEDIR="
if /i "%DECLGEN_CACHE%"=="off" goto cacheChosen
set "DECLGEN_ROOT=%DECLGEN_CACHE%"
if not defined DECLGEN_ROOT if defined LOCALAPPDATA set "DECLGEN_ROOT=%LOCALAPPDATA%\declgen"
if not defined DECLGEN_ROOT goto cacheChosen
set "DECLGEN_KEY=%DECLGEN_HOME::=%"
set "DECLGEN_KEY=%DECLGEN_KEY:\=_%"
set "DECLGEN_KEY=%DECLGEN_KEY: =_%"
set "DECLGEN_CACHEDIR=%DECLGEN_ROOT%\%DECLGEN_KEY%"
:cacheChosen

rem The cache belongs to one build of declgen (lib\build-id: the SHA-256 of declgen-core.jar)
rem and one Java (its size and time), and holds one archive (its size and time, as training left
rem it): these are its stamp. When they change, the archive and the compiled templates are made
rem again (once: a failed training is not retried). An archive cut short (a full disk, say) or
rem replaced would crash Java 17 as it maps it, so one not as training left it is made again.
set "DECLGEN_CACHED="
if not defined DECLGEN_CACHEDIR goto noCache
set "DECLGEN_BUILD="
if exist "%DECLGEN_HOME%\lib\build-id" set /p DECLGEN_BUILD=<"%DECLGEN_HOME%\lib\build-id"
if not defined DECLGEN_BUILD for %%f in ("%DECLGEN_CORE%") do set "DECLGEN_BUILD=%%~zf %%~tf"
call :stamp
set "DECLGEN_STORED="
if exist "%DECLGEN_CACHEDIR%\stamp" set /p DECLGEN_STORED=<"%DECLGEN_CACHEDIR%\stamp"
if "%DECLGEN_STORED%"=="%DECLGEN_STAMP%" goto cacheReady
call :checkJava || goto oldJava
if not exist "%DECLGEN_CACHEDIR%\" mkdir "%DECLGEN_CACHEDIR%" >nul 2>&1
if not exist "%DECLGEN_CACHEDIR%\" goto run
if exist "%DECLGEN_CACHEDIR%\templates\" rd /s /q "%DECLGEN_CACHEDIR%\templates" >nul 2>&1
if exist "%DECLGEN_CACHEDIR%\core.jsa" del /f /q "%DECLGEN_CACHEDIR%\core.jsa" >nul 2>&1
if exist "%DECLGEN_CACHEDIR%\lib\" rd /s /q "%DECLGEN_CACHEDIR%\lib" >nul 2>&1
call :train
call :stamp
> "%DECLGEN_CACHEDIR%\stamp" echo %DECLGEN_STAMP%
if not exist "%DECLGEN_CACHEDIR%\stamp" goto run
:cacheReady
set "DECLGEN_CACHED=1"
goto run
:noCache
call :checkJava || goto oldJava

:run
rem One compiler thread on a machine of one or two processors, where a second one takes a core
rem from the command's own two threads (docs/performance.md, tenth round).
set "DECLGEN_C1="
if "%NUMBER_OF_PROCESSORS%"=="1" set "DECLGEN_C1= -XX:CICompilerCount=1"
if "%NUMBER_OF_PROCESSORS%"=="2" set "DECLGEN_C1= -XX:CICompilerCount=1"
set "DECLGEN_OPTS=-XX:+UseSerialGC -Xmn24m -XX:TieredStopAtLevel=1%DECLGEN_C1%"
if /i not "%DECLGEN_JAR%"=="%DECLGEN_CORE%" set "DECLGEN_OPTS=-Xshare:auto -XX:TieredStopAtLevel=1%DECLGEN_C1%"
rem The benchmark measures steady state too, which needs the optimising compiler.
if /i "%DECLGEN_COMMAND%"=="bench" set "DECLGEN_OPTS=-XX:+UseSerialGC"
set "DECLGEN_CACHE_OPTS="
if not defined DECLGEN_CACHED goto launch
if /i not "%DECLGEN_JAR%"=="%DECLGEN_CORE%" goto launch
if /i "%DECLGEN_COMMAND%"=="bench" goto launch
if exist "%DECLGEN_CACHEDIR%\lib\declgen-core.jar" set "DECLGEN_JAR=%DECLGEN_CACHEDIR%\lib\declgen-core.jar"
set DECLGEN_CACHE_OPTS="-Ddeclgen.cache=%DECLGEN_CACHEDIR%\templates"
if not exist "%DECLGEN_CACHEDIR%\core.jsa" goto launch
set DECLGEN_CACHE_OPTS=%DECLGEN_CACHE_OPTS% "-XX:SharedArchiveFile=%DECLGEN_CACHEDIR%\core.jsa" -Xshare:auto -Xlog:cds=off -Xlog:cds+dynamic=off
:launch
"%DECLGEN_JAVA%" -Dfile.encoding=UTF-8 "-Ddeclgen.launcher=%DECLGEN_SELF%" %DECLGEN_OPTS% %DECLGEN_CACHE_OPTS% -jar "%DECLGEN_JAR%" %*
set "DECLGEN_EXIT=%ERRORLEVEL%"
goto done

rem One-shot runs want a small, fast-starting JVM: C1 only, serial GC with a small young
rem generation. Java 17 serves no class from the archive when the jars' path holds a space or a
rem character beyond ASCII ("Program Files", a Chinese folder name): then the jars are copied
rem into the cache folder, and the archive is trained on them there.
:train
1>&2 echo declgen: 首次运行（或升级后第一次），正在准备启动缓存，需要几秒到十几秒，只做一次……
1>&2 echo declgen: first run (or first after an upgrade): preparing the start-up cache, once; a few seconds
set "DECLGEN_SAMPLE=%DECLGEN_HOME%\examples\nansha-zwsj.yaml"
if not exist "%DECLGEN_SAMPLE%" exit /b 1
set "DECLGEN_TRAIN=%DECLGEN_CACHEDIR%\training-%RANDOM%%RANDOM%"
mkdir "%DECLGEN_TRAIN%" >nul 2>&1 || exit /b 1
call :trainWith "%DECLGEN_HOME%\lib" && goto trained
if exist "%DECLGEN_CACHEDIR%\core.jsa" del /f /q "%DECLGEN_CACHEDIR%\core.jsa" >nul 2>&1
rem Copied beside and moved into place, so that another run never finds half the jars.
if exist "%DECLGEN_CACHEDIR%\lib.part\" rd /s /q "%DECLGEN_CACHEDIR%\lib.part" >nul 2>&1
mkdir "%DECLGEN_CACHEDIR%\lib.part" >nul 2>&1
copy /y /b "%DECLGEN_HOME%\lib\*.jar" "%DECLGEN_CACHEDIR%\lib.part\" >nul 2>&1 || goto trained
move "%DECLGEN_CACHEDIR%\lib.part" "%DECLGEN_CACHEDIR%\lib" >nul 2>&1 || goto trained
call :trainWith "%DECLGEN_CACHEDIR%\lib"
:trained
if exist "%DECLGEN_CACHEDIR%\lib.part\" rd /s /q "%DECLGEN_CACHEDIR%\lib.part" >nul 2>&1
rd /s /q "%DECLGEN_TRAIN%" >nul 2>&1
exit /b 0

rem Trains the archive on the jars in the folder %1; succeeds when it then serves declgen's own
rem classes. The first render compiles the built-in template into the cache (with docx4j); the
rem second, archived one then finds it there, so the archive holds what a render loads, not what
rem compiling does; it also checks and converts for git (the YAML and the rendered Word form), so
rem the archive holds what those load too. Both run in an empty folder, where no project template
rem stands in the way.
:trainWith
set "DECLGEN_TLIB=%~1"
pushd "%DECLGEN_TRAIN%"
"%DECLGEN_JAVA%" -Dfile.encoding=UTF-8 "-Ddeclgen.cache=%DECLGEN_CACHEDIR%\templates" -XX:+UseSerialGC -Xmn24m -XX:TieredStopAtLevel=1 -jar "%DECLGEN_TLIB%\declgen-core.jar" render --force "%DECLGEN_SAMPLE%" -o out >nul 2>&1
"%DECLGEN_JAVA%" -Dfile.encoding=UTF-8 "-Ddeclgen.cache=%DECLGEN_CACHEDIR%\templates" -XX:+UseSerialGC -Xmn24m -XX:TieredStopAtLevel=1 "-XX:ArchiveClassesAtExit=%DECLGEN_CACHEDIR%\core.jsa.part" -cp "%DECLGEN_TLIB%\declgen-core.jar" org.declgen.cli.Training render --force "%DECLGEN_SAMPLE%" -o out --then check "%DECLGEN_SAMPLE%" --then textconv "%DECLGEN_SAMPLE%" --then textconv out\nansha-zwsj.docx >nul 2>&1
popd
if not exist "%DECLGEN_CACHEDIR%\core.jsa.part" exit /b 1
move /y "%DECLGEN_CACHEDIR%\core.jsa.part" "%DECLGEN_CACHEDIR%\core.jsa" >nul 2>&1 || exit /b 1
"%DECLGEN_JAVA%" "-XX:SharedArchiveFile=%DECLGEN_CACHEDIR%\core.jsa" -Xshare:auto -Xlog:class+load=info -jar "%DECLGEN_TLIB%\declgen-core.jar" --version 2>nul | findstr /c:"org.declgen.cli.Main source: shared" >nul
exit /b %ERRORLEVEL%

rem Sets DECLGEN_STAMP: the build, the Java's size, time and path, the archive's size and time.
:stamp
for %%f in ("%DECLGEN_JAVA%") do set "DECLGEN_STAMP=%DECLGEN_BUILD% %%~zf %%~tf %%~ff"
if not exist "%DECLGEN_CACHEDIR%\core.jsa" exit /b 0
for %%f in ("%DECLGEN_CACHEDIR%\core.jsa") do set "DECLGEN_STAMP=%DECLGEN_STAMP% %%~zf %%~tf"
exit /b 0

rem Too old a Java fails with a class-version error, which reads like a declgen bug.
rem "java -version" says: openjdk version "17.0.15" ... or java version "1.8.0_381" ...
:checkJava
set "DECLGEN_JV="
for /f "tokens=3" %%v in ('call "%DECLGEN_JAVA%" -version 2^>^&1 ^| findstr /i /c:"version"') do set "DECLGEN_JV=%%~v"
if not defined DECLGEN_JV exit /b 0
set "DECLGEN_JMAJOR="
for /f "delims=.-+" %%m in ("%DECLGEN_JV%") do set "DECLGEN_JMAJOR=%%m"
if not defined DECLGEN_JMAJOR exit /b 0
if "%DECLGEN_JMAJOR%"=="1" exit /b 1
if %DECLGEN_JMAJOR% LSS 17 exit /b 1
exit /b 0

:done
if defined DECLGEN_CP chcp %DECLGEN_CP% >nul 2>&1
endlocal & exit /b %DECLGEN_EXIT%

:noJava
1>&2 echo declgen: 找不到 Java。请安装 Java 17 或更新的版本（如 Eclipse Temurin 17），或设置 JAVA_HOME。
1>&2 echo declgen: Java not found: install Java 17 or newer (Eclipse Temurin 17, say), or set JAVA_HOME.
set "DECLGEN_EXIT=3"
goto done

:oldJava
1>&2 echo declgen: 需要 Java 17 或更新的版本，「%DECLGEN_JAVA%」是 Java %DECLGEN_JV%。请安装 Java 17，或让 JAVA_HOME 指向它。
1>&2 echo declgen: declgen needs Java 17 or newer; %DECLGEN_JAVA% is Java %DECLGEN_JV%. Install Java 17, or set JAVA_HOME to it.
set "DECLGEN_EXIT=3"
goto done
