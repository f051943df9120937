#pragma once

#include <QAbstractListModel>
#include <QJsonObject>
#include <QList>
#include <QtQml/qqmlregistration.h>

namespace lc {

// A JWT's header and claims as a tree the token inspector shows: one row per visible node, in
// document order, with its depth; objects and arrays can be collapsed and expanded. Numeric
// dates (exp, iat, nbf, auth_time, updated_at) carry the time they stand for as a note.
class ClaimTreeModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The token inspector fills the claim trees.")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Role {
        NameRole = Qt::UserRole + 1,
        ValueRole,
        NoteRole,
        DepthRole,
        ExpandableRole,
        ExpandedRole,
        PathRole,
    };
    Q_ENUM(Role)

    struct Section
    {
        QString key; // "header", "claims": the start of every path below it
        QString title; // shown
        QJsonObject object;
    };

    using QAbstractListModel::QAbstractListModel;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    void setSections(const QList<Section> &sections);
    void clear() { setSections({}); }

    Q_INVOKABLE void toggle(int row);
    // The value shown for a path such as "claims.sub" or "claims.aud.0"; empty when absent.
    Q_INVOKABLE QString valueAt(const QString &path) const;

Q_SIGNALS:
    void countChanged();

private:
    struct Node
    {
        QString name;
        QString value;
        QString note;
        QString path;
        int depth = 0;
        int parent = -1;
        int descendants = 0; // all of them, shown or not
        bool expandable = false;
        bool expanded = true;
    };
    void append(const QString &name, const QJsonValue &value, const QString &path, int depth,
                int parent);
    // Rows under `node` that are shown when it is expanded (its collapsed subtrees left out).
    QList<int> shownBelow(int node) const;
    bool isShown(int node) const;

    QList<Node> m_nodes;
    QList<int> m_rows; // node index of each shown row
};

} // namespace lc
