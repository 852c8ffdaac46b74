// Fails naming every function in the given source folders whose definition, from the first line of its
// signature to its closing brace, is longer than the limit (lambdas and local classes count with the function
// that holds them). Reads the sources as text: comments, string and character literals (raw strings too) and
// preprocessor lines are blanked first, then braces are matched; a brace opened at namespace or class scope
// after a parameter list opens a function body. Good enough for this codebase, not a C++ parser.
//
// Usage: skybeam_function_length MAX_LINES FOLDER...  (folders relative to the working directory name the
// files in the report)

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

namespace {

namespace fs = std::filesystem;

struct LongFunction
{
    std::string file;
    int line = 0;
    int lines = 0;
    std::string name;
};

std::string readFile(const fs::path &path)
{
    std::ifstream in(path, std::ios::binary);
    std::ostringstream out;
    out << in.rdbuf();
    return out.str();
}

// Replaces comments, literals and preprocessor lines by spaces, keeping every newline where it was.
std::string blankNonCode(const std::string &text)
{
    std::string out = text;
    const size_t n = text.size();
    size_t i = 0;
    bool lineStart = true;
    auto blank = [&](size_t from, size_t to) {
        for (size_t k = from; k < to && k < n; ++k) {
            if (out[k] != '\n')
                out[k] = ' ';
        }
    };
    while (i < n) {
        const char c = text[i];
        if (c == '\n') {
            lineStart = true;
            ++i;
            continue;
        }
        if (lineStart && c == '#') {
            size_t end = i;
            while (end < n && !(text[end] == '\n' && text[end - 1] != '\\'))
                ++end;
            blank(i, end);
            i = end;
            continue;
        }
        if (!std::isspace(static_cast<unsigned char>(c)))
            lineStart = false;
        if (c == '/' && i + 1 < n && text[i + 1] == '/') {
            size_t end = text.find('\n', i);
            end = end == std::string::npos ? n : end;
            blank(i, end);
            i = end;
        } else if (c == '/' && i + 1 < n && text[i + 1] == '*') {
            size_t end = text.find("*/", i + 2);
            end = end == std::string::npos ? n : end + 2;
            blank(i, end);
            i = end;
        } else if (c == 'R' && i + 1 < n && text[i + 1] == '"'
            && (i == 0 || !(std::isalnum(static_cast<unsigned char>(text[i - 1])) || text[i - 1] == '_'))) {
            const size_t open = text.find('(', i + 2);
            const std::string delimiter = ")" + text.substr(i + 2, open - i - 2) + "\"";
            size_t end = text.find(delimiter, open);
            end = end == std::string::npos ? n : end + delimiter.size();
            blank(i, end);
            i = end;
        } else if (c == '"'
            || (c == '\''
                && !(i > 0 && std::isxdigit(static_cast<unsigned char>(text[i - 1])) && i + 1 < n
                    && std::isxdigit(static_cast<unsigned char>(text[i + 1]))))) {
            // (a ' between two digits is a digit separator, not a character literal)
            size_t end = i + 1;
            while (end < n && text[end] != c && text[end] != '\n')
                end += text[end] == '\\' ? 2 : 1;
            end = std::min(end + 1, n);
            blank(i, end);
            i = end;
        } else {
            ++i;
        }
    }
    return out;
}

bool hasWord(const std::string &text, const std::string &word, size_t from = 0)
{
    for (size_t at = text.find(word, from); at != std::string::npos; at = text.find(word, at + 1)) {
        const bool startOk
            = at == 0 || !(std::isalnum(static_cast<unsigned char>(text[at - 1])) || text[at - 1] == '_');
        const size_t end = at + word.size();
        const bool endOk = end >= text.size()
            || !(std::isalnum(static_cast<unsigned char>(text[end])) || text[end] == '_');
        if (startOk && endOk)
            return true;
    }
    return false;
}

enum class Scope { Namespace, Class, Function, Initializer, Other };

// What a '{' opens, given the text since the last ';', '{' or '}' at the same level (the "header").
Scope classify(const std::string &header, Scope parent)
{
    if (parent != Scope::Namespace && parent != Scope::Class)
        return Scope::Other;
    if (hasWord(header, "namespace") || hasWord(header, "extern"))
        return Scope::Namespace;
    const size_t lastParen = header.rfind(')');
    for (const char *keyword : { "class", "struct", "union", "enum" }) {
        if (hasWord(header, keyword, lastParen == std::string::npos ? 0 : lastParen))
            return Scope::Class;
    }
    if (lastParen == std::string::npos)
        return Scope::Other;
    // A constructor's member initializer written with braces: "Foo::Foo() : m_a{1}, m_b{2} {".
    const size_t firstParen = header.find(')');
    bool initializerList = false;
    for (size_t k = firstParen; k + 1 < header.size(); ++k) {
        if (header[k] == ':' && header[k + 1] != ':' && header[k - 1] != ':') {
            initializerList = true;
            break;
        }
    }
    size_t last = header.find_last_not_of(" \t\r\n");
    if (initializerList && last != std::string::npos
        && (std::isalnum(static_cast<unsigned char>(header[last])) || header[last] == '_'
            || header[last] == '>'))
        return Scope::Initializer;
    return Scope::Function;
}

std::string functionName(const std::string &header)
{
    std::string flat;
    for (char c : header)
        flat += std::isspace(static_cast<unsigned char>(c)) ? ' ' : c;
    const size_t paren = flat.find('(');
    std::string name = flat.substr(0, paren);
    const size_t start = name.find_last_of(" *&") == std::string::npos ? 0 : name.find_last_of(" *&") + 1;
    name = name.substr(start);
    return name.empty() ? flat.substr(0, 60) : name;
}

void scanFile(
    const fs::path &path, const std::string &display, int maxLines, std::vector<LongFunction> &found)
{
    const std::string code = blankNonCode(readFile(path));
    struct Open
    {
        Scope scope;
        std::string savedHeader;
        int savedHeaderLine;
        int startLine;
    };
    std::vector<Open> stack;
    std::string header;
    int headerLine = 0;
    int line = 1;
    auto current = [&] {
        return stack.empty() ? Scope::Namespace : stack.back().scope;
    };
    for (char c : code) {
        if (c == '\n') {
            ++line;
            header += c;
            continue;
        }
        const Scope scope = current();
        const bool tracking
            = scope == Scope::Namespace || scope == Scope::Class || scope == Scope::Initializer;
        if (c == '{') {
            const Scope opened = scope == Scope::Initializer ? Scope::Other : classify(header, scope);
            stack.push_back({ opened, header, headerLine, opened == Scope::Function ? headerLine : line });
            header.clear();
            headerLine = 0;
        } else if (c == '}') {
            if (stack.empty())
                continue;
            const Open closed = stack.back();
            stack.pop_back();
            if (closed.scope == Scope::Function && line - closed.startLine + 1 > maxLines)
                found.push_back({ display, closed.startLine, line - closed.startLine + 1,
                    functionName(closed.savedHeader) });
            if (closed.scope == Scope::Initializer) {
                header = closed.savedHeader + "{}";
                headerLine = closed.savedHeaderLine;
            } else {
                header.clear();
                headerLine = 0;
            }
        } else if (c == ';' && tracking) {
            header.clear();
            headerLine = 0;
        } else if (tracking) {
            if (headerLine == 0 && !std::isspace(static_cast<unsigned char>(c))) {
                headerLine = line;
                header.clear();
            }
            header += c;
        }
    }
}

} // namespace

int main(int argc, char **argv)
{
    if (argc < 3) {
        std::cerr << "usage: " << argv[0] << " MAX_LINES FOLDER...\n";
        return 2;
    }
    const int maxLines = std::atoi(argv[1]);
    std::vector<LongFunction> found;
    int files = 0;
    for (int a = 2; a < argc; ++a) {
        const fs::path root(argv[a]);
        if (!fs::is_directory(root)) {
            std::cerr << "not a folder: " << root << "\n";
            return 2;
        }
        std::vector<fs::path> sources;
        for (const auto &entry : fs::recursive_directory_iterator(root)) {
            const std::string extension = entry.path().extension().string();
            if (entry.is_regular_file() && (extension == ".cpp" || extension == ".h"))
                sources.push_back(entry.path());
        }
        std::sort(sources.begin(), sources.end());
        for (const fs::path &source : sources) {
            scanFile(source, source.generic_string(), maxLines, found);
            ++files;
        }
    }
    for (const LongFunction &f : found)
        std::cout << f.file << ":" << f.line << ": " << f.name << " is " << f.lines << " lines long (at most "
                  << maxLines << ")\n";
    if (!found.empty()) {
        std::cout << found.size() << " function(s) over " << maxLines << " lines in " << files << " files\n";
        return 1;
    }
    std::cout << "checked " << files << " files: no function over " << maxLines << " lines\n";
    return 0;
}
