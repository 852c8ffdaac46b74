#pragma once

#include "doctor/doctor.h"

#include <QDialog>
#include <QList>

class QLabel;
class QNetworkAccessManager;
class QPushButton;
class QVBoxLayout;

namespace Skybeam {

class SecretStore;

/// "Diagnose a problem": runs the Doctor and lists its checks, each with ✓ / ! / ✗, one plain sentence, the
/// next step and a Fix button where the product can fix it (then the checks run again). Check connection
/// adds the checks that talk to TikTok; Copy report puts the report (no secrets) on the clipboard. Shows
/// state and forwards intent to the core Doctor; does no IO itself.
class DoctorDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DoctorDialog)

public:
    /// `secrets` (not owned) may be null.
    DoctorDialog(const DoctorContext &context, SecretStore *secrets, QWidget *parent = nullptr);

    /// Runs the checks (again); Live includes network and account.
    void run(Doctor::Mode mode);
    const QList<DoctorResult> &results() const { return m_results; }

Q_SIGNALS:
    /// Every run ends with this (for tests and screenshots).
    void checksShown();

private:
    void showResults(const QList<DoctorResult> &results);
    void applyFix(const DoctorResult &result);

    DoctorContext m_context;
    QNetworkAccessManager *m_network;
    Doctor *m_doctor;
    Doctor::Mode m_mode = Doctor::Mode::Local;
    QList<DoctorResult> m_results;
    QLabel *m_summaryLabel;
    QWidget *m_list;
    QVBoxLayout *m_listLayout;
    QPushButton *m_liveButton;
    QPushButton *m_copyButton;
};

} // namespace Skybeam
