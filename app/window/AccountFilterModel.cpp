#include "AccountFilterModel.h"

#include "AccountListModel.h"

namespace lc {

AccountFilterModel::AccountFilterModel(AccountListModel *accounts, QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_accounts(accounts)
{
    setSourceModel(accounts);
    setDynamicSortFilter(true);
    sort(0);
    for (auto signal : { &QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved })
        connect(this, signal, this, &AccountFilterModel::countChanged);
    connect(this, &QAbstractItemModel::modelReset, this, &AccountFilterModel::countChanged);
    connect(this, &QAbstractItemModel::layoutChanged, this, &AccountFilterModel::countChanged);
    connect(accounts, &QAbstractItemModel::modelReset, this,
            &AccountFilterModel::updateEnvironments);
    connect(accounts, &QAbstractItemModel::dataChanged, this,
            &AccountFilterModel::updateEnvironments);
    updateEnvironments();
}

int AccountFilterModel::totalCount() const
{
    return m_accounts->rowCount();
}

void AccountFilterModel::setEnvironment(const QString &environment)
{
    if (m_environment == environment)
        return;
    m_environment = environment;
    invalidateFilter();
    Q_EMIT environmentChanged();
}

void AccountFilterModel::setSearchText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (m_searchText == trimmed)
        return;
    m_searchText = trimmed;
    invalidateFilter();
    Q_EMIT searchTextChanged();
}

QStringList AccountFilterModel::environmentChoices() const
{
    return QStringList { tr("All environments") } + m_environments;
}

int AccountFilterModel::environmentIndex() const
{
    return m_environment.isEmpty() ? 0 : int(m_environments.indexOf(m_environment)) + 1;
}

void AccountFilterModel::setEnvironmentIndex(int index)
{
    setEnvironment(index > 0 && index <= m_environments.size() ? m_environments.at(index - 1)
                                                               : QString());
}

bool AccountFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &) const
{
    const AccountListModel::Entry &entry = m_accounts->entries().at(sourceRow);
    if (!m_environment.isEmpty() && entry.environment != m_environment)
        return false;
    if (m_searchText.isEmpty())
        return true;
    return entry.account.label.contains(m_searchText, Qt::CaseInsensitive)
        || entry.account.email.contains(m_searchText, Qt::CaseInsensitive)
        || entry.account.subject.contains(m_searchText, Qt::CaseInsensitive);
}

bool AccountFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const AccountListModel::Entry &a = m_accounts->entries().at(left.row());
    const AccountListModel::Entry &b = m_accounts->entries().at(right.row());
    // The list's sections are groups of provider and environment: each group's rows together.
    if (const int byProvider = a.providerName.compare(b.providerName, Qt::CaseInsensitive))
        return byProvider < 0;
    if (const int byEnvironment = a.environment.compare(b.environment, Qt::CaseInsensitive))
        return byEnvironment < 0;
    if (const int byLabel = a.account.label.compare(b.account.label, Qt::CaseInsensitive))
        return byLabel < 0;
    return a.account.subject < b.account.subject;
}

void AccountFilterModel::updateEnvironments()
{
    QStringList environments;
    for (const AccountListModel::Entry &entry : m_accounts->entries()) {
        if (!entry.environment.isEmpty() && !environments.contains(entry.environment))
            environments.append(entry.environment);
    }
    environments.sort(Qt::CaseInsensitive);
    if (environments == m_environments)
        return;
    m_environments = environments;
    Q_EMIT environmentsChanged();
    // The last account of the chosen environment is gone: show them all rather than none.
    if (!m_environment.isEmpty() && !m_environments.contains(m_environment))
        setEnvironment(QString());
    else
        Q_EMIT environmentChanged(); // its index moved
}

} // namespace lc
