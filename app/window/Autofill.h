#pragma once

#include "providers/ProviderProfile.h"
#include "storage/AccountCredentials.h"

#include <QCoreApplication>
#include <QUrl>

namespace lc {

// One sign-in's `--autofill`: the stored credential, the profile's selectors, and what has been
// typed so far. It builds the script the login view runs (autofill.js) and reads its answer;
// LoginController decides when to run it and what a rejection means.
//
// The password goes nowhere but that script, and the script types it only into the main frame
// of a page whose origin is the authorization endpoint's (checked here on the loaded URL, and
// again by the script on the document it really runs in).
class Autofill
{
    Q_DECLARE_TR_FUNCTIONS(lc::Autofill)

public:
    Autofill(const ProviderProfile &profile, QString label, Credential credential);
    ~Autofill();

    // The profile's policy (never production without "allowAutofill") and the account's stored
    // credential from the keychain; waits for the keychain (the window's main() only).
    static Result<std::shared_ptr<Autofill>> load(const ProviderProfile &profile,
                                                  const QString &label);

    QString label() const { return m_label; }

    // The script for the main view's page `page` of the sign-in that started at
    // `authorizationUrl`, or empty when nothing may be typed there.
    QString scriptFor(const QUrl &page, const QUrl &authorizationUrl) const;

    enum class Outcome {
        Progress, // something was typed or pressed
        Nothing, // nothing to fill yet: worth another look shortly
        Rejected, // the login form came back after the password was sent
        Ignored, // another origin, a form posting elsewhere, a page already handled, an error
    };
    // Takes the script's answer (see autofill.js).
    Outcome record(const QString &answer);
    // A new attempt (Retry): nothing has been typed in it yet.
    void restart();

    QString rejectionMessage() const;
    QString deadlineMessage(int seconds) const;

private:
    ProviderProfile::AutofillSelectors m_selectors;
    QString m_profileId;
    QString m_label;
    Credential m_credential;
    QString m_mark; // marks the documents handled in this attempt (autofill.js)
    bool m_passwordSubmitted = false;
    bool m_usernameSubmitted = false;
    int m_consentPresses = 0;
};

} // namespace lc
