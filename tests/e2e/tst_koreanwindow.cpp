// The accounts window (Main.qml, offscreen) in Korean, set up exactly as the window's main() does
// (WindowEnvironment::setUpApplication): every Korean string is shown in a font that has its
// glyphs, and two different syllables come out as two different glyphs, not the same empty box.
// Needs a font with Hangul; tests/tools/install-deps.sh installs fonts-lexi-gulim.
#include "AccountsWindowHarness.h"
#include "WebTools.h"
#include "WindowEnvironment.h"

#include <QFontDatabase>
#include <QGuiApplication>
#include <QRawFont>
#include <QTest>
#include <QtWebEngineQuick>

using namespace lc;

namespace {
bool isHangul(QChar c)
{
    return (c.unicode() >= 0xAC00 && c.unicode() <= 0xD7A3) // syllables
        || (c.unicode() >= 0x1100 && c.unicode() <= 0x11FF) // jamo
        || (c.unicode() >= 0x3130 && c.unicode() <= 0x318F); // compatibility jamo
}

bool hasHangul(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(), isHangul);
}

// The first installed family of `font`'s list (the primary family, then its fallbacks) whose own
// glyphs include `c`: no fontconfig substitution, only what the font asks for.
QString familyWithGlyph(const QFont &font, QChar c)
{
    QStringList families = font.families();
    if (families.isEmpty())
        families.append(font.family());
    const QStringList installed = QFontDatabase::families();
    for (const QString &family : std::as_const(families)) {
        if (!installed.contains(family))
            continue;
        QFont single(family);
        single.setPixelSize(16);
        if (QRawFont::fromFont(single).supportsCharacter(c))
            return family;
    }
    return {};
}

// The painted part of `image`: the bounding box of the pixels that differ from its corner.
QImage ink(const QImage &image)
{
    const QRgb background = image.pixel(0, 0);
    QRect box;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            if (image.pixel(x, y) != background)
                box |= QRect(x, y, 1, 1);
        }
    }
    return box.isEmpty() ? QImage() : image.copy(box);
}
} // namespace

class KoreanWindowTest : public QObject
{
    Q_OBJECT

private:
    testing::AccountsWindowHarness m_window;

    QQuickWindow *window() const { return m_window.window(); }
    // Visible items that show Korean text and have a font of their own (labels, buttons' text).
    QList<QQuickItem *> koreanTextItems() const
    {
        QList<QQuickItem *> korean;
        for (QQuickItem *item : m_window.allItems()) {
            if (item->isVisible() && item->property("font").isValid()
                && hasHangul(item->property("text").toString()))
                korean.append(item);
        }
        return korean;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!QFontDatabase::families(QFontDatabase::Korean).isEmpty(),
                 "no font with Hangul is installed: install fonts-lexi-gulim (as "
                 "tests/tools/install-deps.sh does) or fonts-noto-cjk");
        // Signing in is required again, so the row shows its "Sign in again" button too.
        m_window.seed(1, true);
        QVERIFY(m_window.open(520, 480));
    }

    void cleanupTestCase() { m_window.close(); }

    void everyKoreanStringHasItsGlyphsInTheWindowsFont()
    {
        QTRY_VERIFY(!koreanTextItems().isEmpty()); // the translation is loaded
        QStringList checked;
        for (QQuickItem *item : koreanTextItems()) {
            const QString text = item->property("text").toString();
            const QFont font = item->property("font").value<QFont>();
            for (const QChar c : text) {
                if (c.isSpace() || !familyWithGlyph(font, c).isEmpty())
                    continue;
                QFAIL(qPrintable(QStringLiteral("\"%1\" in \"%2\": no family of [%3] has a glyph "
                                                "for it (installed with Hangul: %4)")
                                     .arg(c, text, font.families().join(QStringLiteral(", ")),
                                          QFontDatabase::families(QFontDatabase::Korean)
                                              .join(QStringLiteral(", ")))));
            }
            checked.append(text);
        }
        qInfo("%lld Korean strings checked, e.g. \"%s\"", qlonglong(checked.size()),
              qPrintable(checked.first()));
    }

    void differentSyllablesAreDrawnAsDifferentGlyphs()
    {
        QTRY_VERIFY(!koreanTextItems().isEmpty());
        // A plain text item (a Label), so that only its glyphs are painted in its area.
        QQuickItem *label = nullptr;
        for (QQuickItem *item : koreanTextItems()) {
            if (!label && item->inherits("QQuickText"))
                label = item;
        }
        QVERIFY(label);
        const QString text = label->property("text").toString();
        QList<QChar> syllables;
        for (const QChar c : text) {
            if (isHangul(c) && !syllables.contains(c))
                syllables.append(c);
        }
        QVERIFY2(syllables.size() >= 2, qPrintable(text));

        // The same label, with the same font, showing one syllable and then another.
        const auto drawn = [&](QChar syllable) {
            label->setProperty("text", QString(syllable));
            QTest::qWait(50);
            const QImage frame = window()->grabWindow();
            const QRect area = label->mapRectToScene(label->boundingRect()).toAlignedRect();
            return ink(frame.copy(area & frame.rect()));
        };
        const QImage first = drawn(syllables.at(0));
        const QImage second = drawn(syllables.at(1));
        label->setProperty("text", text);
        QVERIFY2(!first.isNull() && !second.isNull(), "a syllable was drawn as nothing");
        QVERIFY2(first != second,
                 qPrintable(QStringLiteral("\"%1\" and \"%2\" look the same (%3×%4 px): a "
                                           "missing-glyph box")
                                .arg(syllables.at(0))
                                .arg(syllables.at(1))
                                .arg(first.width())
                                .arg(first.height())));
    }
};

int main(int argc, char *argv[])
{
    QtWebEngineQuick::initialize();
    QGuiApplication app(argc, argv);
    WebTools::registerForQml();
    // The user's language is Korean; from here on, what the window's main() does.
    QLocale::setDefault(QLocale(QLocale::Korean, QLocale::SouthKorea));
    WindowEnvironment::setUpApplication();
    KoreanWindowTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_koreanwindow.moc"
