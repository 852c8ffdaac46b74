#pragma once

#include "common/error.h"
#include "doctor/doctorcheck.h"

#include <QCoreApplication>
#include <QList>
#include <QObject>
#include <QPointer>

class QNetworkAccessManager;

namespace Skybeam {

class SecretStore;

/// Looks at the whole setup and says, check by check, what works and what to do about what does not:
/// the credential file, the tokens, the redirect URI and its port, `localhost`, the keychain, the browser,
/// sandbox or production, the export folder, and, when live, the connection to TikTok and the account.
/// The results come in a fixed order (ids()). start() never emits synchronously; finished() exactly once
/// per start(). Does not own the SecretStore or the QNetworkAccessManager. Lives in the creating thread.
class Doctor final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Doctor)

public:
    enum class Mode { Local, Live };

    Doctor(const DoctorContext &context, SecretStore *secrets, QNetworkAccessManager *network,
        QObject *parent = nullptr);
    ~Doctor() override;

    /// Every check id, in report order.
    static QStringList ids();

    /// Returns false while a run is going on.
    bool start(Mode mode);
    bool isRunning() const { return m_running; }

    /// Performs `result`'s fix action (see DoctorResult::FixAction).
    static Error applyFix(const DoctorContext &context, const DoctorResult &result);
    /// The worst status of `results` (Ok when all are ok or skipped).
    static DoctorResult::Status worst(const QList<DoctorResult> &results);
    /// A plain-text support report: one line per check with its mark, detail and fix. No secrets.
    static QString reportText(const QList<DoctorResult> &results);
    /// `{"checks": [{"id", "status", "title", "detail", "fix"}]}`.
    static QByteArray reportJson(const QList<DoctorResult> &results);
    /// "✓", "!", "✗" or "-".
    static QString mark(DoctorResult::Status status);

Q_SIGNALS:
    void finished(const QList<Skybeam::DoctorResult> &results);

private:
    void store(const DoctorResult &result);
    void finishIfDone();

    DoctorContext m_context;
    QPointer<SecretStore> m_secrets;
    QPointer<QNetworkAccessManager> m_network;
    QList<DoctorResult> m_results;
    int m_pending = 0;
    bool m_running = false;
};

} // namespace Skybeam
