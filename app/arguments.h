#pragma once

// Reading the command line before Qt starts, the same way in all three programs: the launcher (no Qt, no C++
// library), skybeam-setup-cli and skybeam-setup-gui.

#include <cstring>

namespace Skybeam::Arguments {

/// The index of the command: the first argument that is neither an option nor the value of an option that
/// takes one before the command (the global --roxy-home and --lang, the wizard's --page); -1 when there is
/// none.
inline int commandIndex(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        const char *arg = argv[i];
        if (std::strcmp(arg, "--roxy-home") == 0 || std::strcmp(arg, "--lang") == 0
            || std::strcmp(arg, "--page") == 0) {
            ++i;
            continue;
        }
        if (arg[0] != '-')
            return i;
    }
    return -1;
}

/// --help or --version was asked: the program prints and exits, so it needs no display (e.g. over ssh, in
/// packaging tests).
inline bool onlyPrints(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--help") == 0 || std::strcmp(argv[i], "-h") == 0
            || std::strcmp(argv[i], "--version") == 0)
            return true;
    }
    return false;
}

} // namespace Skybeam::Arguments
