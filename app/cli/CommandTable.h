#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

class QCommandLineParser;
class QCommandLineOption;

namespace lc {

// What a value completes to in the shell completions.
enum class ValueKind { None, Text, File, Profile, Choice };

struct OptionSpec
{
    QStringList names; // "p", "profile": one-letter names first
    QString valueName; // empty: a flag
    QString description;
    ValueKind kind = ValueKind::None;
    QStringList choices; // ValueKind::Choice
    bool hidden = false; // not in help, man page or completions

    QCommandLineOption toOption() const;
    QString longName() const { return names.constLast(); }
};

struct CommandSpec
{
    QString name; // empty: the program without a command (the window)
    QString summary; // one line, for the command list
    QString description; // for the command's help and the man page
    QList<OptionSpec> options; // besides the common ones (help, verbose)
    QString positionalName; // e.g. "set|delete"
    QStringList positionalChoices;
};

// login-companion's command definitions, the one source of its help texts, its argument
// parsing, its man page and its shell completions (DocGenerator), so none of them drift.
class CommandTable
{
    Q_DECLARE_TR_FUNCTIONS(lc::CommandTable)

public:
    static QList<CommandSpec> commands();
    static std::optional<CommandSpec> find(const QString &name);
    // --help, --help-all, --verbose: on every command.
    static QList<OptionSpec> commonOptions();
    static OptionSpec option(const CommandSpec &command, const QString &longName);

    // `Usage: login-companion token [options]`, the description and every option.
    static QString helpText(const CommandSpec &command);
    // The top-level help: every command with its summary.
    static QString overview();

    // The nearest candidate to `word` (edit distance at most 2, or a unique prefix), or empty.
    static QString nearest(const QString &word, const QStringList &candidates);
    static QStringList commandNames();

    // Fills `parser` with the command's and the common options.
    static void configure(QCommandLineParser &parser, const CommandSpec &command);
};

} // namespace lc
