#include "ClaimTreeModel.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

namespace lc {

namespace {
bool isNumericDateClaim(const QString &name)
{
    // OIDC Core §2 and §5.1, RFC 7519 §4.1: seconds since 1970-01-01 UTC.
    static const QStringList names { QStringLiteral("exp"), QStringLiteral("iat"),
                                     QStringLiteral("nbf"), QStringLiteral("auth_time"),
                                     QStringLiteral("updated_at") };
    return names.contains(name);
}

QString scalarText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Double: {
        const double number = value.toDouble();
        // Claims are mostly whole numbers: no "1.7e+09".
        if (number == double(qint64(number)) && qAbs(number) < 1e15)
            return QString::number(qint64(number));
        return QString::number(number, 'g', 17);
    }
    default:
        return {};
    }
}
} // namespace

int ClaimTreeModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant ClaimTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.parent().isValid() || index.row() >= m_rows.size())
        return {};
    const Node &node = m_nodes.at(m_rows.at(index.row()));
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return node.name;
    case ValueRole:
        return node.value;
    case NoteRole:
        return node.note;
    case DepthRole:
        return node.depth;
    case ExpandableRole:
        return node.expandable;
    case ExpandedRole:
        return node.expanded;
    case PathRole:
        return node.path;
    default:
        return {};
    }
}

QHash<int, QByteArray> ClaimTreeModel::roleNames() const
{
    return {
        { NameRole, "name" },   { ValueRole, "value" },           { NoteRole, "note" },
        { DepthRole, "depth" }, { ExpandableRole, "expandable" }, { ExpandedRole, "expanded" },
        { PathRole, "path" },
    };
}

void ClaimTreeModel::append(const QString &name, const QJsonValue &value, const QString &path,
                            int depth, int parent)
{
    const int self = int(m_nodes.size());
    Node node;
    node.name = name;
    node.path = path;
    node.depth = depth;
    node.parent = parent;
    node.expandable = value.isObject() || value.isArray();
    if (node.expandable) {
        const int size
            = value.isObject() ? int(value.toObject().size()) : int(value.toArray().size());
        node.value
            = value.isObject() ? tr("%n field(s)", nullptr, size) : tr("%n item(s)", nullptr, size);
    } else {
        node.value = scalarText(value);
        if (value.isDouble() && isNumericDateClaim(name)) {
            const QDateTime time = QDateTime::fromSecsSinceEpoch(qint64(value.toDouble()), Qt::UTC);
            node.note = QLocale().toString(time.toLocalTime(), QLocale::LongFormat);
        }
    }
    m_nodes.append(node);
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            append(it.key(), it.value(), path + QLatin1Char('.') + it.key(), depth + 1, self);
    } else if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            append(QString::number(i), array.at(i), path + QLatin1Char('.') + QString::number(i),
                   depth + 1, self);
    }
    m_nodes[self].descendants = int(m_nodes.size()) - self - 1;
}

void ClaimTreeModel::setSections(const QList<Section> &sections)
{
    const int before = int(m_rows.size());
    beginResetModel();
    m_nodes.clear();
    m_rows.clear();
    for (const Section &section : sections) {
        const int self = int(m_nodes.size());
        append(section.key, section.object, section.key, 0, -1);
        m_nodes[self].name = section.title;
    }
    for (int node = 0; node < m_nodes.size(); ++node) {
        if (isShown(node))
            m_rows.append(node);
    }
    endResetModel();
    if (before != m_rows.size())
        Q_EMIT countChanged();
}

bool ClaimTreeModel::isShown(int node) const
{
    for (int parent = m_nodes.at(node).parent; parent >= 0; parent = m_nodes.at(parent).parent) {
        if (!m_nodes.at(parent).expanded)
            return false;
    }
    return true;
}

QList<int> ClaimTreeModel::shownBelow(int node) const
{
    QList<int> shown;
    const int end = node + m_nodes.at(node).descendants;
    for (int child = node + 1; child <= end;) {
        shown.append(child);
        // A collapsed child hides its whole subtree.
        child += m_nodes.at(child).expanded ? 1 : m_nodes.at(child).descendants + 1;
    }
    return shown;
}

void ClaimTreeModel::toggle(int row)
{
    if (row < 0 || row >= m_rows.size())
        return;
    const int node = m_rows.at(row);
    Node &toggled = m_nodes[node];
    if (!toggled.expandable)
        return;
    if (toggled.expanded) {
        const int hidden = int(shownBelow(node).size());
        if (hidden > 0) {
            beginRemoveRows({}, row + 1, row + hidden);
            m_rows.remove(row + 1, hidden);
            toggled.expanded = false;
            endRemoveRows();
        } else {
            toggled.expanded = false;
        }
    } else {
        toggled.expanded = true;
        const QList<int> shown = shownBelow(node);
        if (!shown.isEmpty()) {
            beginInsertRows({}, row + 1, row + int(shown.size()));
            for (qsizetype i = 0; i < shown.size(); ++i)
                m_rows.insert(row + 1 + i, shown.at(i));
            endInsertRows();
        }
    }
    const QModelIndex changed = index(row);
    Q_EMIT dataChanged(changed, changed, { ExpandedRole });
    Q_EMIT countChanged();
}

QString ClaimTreeModel::valueAt(const QString &path) const
{
    for (const Node &node : m_nodes) {
        if (node.path == path)
            return node.value;
    }
    return {};
}

} // namespace lc
