#pragma once

#include "setup/setuppath.h"

#include <QWizardPage>

#include <optional>

class QCommandLinkButton;
class QLabel;

namespace Skybeam {

class SetupSession;

/// The first page: says in plain words what is set up on this computer and offers the ways on that fit
/// (set up, re-authorize, renew, check, browse handoff packs, no API access yet).
class WelcomePage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WelcomePage)

public:
    explicit WelcomePage(SetupSession *session, QWidget *parent = nullptr);

    void initializePage() override;
    bool validatePage() override;
    /// Takes the way `path` and goes on (what its button does).
    void choose(SetupPath path);

Q_SIGNALS:
    /// The operator wants to see the handoff packs (Browse handoff packs, or no API access yet).
    void handoffPacksRequested();
    /// The operator chose Diagnose a problem.
    void diagnoseRequested();

private:
    void showState();
    bool isSecretKnown() const;
    bool isWaitingForKeychain() const;
    SetupPath recommendedPath() const;
    void explainHandoffMode();
    QString descriptionFor(SetupPath path) const;
    QCommandLinkButton *buttonFor(SetupPath path) const;

    SetupSession *m_session;
    QLabel *m_headlineLabel;
    QLabel *m_detailsLabel;
    QLabel *m_fileLabel;
    QLabel *m_keychainLabel;
    QLabel *m_remindersLabel;
    QCommandLinkButton *m_setUpButton;
    QCommandLinkButton *m_reauthorizeButton;
    QCommandLinkButton *m_renewButton;
    QCommandLinkButton *m_checkButton;
    QCommandLinkButton *m_browseButton;
    QCommandLinkButton *m_noApiButton;
    QCommandLinkButton *m_diagnoseButton;
    QLabel *m_handoffLabel;
    std::optional<SetupPath> m_chosen;
};

} // namespace Skybeam
