#pragma once

#include "setup/credentialinputcleaner.h"

#include <QWizardPage>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QToolButton;
class QWidget;

namespace Skybeam {

class SetupSession;

/// Asks for the app's client key and client secret (masked unless shown), cleans what is pasted and says
/// so, points out values that look like the wrong field, labels sandbox keys, and keeps the redirect URI
/// and scopes under Advanced with the runbook's defaults.
class CredentialsPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CredentialsPage)

public:
    explicit CredentialsPage(SetupSession *session, QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;
    /// Focuses the client secret with its text selected, so that pasting replaces it.
    void selectSecret();

private:
    struct Field
    {
        CredentialInputCleaner::Field kind;
        QLineEdit *lineEdit;
        QLabel *noteLabel;
        QLabel *hintLabel;
        /// What hintLabel shows.
        CleanedInput::Hint hint = CleanedInput::Hint::None;
    };

    void clean(Field &field);
    void showSandbox();
    void showHint(Field &field, CleanedInput::Hint hint);
    void checkAdvanced();
    void restoreDefaults();
    QStringList scopes() const;

    SetupSession *m_session;
    Field m_key;
    Field m_secret;
    QCheckBox *m_showSecretCheckBox;
    QLabel *m_sandboxLabel;
    QToolButton *m_advancedButton;
    QWidget *m_advanced;
    QLineEdit *m_redirectUriLineEdit;
    QLineEdit *m_scopesLineEdit;
    QLabel *m_advancedProblemLabel;
    /// Why the redirect URI or scopes cannot be used (empty when they can); m_advancedProblemLabel shows it.
    QString m_advancedProblem;
    QPushButton *m_restoreButton;
};

} // namespace Skybeam
