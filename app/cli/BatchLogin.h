#pragma once

#include "BatchFile.h"

#include <QCoreApplication>
#include <QProcessEnvironment>
#include <QTextStream>

class QCommandLineParser;

namespace lc {

// `login --batch FILE`: signs in every account the file lists with its stored credentials
// (autofill), one login window after the other, offscreen with --headless. Each account ends
// by itself: signed in, failed (its error), or not done by its deadline (--timeout). One failure
// never stops the others. stdout gets one line per account as it finishes,
// "<profile>\t<label>\tsigned in\t<seconds> s" or "<profile>\t<label>\tfailed\t<why>", then a
// summary; on a terminal, stderr shows which account is under way. Exit 0 only when every
// account signed in; 1 when any failed; 64 or 4 when nothing could start (a bad file or option,
// no keychain).
class BatchLogin
{
    Q_DECLARE_TR_FUNCTIONS(lc::BatchLogin)

public:
    BatchLogin();
    int run(const QCommandLineParser &parser);

private:
    struct Outcome
    {
        bool signedIn = false;
        QString detail; // the time taken, or why it failed
    };
    Outcome signIn(const BatchEntry &entry);
    Outcome runWindow(const BatchEntry &entry);
    void showProgress(int index, int total, const BatchEntry &entry);
    void clearProgress();
    int fail(const AuthError &error);

    QTextStream m_out;
    QTextStream m_err;
    bool m_progressOnTerminal = false;
    bool m_verbose = false;
    int m_deadlineSeconds = 0;
    QProcessEnvironment m_environment;
};

} // namespace lc
