#include "doctor/doctor.h"

#include "credentials/credentialvalidator.h"
#include "credentials/secretstore.h"
#include "doctor/accountcheck.h"
#include "doctor/keychaincheck.h"
#include "doctor/localchecks.h"
#include "doctor/networkcheck.h"

#include <QNetworkAccessManager>

#include <QJsonArray>
#include <QJsonDocument>
#include <QTimer>

namespace Skybeam {

namespace {

DoctorResult skipped(const char *id, const QString &title, const QString &detail)
{
    DoctorResult result;
    result.id = QString::fromLatin1(id);
    result.title = title;
    result.status = DoctorResult::Status::Skipped;
    result.detail = detail;
    return result;
}

} // namespace

Doctor::Doctor(
    const DoctorContext &context, SecretStore *secrets, QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_secrets(secrets)
    , m_network(network)
{
}

Doctor::~Doctor() = default;

QStringList Doctor::ids()
{
    return { QStringLiteral("credential-file"), QStringLiteral("tokens"), QStringLiteral("app-kind"),
        QStringLiteral("redirect"), QStringLiteral("localhost"), QStringLiteral("browser"),
        QStringLiteral("keychain"), QStringLiteral("network"), QStringLiteral("account"),
        QStringLiteral("exports") };
}

bool Doctor::start(Mode mode)
{
    if (m_running)
        return false;
    m_running = true;
    m_results.clear();
    m_pending = 1; // released by the queued call below, so finished() is never emitted from start()
    store(LocalChecks::credentialFile(m_context));
    store(LocalChecks::tokens(m_context));
    store(LocalChecks::appKind(m_context));
    store(LocalChecks::redirect(m_context));
    store(LocalChecks::localhost(m_context));
    store(LocalChecks::browser(m_context));
    store(LocalChecks::exports(m_context));

    ++m_pending;
    auto *keychain = new KeychainCheck(m_context, m_secrets, this);
    connect(keychain, &KeychainCheck::finished, this, [this, keychain](const DoctorResult &result) {
        keychain->deleteLater();
        store(result);
        --m_pending;
        finishIfDone();
    });
    keychain->start();

    if (mode == Mode::Live) {
        m_pending += 2;
        auto *network = new NetworkCheck(m_context, m_network, this);
        connect(network, &NetworkCheck::finished, this, [this, network](const DoctorResult &result) {
            network->deleteLater();
            store(result);
            --m_pending;
            finishIfDone();
        });
        network->start();
        auto *account = new AccountCheck(m_context, m_network, this);
        connect(account, &AccountCheck::finished, this, [this, account](const DoctorResult &result) {
            account->deleteLater();
            store(result);
            --m_pending;
            finishIfDone();
        });
        account->start();
    } else {
        const QString why = QCoreApplication::translate("Skybeam::Doctor",
            "Not checked: it talks to TikTok. Run the doctor with --live "
            "(or choose Check connection) to include it.");
        store(skipped("network", NetworkCheck::tr("Connection to TikTok"), why));
        store(skipped("account", AccountCheck::tr("TikTok account"), why));
    }
    QTimer::singleShot(0, this, [this] {
        --m_pending;
        finishIfDone();
    });
    return true;
}

void Doctor::store(const DoctorResult &result)
{
    m_results.append(result);
}

void Doctor::finishIfDone()
{
    if (m_pending > 0 || !m_running)
        return;
    m_running = false;
    const QStringList order = ids();
    std::stable_sort(
        m_results.begin(), m_results.end(), [&order](const DoctorResult &a, const DoctorResult &b) {
            return order.indexOf(a.id) < order.indexOf(b.id);
        });
    Q_EMIT finished(m_results);
}

Error Doctor::applyFix(const DoctorContext &context, const DoctorResult &result)
{
    switch (result.fixAction) {
    case DoctorResult::FixAction::None:
        return {};
    case DoctorResult::FixAction::FixPermissions:
        return CredentialValidator::fixPermissions(context.paths);
    case DoctorResult::FixAction::UseWildcardRedirect:
        if (LocalChecks::useWildcardRedirect(context.paths))
            return {};
        return Error(ErrorCode::Doctor::FixFailed,
            QCoreApplication::translate("Skybeam::Doctor", "The new redirect URI could not be saved in %1.")
                .arg(RoxyPaths::displayPath(context.paths.stateDir())));
    }
    return {};
}

DoctorResult::Status Doctor::worst(const QList<DoctorResult> &results)
{
    DoctorResult::Status worst = DoctorResult::Status::Ok;
    for (const DoctorResult &result : results) {
        if (result.status == DoctorResult::Status::Problem)
            return result.status;
        if (result.status == DoctorResult::Status::Warning)
            worst = result.status;
    }
    return worst;
}

QString Doctor::mark(DoctorResult::Status status)
{
    switch (status) {
    case DoctorResult::Status::Ok:
        return QStringLiteral("✓");
    case DoctorResult::Status::Warning:
        return QStringLiteral("!");
    case DoctorResult::Status::Problem:
        return QStringLiteral("✗");
    case DoctorResult::Status::Skipped:
        return QStringLiteral("-");
    }
    return {};
}

QString Doctor::reportText(const QList<DoctorResult> &results)
{
    QString text;
    for (const DoctorResult &result : results) {
        text += QStringLiteral("%1 %2 (%3): %4\n")
                    .arg(mark(result.status), result.title, result.id, result.detail);
        if (!result.fix.isEmpty() && result.status != DoctorResult::Status::Ok)
            text += QStringLiteral("    → %1\n").arg(result.fix);
    }
    return text;
}

QByteArray Doctor::reportJson(const QList<DoctorResult> &results)
{
    QJsonArray checks;
    for (const DoctorResult &result : results)
        checks.append(result.toJson());
    return QJsonDocument(QJsonObject { { QStringLiteral("checks"), checks } })
        .toJson(QJsonDocument::Indented);
}

} // namespace Skybeam
