#pragma once

#include "providers/ProfileRepository.h"

#include <QCoreApplication>

class QCommandLineParser;

namespace lc {

// `login-companion profile add FILE | list | show ID | remove ID [--force]`: the provider
// profiles installed on this computer (ProfileRepository).
class ProfileCommand
{
    Q_DECLARE_TR_FUNCTIONS(lc::ProfileCommand)

public:
    static int run(const QCommandLineParser &parser);

    // "Installed profile …", "Updated …" or "… is already installed": one line, for `profile
    // add` and for `login --profile FILE`.
    static QString installationMessage(const ProfileRepository::Installed &installed,
                                       const QString &filePath);

private:
    static int add(const QString &filePath);
    static int list();
    static int show(const QString &idOrPath);
    static int remove(const QString &id, bool force);
};

} // namespace lc
