#include "WindowEnvironment.h"

#include "DisplayCheck.h"
#include "common/ExitCode.h"
#include "common/Translations.h"

#include <QFont>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QPalette>
#include <QQuickStyle>

#include <cstdio>
#include <cstdlib>

namespace lc::WindowEnvironment {

namespace {
QtMessageHandler chained = nullptr;

void platformAwareHandler(QtMsgType type, const QMessageLogContext &context,
                          const QString &message)
{
    if (type == QtFatalMsg && message.contains(QLatin1String("platform plugin"))) {
        const QByteArray text = ("login-companion: " + DisplayCheck::noDisplayMessage() + u'\n')
                                    .toLocal8Bit();
        std::fputs(text.constData(), stderr);
        std::fflush(stderr);
        std::_Exit(ExitUsage);
    }
    if (chained)
        chained(type, context, message);
}
} // namespace

void quietEngine(bool verbose)
{
    QByteArray flags = qgetenv("QTWEBENGINE_CHROMIUM_FLAGS");
    if (flags.contains("--log-level"))
        return;
    // 3 is FATAL; 0 is INFO.
    flags += verbose ? " --log-level=0" : " --log-level=3";
    qputenv("QTWEBENGINE_CHROMIUM_FLAGS", flags.trimmed());
}

void reportMissingPlatformAsNoDisplay()
{
    QtMessageHandler previous = qInstallMessageHandler(platformAwareHandler);
    if (previous != platformAwareHandler)
        chained = previous;
}

void setUpApplication()
{
    installTranslations();
    chooseFontWithHangul();
    applyColorSchemeOverride();
    if (QQuickStyle::name().isEmpty())
        QQuickStyle::setStyle(QStringLiteral("Fusion")); // follows the system light/dark palette
}

void chooseFontWithHangul()
{
    QFont font = QGuiApplication::font();
    const QStringList hangul = QFontDatabase::families(QFontDatabase::Korean);
    if (hangul.isEmpty() || hangul.contains(font.family()))
        return;
    // Preferred families first; otherwise whichever installed family has the glyphs.
    QString chosen = hangul.first();
    for (const char *preferred : { "Noto Sans CJK KR", "Noto Sans KR", "Source Han Sans KR",
                                   "NanumGothic", "Malgun Gothic", "Apple SD Gothic Neo",
                                   "UnDotum", "Baekmuk Gulim" }) {
        if (hangul.contains(QLatin1String(preferred))) {
            chosen = QLatin1String(preferred);
            break;
        }
    }
    font.setFamilies({ font.family(), chosen });
    QGuiApplication::setFont(font);
}

void applyColorSchemeOverride()
{
    const QByteArray scheme = qgetenv("LOGIN_COMPANION_COLOR_SCHEME");
    if (scheme == "light") {
        QGuiApplication::setPalette(QPalette(QColor(0xef, 0xef, 0xef)));
        return;
    }
    if (scheme != "dark")
        return;
    QPalette dark(QColor(0x35, 0x35, 0x35), QColor(0x2a, 0x2a, 0x2a));
    dark.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
    dark.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
    dark.setColor(QPalette::ButtonText, QColor(0xee, 0xee, 0xee));
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    dark.setColor(QPalette::AlternateBase, QColor(0x2a, 0x2a, 0x2a));
    dark.setColor(QPalette::Highlight, QColor(0x3d, 0x7a, 0xd6));
    dark.setColor(QPalette::HighlightedText, Qt::white);
    dark.setColor(QPalette::Link, QColor(0x8a, 0xb4, 0xf8));
    dark.setColor(QPalette::PlaceholderText, QColor(0x99, 0x99, 0x99));
    QGuiApplication::setPalette(dark);
}

} // namespace lc::WindowEnvironment
