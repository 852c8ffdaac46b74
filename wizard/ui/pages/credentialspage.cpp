#include "pages/credentialspage.h"

#include "credentials/tiktokcredentials.h"
#include "oauth/redirecturi.h"
#include "setup/setupsession.h"
#include "widgets/labels.h"
#include "widgets/pagescrollarea.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace Skybeam {

namespace {

void showText(QLabel *label, const QString &text)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

} // namespace

CredentialsPage::CredentialsPage(SetupSession *session, QWidget *parent)
    : QWizardPage(parent)
    , m_session(session)
{
    setTitle(tr("Enter your app's keys"));
    setSubTitle(
        tr("Copy the Client Key and the Client Secret from Keys and Credentials on your app's page in "
           "the TikTok developer portal, and paste them here."));

    auto *content = new QWidget;
    m_key = { CredentialInputCleaner::Field::ClientKey, new QLineEdit(content),
        Labels::note(QStringLiteral("clientKeyNoteLabel"), content),
        Labels::note(QStringLiteral("clientKeyHintLabel"), content) };
    m_key.lineEdit->setObjectName(QStringLiteral("clientKeyLineEdit"));
    m_key.lineEdit->setAccessibleName(tr("Client key"));
    m_key.lineEdit->setAccessibleDescription(
        tr("The Client Key from Keys and Credentials on your app's page in the TikTok developer portal."));
    m_key.lineEdit->setPlaceholderText(tr("for example awk1x2y3z4"));
    m_secret = { CredentialInputCleaner::Field::ClientSecret, new QLineEdit(content),
        Labels::note(QStringLiteral("clientSecretNoteLabel"), content),
        Labels::note(QStringLiteral("clientSecretHintLabel"), content) };
    m_secret.lineEdit->setObjectName(QStringLiteral("clientSecretLineEdit"));
    m_secret.lineEdit->setAccessibleName(tr("Client secret"));
    m_secret.lineEdit->setAccessibleDescription(tr("The Client Secret from Keys and Credentials on your "
                                                   "app's page in the TikTok developer portal. It is "
                                                   "hidden unless Show the secret is ticked."));
    m_secret.lineEdit->setEchoMode(QLineEdit::Password);
    m_secret.lineEdit->setInputMethodHints(
        Qt::ImhSensitiveData | Qt::ImhNoPredictiveText | Qt::ImhHiddenText);
    m_showSecretCheckBox = new QCheckBox(tr("S&how the secret"), content);
    m_showSecretCheckBox->setObjectName(QStringLiteral("showSecretCheckBox"));
    m_showSecretCheckBox->setAccessibleName(tr("Show the client secret"));
    m_sandboxLabel = Labels::note(QStringLiteral("sandboxLabel"), content);

    // Each field with its notes below it; hidden notes take no space.
    const auto column = [](const QList<QWidget *> &widgets) {
        auto *box = new QVBoxLayout;
        box->setSpacing(2);
        for (QWidget *widget : widgets)
            box->addWidget(widget, 0, qobject_cast<QPushButton *>(widget) ? Qt::AlignLeft : Qt::Alignment());
        return box;
    };
    m_advancedButton = new QToolButton(content);
    m_advancedButton->setObjectName(QStringLiteral("advancedToolButton"));
    m_advancedButton->setText(tr("&Advanced"));
    m_advancedButton->setAccessibleName(tr("Advanced: redirect URI and scopes"));
    m_advancedButton->setCheckable(true);
    m_advancedButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_advancedButton->setArrowType(Qt::RightArrow);
    m_advancedButton->setAutoRaise(true);
    m_advanced = new QWidget(content);
    m_advanced->setObjectName(QStringLiteral("advancedWidget"));
    m_redirectUriLineEdit = new QLineEdit(m_advanced);
    m_redirectUriLineEdit->setObjectName(QStringLiteral("redirectUriLineEdit"));
    m_redirectUriLineEdit->setAccessibleName(tr("Redirect URI"));
    m_redirectUriLineEdit->setAccessibleDescription(
        tr("Must match a redirect URI registered for your app under Login Kit, character for character."));
    m_scopesLineEdit = new QLineEdit(m_advanced);
    m_scopesLineEdit->setObjectName(QStringLiteral("scopesLineEdit"));
    m_scopesLineEdit->setAccessibleName(tr("Scopes"));
    m_scopesLineEdit->setAccessibleDescription(
        tr("TikTok permissions to ask for, separated by commas, such as user.info.basic,video.upload."));
    m_advancedProblemLabel = Labels::note(QStringLiteral("advancedProblemLabel"), m_advanced);
    m_restoreButton = new QPushButton(tr("Restore &defaults"), m_advanced);
    m_restoreButton->setObjectName(QStringLiteral("restoreDefaultsPushButton"));
    m_restoreButton->setAccessibleName(tr("Restore the default redirect URI and scopes"));
    auto *advancedNote
        = new QLabel(tr("Both must match your app's settings in the developer portal character "
                        "for character. Scopes are separated by commas."),
            m_advanced);
    advancedNote->setWordWrap(true);
    auto *advancedLayout = new QFormLayout(m_advanced);
    advancedLayout->addRow(tr("&Redirect URI:"), m_redirectUriLineEdit);
    auto *scopesLabel = new QLabel(tr("Sc&opes:"), m_advanced);
    scopesLabel->setBuddy(m_scopesLineEdit);
    advancedLayout->addRow(
        scopesLabel, column({ m_scopesLineEdit, m_advancedProblemLabel, advancedNote, m_restoreButton }));
    m_advanced->hide();

    auto *keyLabel = new QLabel(tr("Client &key:"), content);
    keyLabel->setBuddy(m_key.lineEdit);
    auto *secretLabel = new QLabel(tr("Client &secret:"), content);
    secretLabel->setBuddy(m_secret.lineEdit);
    auto *form = new QFormLayout;
    form->addRow(keyLabel, column({ m_key.lineEdit, m_key.noteLabel, m_key.hintLabel, m_sandboxLabel }));
    form->addRow(secretLabel,
        column({ m_secret.lineEdit, m_showSecretCheckBox, m_secret.noteLabel, m_secret.hintLabel }));
    auto *layout = new QVBoxLayout(content);
    layout->addLayout(form);
    layout->addSpacing(m_advancedButton->fontMetrics().height());
    layout->addWidget(m_advancedButton, 0, Qt::AlignLeft);
    layout->addWidget(m_advanced);
    layout->addStretch();

    auto *pageLayout = new QVBoxLayout(this);
    pageLayout->setContentsMargins(0, 0, 0, 0);
    pageLayout->addWidget(new PageScrollArea(content, this));
    setTabOrder(m_key.lineEdit, m_secret.lineEdit);
    setTabOrder(m_secret.lineEdit, m_showSecretCheckBox);
    setTabOrder(m_showSecretCheckBox, m_advancedButton);
    setTabOrder(m_advancedButton, m_redirectUriLineEdit);
    setTabOrder(m_redirectUriLineEdit, m_scopesLineEdit);
    setTabOrder(m_scopesLineEdit, m_restoreButton);

    connect(m_key.lineEdit, &QLineEdit::textEdited, this, [this] { clean(m_key); });
    connect(m_secret.lineEdit, &QLineEdit::textEdited, this, [this] { clean(m_secret); });
    connect(m_showSecretCheckBox, &QCheckBox::toggled, this, [this](bool show) {
        m_secret.lineEdit->setEchoMode(show ? QLineEdit::Normal : QLineEdit::Password);
    });
    connect(m_advancedButton, &QToolButton::toggled, this, [this](bool open) {
        m_advancedButton->setArrowType(open ? Qt::DownArrow : Qt::RightArrow);
        m_advanced->setVisible(open);
    });
    connect(m_redirectUriLineEdit, &QLineEdit::textChanged, this, &CredentialsPage::checkAdvanced);
    connect(m_scopesLineEdit, &QLineEdit::textChanged, this, &CredentialsPage::checkAdvanced);
    connect(m_restoreButton, &QPushButton::clicked, this, &CredentialsPage::restoreDefaults);
}

void CredentialsPage::initializePage()
{
    const AppSettings &settings = m_session->appSettings();
    m_key.lineEdit->setText(settings.clientKey);
    m_secret.lineEdit->setText(settings.clientSecret);
    m_showSecretCheckBox->setChecked(false);
    for (Field *field : { &m_key, &m_secret }) {
        showText(field->noteLabel, {});
        showHint(*field, CredentialInputCleaner::hintFor(field->lineEdit->text(), field->kind));
    }
    m_redirectUriLineEdit->setText(settings.redirectUri);
    m_scopesLineEdit->setText(settings.scopes.join(QLatin1Char(',')));
    const bool customized = settings.redirectUri != SetupSession::defaultRedirectUri()
        || settings.scopes != SetupSession::defaultScopes();
    m_advancedButton->setChecked(customized);
    showSandbox();
    checkAdvanced();
}

void CredentialsPage::clean(Field &field)
{
    const CleanedInput cleaned = CredentialInputCleaner::clean(field.lineEdit->text(), field.kind);
    if (cleaned.value != field.lineEdit->text())
        field.lineEdit->setText(cleaned.value);
    showText(field.noteLabel,
        cleaned.wasChanged()
            //: %1 lists what was removed, e.g. "Removed 2 spaces. Removed the quotes."
            ? tr("Cleaned up: %1").arg(cleaned.changes.join(QLatin1Char(' ')))
            : QString());
    showHint(field, cleaned.hint == CleanedInput::Hint::SandboxKey ? CleanedInput::Hint::None : cleaned.hint);
    showSandbox();
    Q_EMIT completeChanged();
}

void CredentialsPage::showSandbox()
{
    const bool sandbox = TikTokCredentials::looksLikeSandboxKey(m_key.lineEdit->text());
    showText(m_sandboxLabel,
        sandbox ? CredentialInputCleaner::hintText(CleanedInput::Hint::SandboxKey) : QString());
    if (sandbox && m_key.hint == CleanedInput::Hint::SandboxKey)
        showHint(m_key, CleanedInput::Hint::None);
}

void CredentialsPage::showHint(Field &field, CleanedInput::Hint hint)
{
    field.hint = hint;
    showText(field.hintLabel, CredentialInputCleaner::hintText(hint));
}

QStringList CredentialsPage::scopes() const
{
    return TikTokCredentials::splitScopes(
        m_scopesLineEdit->text(), TikTokCredentials::ScopeSeparators::CommasAndSpaces);
}

void CredentialsPage::checkAdvanced()
{
    QString problem;
    const Expected<RedirectUri> redirect = RedirectUri::parse(m_redirectUriLineEdit->text().trimmed());
    if (!redirect)
        problem = redirect.error().message();
    else if (scopes().isEmpty())
        problem = tr("Enter at least one scope, such as user.info.basic.");
    m_advancedProblem = problem;
    showText(m_advancedProblemLabel, problem);
    if (!problem.isEmpty())
        m_advancedButton->setChecked(true);
    Q_EMIT completeChanged();
}

void CredentialsPage::restoreDefaults()
{
    m_redirectUriLineEdit->setText(SetupSession::defaultRedirectUri());
    m_scopesLineEdit->setText(SetupSession::defaultScopes().join(QLatin1Char(',')));
}

void CredentialsPage::selectSecret()
{
    m_secret.lineEdit->setFocus(Qt::OtherFocusReason);
    m_secret.lineEdit->selectAll();
}

bool CredentialsPage::isComplete() const
{
    return !m_key.lineEdit->text().isEmpty() && !m_secret.lineEdit->text().isEmpty()
        && m_advancedProblem.isEmpty();
}

bool CredentialsPage::validatePage()
{
    AppSettings settings;
    settings.clientKey = m_key.lineEdit->text();
    settings.clientSecret = m_secret.lineEdit->text();
    settings.redirectUri = m_redirectUriLineEdit->text().trimmed();
    settings.scopes = scopes();
    m_session->setAppSettings(settings);
    return true;
}

} // namespace Skybeam
