#include "SystemClipboard.h"

#include <QClipboard>
#include <QGuiApplication>

namespace lc {

QString SystemClipboard::text() const
{
    return QGuiApplication::clipboard()->text(QClipboard::Clipboard);
}

void SystemClipboard::setText(const QString &text)
{
    if (text.isEmpty())
        QGuiApplication::clipboard()->clear(QClipboard::Clipboard);
    else
        QGuiApplication::clipboard()->setText(text, QClipboard::Clipboard);
}

} // namespace lc
