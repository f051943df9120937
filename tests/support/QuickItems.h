#pragma once

#include <QList>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QVariant>

// What a Qt Quick window shows, for tests that look for it: the visual tree (a ListView's
// delegates are not QObject children of the window, so findChild cannot reach them).
namespace lc::test {

inline QQuickWindow *rootWindow(const QQmlApplicationEngine &engine)
{
    return qobject_cast<QQuickWindow *>(engine.rootObjects().first());
}

// An object of the window that is not a delegate (findChild reaches it).
template<typename T = QQuickItem> T *findNamed(QQuickWindow *window, const char *objectName)
{
    return window->findChild<T *>(QLatin1String(objectName));
}

inline void collectItems(QQuickItem *item, QList<QQuickItem *> &into)
{
    into.append(item);
    for (QQuickItem *child : item->childItems())
        collectItems(child, into);
}

inline QList<QQuickItem *> allItems(QQuickWindow *window)
{
    QList<QQuickItem *> items;
    collectItems(window->contentItem(), items);
    return items;
}

// The item and every item it sits in are visible.
inline bool isShown(QQuickItem *item)
{
    for (; item; item = item->parentItem()) {
        if (!item->isVisible())
            return false;
    }
    return true;
}

inline QList<QQuickItem *> shownItemsNamed(QQuickWindow *window, const char *objectName)
{
    QList<QQuickItem *> found;
    for (QQuickItem *item : allItems(window)) {
        if (item->objectName() == QLatin1String(objectName) && isShown(item))
            found.append(item);
    }
    return found;
}

inline QQuickItem *shownItemWith(QQuickWindow *window, const char *property, const QVariant &value)
{
    for (QQuickItem *item : allItems(window)) {
        if (isShown(item) && item->property(property) == value)
            return item;
    }
    return nullptr;
}

} // namespace lc::test
