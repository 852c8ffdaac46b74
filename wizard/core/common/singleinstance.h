#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>

#include <memory>

class QLocalServer;
class QLocalSocket;
class QLockFile;

namespace Skybeam {

/// Keeps one SKYBEAM Setup wizard per user: the first instance holds a lock file and listens on a private
/// local socket; a later instance finds the lock held, asks the first one to come to the front, and should
/// then exit (saying so when the first did not answer).
///
///     instance A: claim() -> lock <dir>/<key>.lock (QLockFile) -> listen <dir>/<key>.socket -> Primary
///     instance B: claim() -> lock held -> connect, send "activate\n" -> A answers "ok\n",
///                 A emits activationRequested() -> B gets Secondary (activationAcknowledged() true)
///
/// The lock is released when the Primary is destroyed; a crashed Primary's lock is stale (its process is
/// gone) and the next claim() takes it over, removing the dead socket. The socket is user-only (0700
/// folder, UserAccessOption), each connection may send at most MaxMessageBytes and is dropped after
/// ConnectionTimeoutMs, so other programs cannot block or flood the wizard through it. Lives in the
/// creating (GUI) thread.
class SingleInstance final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SingleInstance)

public:
    enum class Role {
        Unclaimed, ///< claim() not called yet
        Primary, ///< this is the one instance; activationRequested() reports later starts
        Secondary, ///< another instance runs; exit (it was asked to come to the front)
        Failed ///< neither could be decided (folder not writable); run without the check
    };
    Q_ENUM(Role)

    static constexpr int ConnectionTimeoutMs = 2000;
    static constexpr int MaxMessageBytes = 64;

    /// `directory`: where the lock and the socket live (created 0700 when missing); empty means the
    /// user's runtime folder ($XDG_RUNTIME_DIR) when it is private (a real folder, owned by this user, no
    /// access for group or others), else `skybeam-setup` in the user's cache folder ($XDG_CACHE_HOME or
    /// ~/.cache), created 0700; that folder must be private too, or claim() gives Failed. Never a shared
    /// folder such as /tmp, where another user could create the lock first.
    explicit SingleInstance(const QString &key = QStringLiteral("skybeam-setup"),
        const QString &directory = QString(), QObject *parent = nullptr);
    ~SingleInstance() override;

    /// The key for one wizard per SKYBEAM folder: two wizards writing the same credential file are one too
    /// many, while wizards for different folders (a test setup next to the real one) may run side by side.
    /// The same folder gives the same key however it is spelled (relative, through a link).
    static QString keyForFolder(const QString &folder);

    /// Decides the role. As Secondary it blocks for at most `timeoutMs` while asking the Primary to come
    /// to the front. Call once, before showing any window.
    Role claim(int timeoutMs = ConnectionTimeoutMs);
    Role role() const { return m_role; }
    /// Secondary: the running instance answered and will come to the front.
    bool activationAcknowledged() const { return m_acknowledged; }
    /// Failed: why (for logs).
    const QString &errorString() const { return m_errorString; }
    QString lockFilePath() const;
    QString serverName() const;

Q_SIGNALS:
    /// Primary: another instance was started and asks this one to come to the front.
    void activationRequested();

private:
    bool listen();
    void onNewConnection();
    void onReadyRead(QLocalSocket *socket);
    bool askPrimary(int timeoutMs);

    QString m_key;
    QString m_directory;
    bool m_requirePrivate = false;
    std::unique_ptr<QLockFile> m_lock;
    QLocalServer *m_server = nullptr;
    Role m_role = Role::Unclaimed;
    bool m_acknowledged = false;
    QString m_errorString;
};

} // namespace Skybeam
