#include "DocGenerator.h"

#include "CommandTable.h"
#include "providers/ProfileRepository.h"

namespace lc {

namespace {

// roff: a leading dot or quote would be a request; backslashes and hyphens are escaped.
QString roff(QString text)
{
    text.replace(QLatin1Char('\\'), QStringLiteral("\\e"));
    text.replace(QLatin1Char('-'), QStringLiteral("\\-"));
    if (text.startsWith(QLatin1Char('.')) || text.startsWith(QLatin1Char('\'')))
        text.prepend(QStringLiteral("\\&"));
    return text;
}

QString dashed(const QString &name)
{
    return (name.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + name;
}

QList<OptionSpec> visibleOptions(const CommandSpec &command)
{
    QList<OptionSpec> options;
    for (const OptionSpec &option : command.options + CommandTable::commonOptions()) {
        if (!option.hidden)
            options.append(option);
    }
    return options;
}

QString manOptions(const CommandSpec &command)
{
    QString text;
    for (const OptionSpec &option : visibleOptions(command)) {
        QStringList names;
        for (const QString &name : option.names)
            names.append(QStringLiteral("\\fB%1\\fR").arg(roff(dashed(name))));
        text += QStringLiteral(".TP\n") + names.join(QStringLiteral(", "));
        if (!option.valueName.isEmpty())
            text += QStringLiteral(" \\fI%1\\fR").arg(roff(option.valueName));
        text += QLatin1Char('\n') + roff(option.description) + QLatin1Char('\n');
    }
    return text;
}

QString shellWords(const QStringList &words)
{
    return words.join(QLatin1Char(' '));
}

QStringList longOptions(const CommandSpec &command)
{
    QStringList names;
    for (const OptionSpec &option : visibleOptions(command)) {
        for (const QString &name : option.names)
            names.append(dashed(name));
    }
    return names;
}

QString bash()
{
    QString text = QStringLiteral(
        "# bash completion for login-companion (generated from its command table)\n"
        "_login_companion()\n{\n"
        "    local cur prev words cword\n"
        "    _init_completion || return\n"
        "    local command=\"\" i\n"
        "    for ((i = 1; i < cword; i++)); do\n"
        "        case \"${words[i]}\" in\n"
        "        -*) ;;\n"
        "        *) command=\"${words[i]}\"; break ;;\n"
        "        esac\n"
        "    done\n"
        "    case \"$prev\" in\n");
    // Options that take a value, by kind.
    QStringList files, profiles, texts;
    QMap<QString, QStringList> choices;
    for (const CommandSpec &command : CommandTable::commands()) {
        for (const OptionSpec &option : visibleOptions(command)) {
            QStringList names;
            for (const QString &name : option.names)
                names.append(dashed(name));
            if (option.kind == ValueKind::File)
                files += names;
            else if (option.kind == ValueKind::Profile)
                profiles += names;
            else if (option.kind == ValueKind::Choice)
                choices.insert(names.join(QLatin1Char('|')), option.choices);
            else if (option.kind == ValueKind::Text)
                texts += names;
        }
    }
    files.removeDuplicates();
    profiles.removeDuplicates();
    texts.removeDuplicates();
    text += QStringLiteral("    %1) _filedir; return ;;\n").arg(files.join(QLatin1Char('|')));
    // A built-in profile id, or a profile file.
    text += QStringLiteral("    %1) COMPREPLY=($(compgen -W \"%2\" -- \"$cur\")); _filedir json; "
                           "return ;;\n")
                .arg(profiles.join(QLatin1Char('|')), shellWords(ProfileRepository::builtInIds()));
    for (auto it = choices.cbegin(); it != choices.cend(); ++it)
        text += QStringLiteral("    %1) COMPREPLY=($(compgen -W \"%2\" -- \"$cur\")); return ;;\n")
                    .arg(it.key(), shellWords(it.value()));
    text += QStringLiteral("    %1) return ;;\n").arg(texts.join(QLatin1Char('|')));
    text += QStringLiteral("    esac\n    case \"$command\" in\n");
    for (const CommandSpec &command : CommandTable::commands()) {
        const QString words = shellWords(longOptions(command) + command.positionalChoices);
        if (command.name.isEmpty())
            text += QStringLiteral("    \"\") COMPREPLY=($(compgen -W \"%1 %2\" -- \"$cur\")) ;;\n")
                        .arg(shellWords(CommandTable::commandNames()), words);
        else
            text += QStringLiteral("    %1) COMPREPLY=($(compgen -W \"%2\" -- \"$cur\")) ;;\n")
                        .arg(command.name, words);
    }
    text += QStringLiteral("    esac\n} &&\n    complete -F _login_companion login-companion\n");
    return text;
}

QString zshQuote(QString text)
{
    text.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
    text.replace(QLatin1Char('['), QStringLiteral("\\["));
    text.replace(QLatin1Char(']'), QStringLiteral("\\]"));
    text.replace(QLatin1Char(':'), QStringLiteral("\\:"));
    return text;
}

QString zsh()
{
    QString text = QStringLiteral("#compdef login-companion\n"
                                  "# zsh completion for login-companion (generated from its "
                                  "command table)\n\n");
    for (const CommandSpec &command : CommandTable::commands()) {
        const QString function = command.name.isEmpty()
            ? QStringLiteral("_login_companion_main")
            : QStringLiteral("_login_companion_") + command.name;
        text += function + QStringLiteral("() {\n    _arguments -s \\\n");
        for (const OptionSpec &option : visibleOptions(command)) {
            QStringList names;
            for (const QString &name : option.names)
                names.append(dashed(name));
            QString action;
            if (option.kind == ValueKind::File)
                action = QStringLiteral(":file:_files");
            else if (option.kind == ValueKind::Profile)
                action = QStringLiteral(":profile:(%1)")
                             .arg(shellWords(ProfileRepository::builtInIds()));
            else if (option.kind == ValueKind::Choice)
                action = QStringLiteral(":value:(%1)").arg(shellWords(option.choices));
            else if (option.kind == ValueKind::Text)
                action = QStringLiteral(":%1: ").arg(option.valueName.toLower());
            const QString spec = names.size() > 1
                ? QStringLiteral("'(%1)'{%2}'[%3]%4'")
                      .arg(shellWords(names), names.join(QLatin1Char(',')),
                           zshQuote(option.description), action)
                : QStringLiteral("'%1[%2]%3'").arg(names.first(), zshQuote(option.description),
                                                   action);
            text += QStringLiteral("        ") + spec + QStringLiteral(" \\\n");
        }
        if (!command.positionalChoices.isEmpty())
            text += QStringLiteral("        '1:%1:(%2)' \\\n")
                        .arg(command.positionalName.toLower(),
                             shellWords(command.positionalChoices));
        text += QStringLiteral("        && return 0\n}\n\n");
    }
    text += QStringLiteral("_login_companion() {\n"
                           "    if (( CURRENT == 2 )) && [[ $words[2] != -* ]]; then\n"
                           "        local -a commands\n"
                           "        commands=(\n");
    for (const CommandSpec &command : CommandTable::commands()) {
        if (!command.name.isEmpty())
            text += QStringLiteral("            '%1:%2'\n")
                        .arg(command.name, zshQuote(command.summary));
    }
    text += QStringLiteral(
        "        )\n"
        "        _describe -t commands 'login-companion command' commands && return 0\n"
        "    fi\n"
        "    if (( CURRENT > 2 )) && (( $+functions[_login_companion_$words[2]] )); then\n"
        "        shift words; (( CURRENT-- ))\n"
        "        _login_companion_$words[1]\n"
        "    else\n"
        "        _login_companion_main\n"
        "    fi\n"
        "}\n\n"
        "_login_companion \"$@\"\n");
    return text;
}

QString fishQuote(QString text)
{
    text.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    text.replace(QLatin1Char('\''), QStringLiteral("\\'"));
    return QLatin1Char('\'') + text + QLatin1Char('\'');
}

QString fish()
{
    QString text = QStringLiteral(
        "# fish completion for login-companion (generated from its command table)\n"
        "complete -c login-companion -f\n");
    const QString commands = shellWords(CommandTable::commandNames());
    for (const CommandSpec &command : CommandTable::commands()) {
        const QString condition = command.name.isEmpty()
            ? QStringLiteral("not __fish_seen_subcommand_from %1").arg(commands)
            : QStringLiteral("__fish_seen_subcommand_from %1").arg(command.name);
        if (!command.name.isEmpty())
            text += QStringLiteral("complete -c login-companion -n %1 -a %2 -d %3\n")
                        .arg(fishQuote(QStringLiteral("not __fish_seen_subcommand_from ")
                                       + commands),
                             command.name, fishQuote(command.summary));
        for (const OptionSpec &option : visibleOptions(command)) {
            text += QStringLiteral("complete -c login-companion -n %1").arg(fishQuote(condition));
            for (const QString &name : option.names)
                text += (name.size() == 1 ? QStringLiteral(" -s ") : QStringLiteral(" -l "))
                    + name;
            if (option.kind == ValueKind::File)
                text += QStringLiteral(" -r -F");
            else if (option.kind == ValueKind::Profile)
                text += QStringLiteral(" -r -F -a %1")
                            .arg(fishQuote(shellWords(ProfileRepository::builtInIds())));
            else if (option.kind == ValueKind::Choice)
                text += QStringLiteral(" -x -a %1").arg(fishQuote(shellWords(option.choices)));
            else if (option.kind == ValueKind::Text)
                text += QStringLiteral(" -x");
            text += QStringLiteral(" -d %1\n").arg(fishQuote(option.description));
        }
        if (!command.positionalChoices.isEmpty())
            text += QStringLiteral("complete -c login-companion -n %1 -a %2\n")
                        .arg(fishQuote(condition), fishQuote(shellWords(command.positionalChoices)));
    }
    return text;
}

} // namespace

QString DocGenerator::manPage()
{
    QString text = QStringLiteral(
        ".\\\" Generated from login-companion's command table (DocGenerator); do not edit.\n"
        ".TH LOGIN\\-COMPANION 1 \"\" \"Login Companion %1\" \"User Commands\"\n"
        ".SH NAME\n"
        "login\\-companion \\- sign in to OAuth 2.0 / OpenID Connect providers for game "
        "launchers\n"
        ".SH SYNOPSIS\n")
                       .arg(QStringLiteral(LOGIN_COMPANION_VERSION));
    for (const CommandSpec &command : CommandTable::commands()) {
        text += QStringLiteral(".B login\\-companion\n");
        if (!command.name.isEmpty())
            text += QStringLiteral(".B %1\n").arg(roff(command.name));
        text += QStringLiteral(".RI [ options ]\n");
        if (!command.positionalName.isEmpty())
            text += QStringLiteral(".I %1\n").arg(roff(command.positionalName));
        text += QStringLiteral(".br\n");
    }
    text += QStringLiteral(
        ".SH DESCRIPTION\n"
        "Signs players in to OAuth 2.0 / OpenID Connect providers for game launchers: an "
        "embedded login window, PKCE always, tokens only in the OS keychain, and a fresh access "
        "token for the launcher from one command, silently refreshed.\n"
        "Errors are one line on standard error; standard output carries only what was asked "
        "for.\n"
        ".SH COMMANDS\n");
    for (const CommandSpec &command : CommandTable::commands()) {
        text += QStringLiteral(".SS %1\n")
                    .arg(command.name.isEmpty() ? QStringLiteral("(no command)")
                                                : QStringLiteral("\\fB%1\\fR").arg(roff(command.name)));
        text += roff(command.description) + QLatin1Char('\n') + manOptions(command);
    }
    text += QStringLiteral(
        ".SH EXIT STATUS\n"
        ".TP\n.B 0\nsuccess\n"
        ".TP\n.B 1\nprovider or network error\n"
        ".TP\n.B 2\ncancelled by the user\n"
        ".TP\n.B 3\nlogin required (no such account, or the refresh token was rejected)\n"
        ".TP\n.B 4\nsecure storage unavailable (no Secret Service / keychain, or it is locked)\n"
        ".TP\n.B 64\nusage or configuration error (bad option, bad profile)\n"
        ".SH ENVIRONMENT\n"
        ".TP\n.B LOGIN_COMPANION_BROWSER\n"
        "the program used to open URLs in a web browser\n"
        ".TP\n.BI LOGIN_COMPANION_ NAME\n"
        "the value of the profile placeholder \\fIname\\fR (upper case, \\- as _)\n"
        ".SH EXAMPLES\n"
        ".nf\n"
        "token=$(login\\-companion token \\-\\-profile demo) || case $? in\n"
        "    3) login\\-companion login \\-\\-profile demo && "
        "token=$(login\\-companion token \\-\\-profile demo) ;;\n"
        "    *) exit 1 ;;\n"
        "esac\n"
        ".fi\n");
    return text;
}

QString DocGenerator::completion(const QString &shell)
{
    if (shell == QLatin1String("bash"))
        return bash();
    if (shell == QLatin1String("zsh"))
        return zsh();
    if (shell == QLatin1String("fish"))
        return fish();
    return {};
}

} // namespace lc
