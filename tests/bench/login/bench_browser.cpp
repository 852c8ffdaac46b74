// bench_browser: the scripted browser of benchmark P3 (scripts/bench), shared by both sides of the
// comparison: `skybeam-setup authorize --no-browser` (the bench opens the printed URL with it) and the
// runbook's generate_tiktok_token.py (whose webbrowser.open runs it). Plain POSIX, no Qt, so that it
// costs both sides the same few hundred microseconds.
//
//   bench_browser URL
//
// GETs URL and follows redirects (http only, at most 10), like a browser whose user has already
// consented (the fake TikTok runs with --consent approve). Exit 0 when the last page answered 2xx.
// Every connection is closed with SO_LINGER 0 (a reset), so the server side never sits in TIME_WAIT:
// the runbook's script binds port 8080 without SO_REUSEADDR and could not run twice in a row otherwise.
// A refused connection is retried for up to 5 s (the runbook's script starts the browser before it
// binds its port); the retries are counted on stderr. When SKYBEAM_BENCH_BROWSER_LOG names a file, the
// browser appends "<CLOCK_MONOTONIC ns at start> <retries>" to it.

#include <netdb.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>

namespace {

long long monotonicNs()
{
    timespec now {};
    clock_gettime(CLOCK_MONOTONIC, &now);
    return static_cast<long long>(now.tv_sec) * 1000000000LL + now.tv_nsec;
}

struct Url
{
    std::string host;
    std::string port = "80";
    std::string target = "/"; // path and query
};

bool parseUrl(const std::string &text, Url *url)
{
    const std::string scheme = "http://";
    if (text.compare(0, scheme.size(), scheme) != 0)
        return false;
    const std::string rest = text.substr(scheme.size());
    const size_t slash = rest.find_first_of("/?");
    std::string authority = rest.substr(0, slash);
    url->target = slash == std::string::npos ? "/" : rest.substr(slash);
    if (url->target[0] == '?')
        url->target = "/" + url->target;
    if (!authority.empty() && authority[0] == '[') { // [::1]:port
        const size_t close = authority.find(']');
        if (close == std::string::npos)
            return false;
        url->host = authority.substr(1, close - 1);
        if (close + 1 < authority.size() && authority[close + 1] == ':')
            url->port = authority.substr(close + 2);
    } else {
        const size_t colon = authority.rfind(':');
        url->host = authority.substr(0, colon);
        if (colon != std::string::npos)
            url->port = authority.substr(colon + 1);
    }
    return !url->host.empty();
}

int retries = 0;

// Connects to the first address of host:port that accepts, retrying refused connections for up to 5 s.
int connectTo(const Url &url)
{
    addrinfo hints {};
    hints.ai_family = AF_UNSPEC;
    hints.ai_socktype = SOCK_STREAM;
    addrinfo *addresses = nullptr;
    if (getaddrinfo(url.host.c_str(), url.port.c_str(), &hints, &addresses) != 0)
        return -1;
    const long long deadline = monotonicNs() + 5000000000LL;
    int fd = -1;
    for (;;) {
        for (addrinfo *address = addresses; address && fd < 0; address = address->ai_next) {
            fd = socket(address->ai_family, address->ai_socktype, address->ai_protocol);
            if (fd < 0)
                continue;
            if (connect(fd, address->ai_addr, address->ai_addrlen) != 0) {
                const int error = errno;
                close(fd);
                fd = -1;
                errno = error;
            }
        }
        if (fd >= 0 || errno != ECONNREFUSED || monotonicNs() > deadline)
            break;
        ++retries;
        usleep(2000);
    }
    freeaddrinfo(addresses);
    return fd;
}

void closeWithReset(int fd)
{
    linger reset {};
    reset.l_onoff = 1;
    reset.l_linger = 0;
    setsockopt(fd, SOL_SOCKET, SO_LINGER, &reset, sizeof(reset));
    close(fd);
}

// One GET; returns the status code (0 on a transport error) and the Location header, if any.
int get(const Url &url, std::string *location)
{
    const int fd = connectTo(url);
    if (fd < 0) {
        std::fprintf(stderr, "bench_browser: cannot connect to %s:%s (%s)\n", url.host.c_str(),
            url.port.c_str(), std::strerror(errno));
        return 0;
    }
    const std::string request = "GET " + url.target + " HTTP/1.1\r\nHost: " + url.host + ":" + url.port
        + "\r\nUser-Agent: skybeam-bench-browser\r\nAccept: text/html\r\nConnection: close\r\n\r\n";
    size_t sent = 0;
    while (sent < request.size()) {
        const ssize_t n = send(fd, request.data() + sent, request.size() - sent, MSG_NOSIGNAL);
        if (n <= 0) {
            closeWithReset(fd);
            return 0;
        }
        sent += size_t(n);
    }
    // Connection: close — the response ends when the server closes.
    std::string response;
    char buffer[16384];
    for (;;) {
        const ssize_t n = recv(fd, buffer, sizeof(buffer), 0);
        if (n <= 0)
            break;
        response.append(buffer, size_t(n));
    }
    closeWithReset(fd);
    int status = 0;
    if (std::sscanf(response.c_str(), "HTTP/1.%*d %d", &status) != 1)
        return 0;
    const size_t headersEnd = response.find("\r\n\r\n");
    const std::string headers = response.substr(0, headersEnd);
    size_t line = headers.find("\r\n");
    while (line != std::string::npos) {
        const size_t next = headers.find("\r\n", line + 2);
        const std::string header
            = headers.substr(line + 2, next == std::string::npos ? std::string::npos : next - line - 2);
        if (header.size() > 9 && strncasecmp(header.c_str(), "location:", 9) == 0) {
            const size_t value = header.find_first_not_of(' ', 9);
            *location = value == std::string::npos ? std::string() : header.substr(value);
        }
        line = next;
    }
    return status;
}

} // namespace

int main(int argc, char **argv)
{
    const long long started = monotonicNs();
    if (argc != 2) {
        std::fprintf(stderr, "usage: bench_browser URL\n");
        return 2;
    }
    std::string current = argv[1];
    int status = 0;
    for (int hop = 0; hop <= 10; ++hop) {
        Url url;
        if (!parseUrl(current, &url)) {
            std::fprintf(stderr, "bench_browser: not an http URL: %s\n", current.c_str());
            return 1;
        }
        std::string location;
        status = get(url, &location);
        if (status >= 300 && status < 400 && !location.empty()) {
            if (location[0] == '/')
                location = "http://"
                    + (url.host.find(':') != std::string::npos ? "[" + url.host + "]" : url.host) + ":"
                    + url.port + location;
            current = location;
            continue;
        }
        break;
    }
    if (retries > 0)
        std::fprintf(stderr, "bench_browser: %d refused connection(s) retried\n", retries);
    if (const char *log = std::getenv("SKYBEAM_BENCH_BROWSER_LOG")) {
        if (FILE *file = std::fopen(log, "a")) {
            std::fprintf(file, "%lld %d\n", started, retries);
            std::fclose(file);
        }
    }
    if (status < 200 || status >= 300) {
        std::fprintf(stderr, "bench_browser: last page answered %d\n", status);
        return 1;
    }
    return 0;
}
