#include "Autofill.h"

#include "providers/AutofillPolicy.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>

namespace lc {

namespace {
// A consent page that keeps coming back is not being accepted; stop pressing.
constexpr int kMaximumConsentPresses = 3;

QString randomMark()
{
    return QString::number(QRandomGenerator::system()->generate64(), 36);
}
} // namespace

Autofill::Autofill(const ProviderProfile &profile, QString label, Credential credential)
    : m_selectors(profile.autofill)
    , m_profileId(profile.id)
    , m_label(std::move(label))
    , m_credential(std::move(credential))
    , m_mark(randomMark())
{
}

Autofill::~Autofill()
{
    m_credential.password.fill(QLatin1Char('\0'));
}

Result<std::shared_ptr<Autofill>> Autofill::load(const ProviderProfile &profile,
                                                 const QString &label)
{
    Status allowed = AutofillPolicy::check(profile);
    if (!allowed.ok())
        return allowed.error();
    if (label.isEmpty())
        return AuthError::config(tr("--autofill needs --account"));
    auto credential = AccountCredentials().read(profile.id, label);
    if (!credential.ok())
        return credential.error();
    return std::make_shared<Autofill>(profile, label, std::move(credential).value());
}

QString Autofill::scriptFor(const QUrl &page, const QUrl &authorizationUrl) const
{
    if (!AutofillPolicy::mayFill(page, authorizationUrl))
        return {};
    static const QString source = [] {
        QFile file(QStringLiteral(":/autofill/autofill.js"));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("autofill.js is missing from the resources");
        return QString::fromUtf8(file.readAll());
    }();
    const QJsonObject selectors { { QStringLiteral("username"), m_selectors.username },
                                  { QStringLiteral("password"), m_selectors.password },
                                  { QStringLiteral("submit"), m_selectors.submit },
                                  { QStringLiteral("consent"), m_selectors.consent } };
    const QJsonObject configuration {
        { QStringLiteral("origin"), AutofillPolicy::originOf(authorizationUrl) },
        { QStringLiteral("username"), m_credential.username },
        { QStringLiteral("password"), m_credential.password },
        { QStringLiteral("selectors"), selectors },
        { QStringLiteral("passwordSubmitted"), m_passwordSubmitted },
        { QStringLiteral("usernameSubmitted"), m_usernameSubmitted },
        { QStringLiteral("mayPressConsent"), m_consentPresses < kMaximumConsentPresses },
        { QStringLiteral("mark"), m_mark },
    };
    // The script is an expression (a function); JSON is a JavaScript expression too.
    return source.trimmed() + QLatin1Char('(')
        + QString::fromUtf8(QJsonDocument(configuration).toJson(QJsonDocument::Compact))
        + QStringLiteral(");");
}

Autofill::Outcome Autofill::record(const QString &answer)
{
    if (answer == QLatin1String("password-submitted") || answer == QLatin1String("filled")) {
        m_passwordSubmitted = true;
        return Outcome::Progress;
    }
    if (answer == QLatin1String("username-submitted")) {
        m_usernameSubmitted = true;
        return Outcome::Progress;
    }
    if (answer == QLatin1String("consent-pressed")) {
        ++m_consentPresses;
        return Outcome::Progress;
    }
    if (answer == QLatin1String("rejected"))
        return Outcome::Rejected;
    if (answer == QLatin1String("nothing"))
        return Outcome::Nothing;
    return Outcome::Ignored;
}

void Autofill::restart()
{
    m_mark = randomMark();
    m_passwordSubmitted = false;
    m_usernameSubmitted = false;
    m_consentPresses = 0;
}

QString Autofill::rejectionMessage() const
{
    return tr("The provider showed its login form again after the stored password of account "
              "\"%1\" (profile \"%2\") was submitted: the password is probably wrong. Store the "
              "right one with \"login-companion credentials set --profile %2 --account %1 "
              "--username NAME\".")
        .arg(m_label, m_profileId);
}

QString Autofill::deadlineMessage(int seconds) const
{
    return tr("Account \"%1\" of profile \"%2\" was not signed in within %3 s with its stored "
              "credentials: the provider may have rejected them without showing its login form "
              "again, or the login form was not recognised (the profile's \"autofill\" "
              "selectors).")
        .arg(m_label, m_profileId)
        .arg(seconds);
}

} // namespace lc
