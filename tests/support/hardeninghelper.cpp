// skybeam-hardening-helper: the "other process" of the hardening tests. Each mode does one thing the tests
// need in a separate process (to be killed, to run concurrently, to change its limits or mount namespace)
// and reports on stdout, one line per fact.
//
//   save-loop ROOT JSON            prints "ready", then saves JSON to ROOT's credential file until killed
//   save ROOT JSON [SETUP]         one save; prints "code: ...", "message: ...", and after the save
//                                  "after: <file, hex>" and "mode: <octal>". SETUP is one of
//                                    fsize=BYTES   RLIMIT_FSIZE (SIGXFSZ ignored): the disk is "full"
//                                    tmpfs=BYTES[,free=BYTES]  private mount namespace, a tmpfs of BYTES
//                                                  on the credentials folder, filled up before the save
//                                                  but for `free` bytes (root)
//                                    readonly      private mount namespace, the credentials folder
//                                                  bind-mounted read-only (root)
//   save-many ROOT PREFIX COUNT     COUNT saves of a record whose tokens are PREFIX.<i>; prints "errors: N"
//   read-loop ROOT                  reads the credential file until stdin closes; prints "reads: N" and
//                                   "bad: N" (reads that were not usable)
//   hold-lock PATH                  takes a ProcessLock on PATH; prints "locked" (or "not-locked") and holds
//                                   it until stdin closes or it is killed
//   instance DIR                    SingleInstance::claim() in DIR; prints the role; a Primary prints
//                                   "activated" for each activation and exits when stdin closes
#include "common/processlock.h"
#include "common/roxypaths.h"
#include "common/singleinstance.h"
#include "credentials/credentialfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSocketNotifier>

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstring>

#include <fcntl.h>

#include <sched.h>
#include <sys/mount.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Skybeam;

namespace {

void say(const QByteArray &line)
{
    std::fwrite(line.constData(), 1, size_t(line.size()), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

[[noreturn]] void fail(const QByteArray &what)
{
    say("setup-failed: " + what + ": " + QByteArray(std::strerror(errno)));
    std::exit(3);
}

TikTokCredentials loadRecord(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        fail("cannot read the record");
    return TikTokCredentials(QJsonDocument::fromJson(file.readAll()).object());
}

void reportFile(const CredentialFile &file)
{
    const QString path = file.paths().primaryCredentialFile();
    QFile read(path);
    read.open(QIODevice::ReadOnly);
    say("after: " + read.readAll().toHex());
    struct stat info
    {
    };
    ::stat(QFile::encodeName(path).constData(), &info);
    say("mode: " + QByteArray::number(info.st_mode & 07777, 8));
}

// A private mount namespace, so that nothing mounted here is seen by (or left to) anything else.
void privateMounts()
{
    if (::unshare(CLONE_NEWNS) != 0)
        fail("unshare");
    if (::mount("none", "/", nullptr, MS_REC | MS_PRIVATE, nullptr) != 0)
        fail("make-private");
}

void setUp(const QString &setup, const CredentialFile &file)
{
    const QByteArray dir = QFile::encodeName(file.paths().credentialsDir());
    if (setup.startsWith(QLatin1String("fsize="))) {
        ::signal(SIGXFSZ, SIG_IGN);
        const rlim_t bytes = setup.mid(6).toULongLong();
        const rlimit limit { bytes, bytes };
        if (::setrlimit(RLIMIT_FSIZE, &limit) != 0)
            fail("setrlimit");
    } else if (setup.startsWith(QLatin1String("tmpfs="))) {
        // Keep the old file's bytes, mount a small tmpfs over the folder, put the old file back, then fill
        // the tmpfs to the last byte and give back `free` bytes.
        const QStringList options = setup.split(QLatin1Char(','));
        const qint64 free = options.size() > 1 ? options.at(1).section(QLatin1Char('='), 1).toLongLong() : 0;
        QFile old(file.paths().primaryCredentialFile());
        if (!old.open(QIODevice::ReadOnly))
            fail("read old");
        const QByteArray oldBytes = old.readAll();
        old.close();
        privateMounts();
        const QByteArray mountOptions = "size=" + options.at(0).mid(6).toLatin1() + ",mode=0700";
        if (::mount("tmpfs", dir.constData(), "tmpfs", 0, mountOptions.constData()) != 0)
            fail("mount tmpfs");
        QFile restored(file.paths().primaryCredentialFile());
        if (!restored.open(QIODevice::WriteOnly) || restored.write(oldBytes) != oldBytes.size())
            fail("restore old");
        restored.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        restored.close();
        QFile filler(QFile::decodeName(dir) + QStringLiteral("/filler"));
        if (!filler.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
            fail("filler");
        const QByteArray block(4096, 'x');
        while (filler.write(block) == block.size()) { }
        if (free > 0 && !filler.resize(qMax<qint64>(0, filler.size() - free)))
            fail("give back space");
        filler.close();
    } else if (setup == QLatin1String("readonly")) {
        privateMounts();
        if (::mount(dir.constData(), dir.constData(), nullptr, MS_BIND, nullptr) != 0)
            fail("bind");
        if (::mount(dir.constData(), dir.constData(), nullptr, MS_BIND | MS_REMOUNT | MS_RDONLY, nullptr)
            != 0)
            fail("remount read-only");
    } else if (!setup.isEmpty()) {
        errno = EINVAL;
        fail("unknown setup " + setup.toLatin1());
    }
}

int saveOnce(const QStringList &args)
{
    const CredentialFile file { RoxyPaths(args.value(0)) };
    const TikTokCredentials record = loadRecord(args.value(1));
    setUp(args.value(2), file);
    const Error error = file.write(record);
    say("code: " + error.code().toUtf8());
    say("message: " + error.message().toUtf8());
    reportFile(file);
    return 0;
}

int saveLoop(const QStringList &args)
{
    const CredentialFile file { RoxyPaths(args.value(0)) };
    const TikTokCredentials record = loadRecord(args.value(1));
    say("ready");
    for (;;) {
        const Error error = file.write(record);
        if (error.isError()) {
            say("error: " + error.code().toUtf8() + " " + error.message().toUtf8());
            return 1;
        }
    }
}

int saveMany(const QStringList &args)
{
    const CredentialFile file { RoxyPaths(args.value(0)) };
    const QString prefix = args.value(1);
    const int count = args.value(2).toInt();
    int errors = 0;
    for (int i = 0; i < count; ++i) {
        QJsonObject json { { QStringLiteral("client_key"), QStringLiteral("awconcurrent") },
            { QStringLiteral("client_secret"), QStringLiteral("secret-%1").arg(prefix) },
            { QStringLiteral("access_token"), QStringLiteral("act.%1.%2").arg(prefix).arg(i) },
            { QStringLiteral("refresh_token"), QStringLiteral("rft.%1.%2").arg(prefix).arg(i) },
            { QStringLiteral("expires_in"), 86400 }, { QStringLiteral("writer"), prefix },
            { QStringLiteral("padding"), QString(1000 + 37 * i, QLatin1Char('p')) } };
        const Error error = file.write(TikTokCredentials(json));
        if (error.isError()) {
            ++errors;
            say("error: " + error.code().toUtf8());
        }
    }
    say("errors: " + QByteArray::number(errors));
    return errors == 0 ? 0 : 1;
}

int readLoop(const QStringList &args)
{
    const CredentialFile file { RoxyPaths(args.value(0)) };
    qint64 reads = 0;
    qint64 bad = 0;
    // Until stdin is closed (the test closes it when the writers are done).
    ::fcntl(STDIN_FILENO, F_SETFL, O_NONBLOCK);
    say("ready");
    for (;;) {
        char byte = 0;
        const ssize_t got = ::read(STDIN_FILENO, &byte, 1);
        if (got == 0 || (got < 0 && errno != EAGAIN && errno != EINTR))
            break;
        const CredentialReadResult result = file.read();
        ++reads;
        if (result.exists() && !result.isUsable()) {
            ++bad;
            say("bad: " + result.error.code().toUtf8());
        }
    }
    say("reads: " + QByteArray::number(reads));
    say("bad: " + QByteArray::number(bad));
    return 0;
}

int holdLock(const QStringList &args)
{
    ProcessLock lock(args.value(0));
    if (lock.acquire(QDeadlineTimer(5000)) != ProcessLock::Result::Acquired) {
        say("not-locked");
        return 1;
    }
    say("locked");
    char buffer[64];
    while (::read(STDIN_FILENO, buffer, sizeof buffer) > 0) { }
    return 0;
}

int instance(int argc, char **argv, const QStringList &args)
{
    QCoreApplication app(argc, argv);
    SingleInstance single(QStringLiteral("skybeam-test"), args.value(0));
    const SingleInstance::Role role = single.claim();
    switch (role) {
    case SingleInstance::Role::Primary:
        say("role: primary");
        break;
    case SingleInstance::Role::Secondary:
        say(single.activationAcknowledged() ? "role: secondary acknowledged" : "role: secondary");
        return 0;
    default:
        say("role: failed " + single.errorString().toUtf8());
        return 1;
    }
    QObject::connect(&single, &SingleInstance::activationRequested, [] { say("activated"); });
    QSocketNotifier input(STDIN_FILENO, QSocketNotifier::Read);
    QObject::connect(&input, &QSocketNotifier::activated, &app, [&app] {
        char buffer[64];
        if (::read(STDIN_FILENO, buffer, sizeof buffer) <= 0)
            app.quit();
    });
    return app.exec();
}

} // namespace

int main(int argc, char **argv)
{
    // The saves' own log lines would only slow the loops down and flood the test's log (a saver makes
    // thousands of saves). The tests' QT_LOGGING_RULES turns skybeam's debug lines on, and those rules
    // outrank setFilterRules(), so they are replaced before the first category is used.
    qputenv("QT_LOGGING_RULES", "skybeam.credentials.debug=false;skybeam.credentials.info=false");
    // Never outlive the test that started it (e.g. when the test is stopped by its timeout).
    ::prctl(PR_SET_PDEATHSIG, SIGKILL);
    QStringList args;
    for (int i = 2; i < argc; ++i)
        args.append(QString::fromLocal8Bit(argv[i]));
    const QByteArray mode = argc > 1 ? QByteArray(argv[1]) : QByteArray();
    if (mode == "save-loop")
        return saveLoop(args);
    if (mode == "save")
        return saveOnce(args);
    if (mode == "save-many")
        return saveMany(args);
    if (mode == "read-loop")
        return readLoop(args);
    if (mode == "hold-lock")
        return holdLock(args);
    if (mode == "instance")
        return instance(argc, argv, args);
    std::fprintf(stderr,
        "usage: skybeam-hardening-helper save-loop|save|save-many|read-loop|hold-lock|instance ...\n");
    return 2;
}
