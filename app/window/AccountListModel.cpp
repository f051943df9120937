#include "AccountListModel.h"

namespace lc {

namespace {
bool sameAccount(const AccountListModel::Entry &a, const AccountListModel::Entry &b)
{
    return a.account.profileId == b.account.profileId && a.account.subject == b.account.subject;
}

bool sameData(const AccountListModel::Entry &a, const AccountListModel::Entry &b)
{
    return sameAccount(a, b) && a.providerName == b.providerName && a.environment == b.environment
        && a.account.email == b.account.email && a.account.label == b.account.label
        && a.account.displayName == b.account.displayName
        && a.account.expiresAt == b.account.expiresAt
        && a.account.signInRequired == b.account.signInRequired;
}
} // namespace

int AccountListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

QVariant AccountListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.parent().isValid() || index.row() >= m_entries.size())
        return {};
    const Entry &entry = m_entries.at(index.row());
    switch (role) {
    case ProfileIdRole:
        return entry.account.profileId;
    case ProviderNameRole:
        return entry.providerName;
    case EnvironmentRole:
        return entry.environment;
    case EmailRole:
        return entry.account.email;
    case Qt::DisplayRole:
    case LabelRole:
        return entry.account.label;
    case SubjectRole:
        return entry.account.subject;
    case DisplayNameRole:
        return entry.account.displayName;
    case ExpiresAtRole:
        return entry.account.expiresAt;
    case SignInRequiredRole:
        return entry.account.signInRequired;
    case GroupRole:
        return groupOf(entry.providerName, entry.environment);
    case ProductionRole:
        return isProduction(entry.environment);
    default:
        return {};
    }
}

QHash<int, QByteArray> AccountListModel::roleNames() const
{
    return {
        { ProfileIdRole, "profileId" },
        { ProviderNameRole, "providerName" },
        { EnvironmentRole, "environment" },
        { EmailRole, "email" },
        { LabelRole, "label" },
        { SubjectRole, "subject" },
        { DisplayNameRole, "displayName" },
        { ExpiresAtRole, "expiresAt" },
        { SignInRequiredRole, "signInRequired" },
        { GroupRole, "group" },
        { ProductionRole, "production" },
    };
}

bool AccountListModel::isProduction(const QString &environment)
{
    return environment.compare(QLatin1String("production"), Qt::CaseInsensitive) == 0;
}

QString AccountListModel::groupOf(const QString &providerName, const QString &environment)
{
    return environment.isEmpty() ? providerName
                                 : providerName + QStringLiteral(" · ") + environment;
}

void AccountListModel::setEntries(const QList<Entry> &entries)
{
    const bool sameRows = entries.size() == m_entries.size()
        && std::equal(entries.begin(), entries.end(), m_entries.begin(), sameAccount);
    if (!sameRows) {
        beginResetModel();
        m_entries = entries;
        endResetModel();
        return;
    }
    for (qsizetype row = 0; row < entries.size(); ++row) {
        if (sameData(entries.at(row), m_entries.at(row)))
            continue;
        m_entries[row] = entries.at(row);
        const QModelIndex changed = index(int(row));
        Q_EMIT dataChanged(changed, changed);
    }
}

} // namespace lc
