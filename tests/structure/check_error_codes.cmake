# Fails when product code (wizard/, app/) spells an error code as a string literal instead of using the constants
# in wizard/core/common/errorcodes.h (CODES_HEADER), so that a misspelt code cannot compile:
#  - any literal "<area>.<name>" whose area is one of the header's (oauth, api, keychain, posting, ...), wherever
#    it stands (creating an Error, comparing a code, returning one from a helper);
#  - Error::code() compared (==, !=, startsWith, ...) with any string literal;
#  - an Error constructed with a literal code.
# Comments are ignored (they may name codes). Run with -DSOURCE_DIRS=dir,dir -DCODES_HEADER=path.

cmake_minimum_required(VERSION 3.16)

# Literals that look like "<area>.<name>" but are not error codes.
set(not_codes "\"tiktok.com\"")

file(READ "${CODES_HEADER}" header)
string(REGEX MATCHALL "\"[a-z0-9]+\\.[a-z0-9_]+\"" codes "${header}")
list(LENGTH codes code_count)
if(code_count LESS 50)
    message(FATAL_ERROR "found only ${code_count} codes in ${CODES_HEADER}: is it still the home of the error codes?")
endif()
set(areas "")
foreach(code IN LISTS codes)
    string(REGEX REPLACE "^\"([a-z0-9]+)\\..*" "\\1" area "${code}")
    list(APPEND areas "${area}")
endforeach()
list(REMOVE_DUPLICATES areas)
list(JOIN areas "|" area_alternatives)

set(ws "[ \t\r\n]*")
set(literal "(QStringLiteral\\(|QLatin1String\\(|QLatin1StringView\\(|QString::from[A-Za-z0-9]+\\(|QString\\(|u8?\"|\")")
set(patterns
    # a code spelt out
    "\"(${area_alternatives})\\.[a-z0-9_]+\""
    # code() == "...", code() != QLatin1String("..."), ...
    "code\\(\\)${ws}[!=]=${ws}${literal}"
    # "..." == x.code()
    "\"\\)?${ws}[!=]=${ws}[A-Za-z0-9_.>()-]*code\\(\\)"
    # code().startsWith("...")
    "code\\(\\)\\.(startsWith|endsWith|contains|compare)\\(${ws}${literal}"
    # Error(QStringLiteral("..."), ...), Error error{"...", ...}
    "(^|[^A-Za-z0-9_])Error([ \t]+[A-Za-z_][A-Za-z0-9_]*)?${ws}[({]${ws}${literal}")

include(${CMAKE_CURRENT_LIST_DIR}/product_sources.cmake)
product_sources("${CODES_HEADER}")

set(bad "")
foreach(source IN LISTS sources)
    file(READ "${source}" content)
    # Drop comments: whole comment lines, and comments after code.
    string(REGEX REPLACE "(^|\n)[ \t]*//[^\n]*" "\\1" content "${content}")
    string(REGEX REPLACE "[ \t]//[^\n]*" "" content "${content}")
    foreach(pattern IN LISTS patterns)
        string(REGEX MATCHALL "${pattern}" matches "${content}")
        foreach(match IN LISTS matches)
            if(NOT match IN_LIST not_codes)
                string(REPLACE "\n" " " match "${match}")
                list(APPEND bad "${source}: ${match}")
            endif()
        endforeach()
    endforeach()
endforeach()
if(bad)
    list(JOIN bad "\n" bad)
    message(FATAL_ERROR "error codes must come from ${CODES_HEADER} (ErrorCode::...), not string literals:\n${bad}")
endif()
list(LENGTH sources count)
message("1 passed, 0 failed: checked ${count} files in wizard/ and app/ against ${code_count} error codes, no code "
        "is a string literal")
