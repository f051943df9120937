#pragma once

#include <QString>

namespace lc {

// The man page login-companion(1) and the bash, zsh and fish completions, written from
// CommandTable at build time (`login-companion --generate-man`, `--generate-completion SHELL`),
// so they list exactly the commands and options the program parses. Always in English.
class DocGenerator
{
public:
    static QString manPage();
    // "bash", "zsh" or "fish"; empty for another shell.
    static QString completion(const QString &shell);
};

} // namespace lc
