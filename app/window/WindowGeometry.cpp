#include "WindowGeometry.h"

#include <QQuickWindow>
#include <QSettings>

namespace lc {

void WindowGeometry::restoreAndTrack(QObject *object, const QString &key)
{
    auto *window = qobject_cast<QQuickWindow *>(object);
    if (!window)
        return;
    QSettings settings;
    const QSize saved = settings.value(key + QStringLiteral("/size")).toSize();
    if (saved.isValid() && saved.width() >= window->minimumWidth()
        && saved.height() >= window->minimumHeight())
        window->resize(saved);
    QObject::connect(window, &QQuickWindow::widthChanged, window, [window, key] {
        QSettings().setValue(key + QStringLiteral("/size"), window->size());
    });
    QObject::connect(window, &QQuickWindow::heightChanged, window, [window, key] {
        QSettings().setValue(key + QStringLiteral("/size"), window->size());
    });
}

} // namespace lc
