# Fails when product code (wizard/, app/) opens a QSaveFile itself instead of through
# PrivateFiles::openForWriting(), which opens it unbuffered: with Qt's write buffer, Qt 6.4's
# QSaveFile::commit() ignores a failed flush and renames a truncated file into place (a full disk would leave
# a cut-off journal, ledger or state file that looks saved). Looks for `<name>.open(QIODevice::WriteOnly` on
# every variable declared `QSaveFile <name>` (a QSaveFile is only ever opened for writing; reading a QFile of
# the same name is fine). Run with -DSOURCE_DIRS=dir,dir -DHELPER=path (privatefiles.cpp, the one
# place that may).

cmake_minimum_required(VERSION 3.16)

include(${CMAKE_CURRENT_LIST_DIR}/product_sources.cmake)
product_sources("${HELPER}")

set(bad "")
set(save_files 0)
foreach(source IN LISTS sources)
    file(READ "${source}" content)
    string(REGEX MATCHALL "QSaveFile[ \t]+[A-Za-z_][A-Za-z0-9_]*[ \t]*[({]" declarations "${content}")
    foreach(declaration IN LISTS declarations)
        math(EXPR save_files "${save_files} + 1")
        string(REGEX REPLACE "QSaveFile[ \t]+([A-Za-z_][A-Za-z0-9_]*).*" "\\1" name "${declaration}")
        if(content MATCHES "(^|[^A-Za-z0-9_])${name}(\\.|->)open\\([ \t\n]*QIODevice::WriteOnly")
            list(APPEND bad "${source}: ${name}.open(QIODevice::WriteOnly")
        endif()
    endforeach()
endforeach()
if(bad)
    list(JOIN bad "\n" bad)
    message(FATAL_ERROR "open every QSaveFile with PrivateFiles::openForWriting() (unbuffered):\n${bad}")
endif()
if(save_files LESS 5)
    message(FATAL_ERROR "found only ${save_files} QSaveFile variables in wizard/ and app/: is the pattern still right?")
endif()
message("1 passed, 0 failed: ${save_files} QSaveFile variables in wizard/ and app/, each opened through "
        "PrivateFiles::openForWriting()")
