#pragma once

#include <QSortFilterProxyModel>
#include <QStringList>
#include <QtQml/qqmlregistration.h>

namespace lc {

class AccountListModel;

// The accounts the window lists: AccountListModel sorted into groups of provider and environment
// (then by label), narrowed to one environment and to the accounts whose label, email or subject
// contains the search text. Filtering happens here, in C++, so a keystroke over a thousand
// accounts costs one pass over the rows and no script.
class AccountFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The filtered account list belongs to AccountsController.")
    // Empty: every environment.
    Q_PROPERTY(QString environment READ environment WRITE setEnvironment NOTIFY environmentChanged)
    Q_PROPERTY(QString searchText READ searchText WRITE setSearchText NOTIFY searchTextChanged)
    // The environments the accounts are in, sorted.
    Q_PROPERTY(QStringList environments READ environments NOTIFY environmentsChanged)
    // The filter's choices: "All environments", then `environments`; and the one chosen.
    Q_PROPERTY(QStringList environmentChoices READ environmentChoices NOTIFY environmentsChanged)
    Q_PROPERTY(int environmentIndex READ environmentIndex WRITE setEnvironmentIndex NOTIFY
                   environmentChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    Q_PROPERTY(int totalCount READ totalCount NOTIFY countChanged)

public:
    explicit AccountFilterModel(AccountListModel *accounts, QObject *parent = nullptr);

    QString environment() const { return m_environment; }
    void setEnvironment(const QString &environment);
    QString searchText() const { return m_searchText; }
    void setSearchText(const QString &text);
    QStringList environments() const { return m_environments; }
    QStringList environmentChoices() const;
    int environmentIndex() const;
    void setEnvironmentIndex(int index);
    int count() const { return rowCount(); }
    int totalCount() const;

Q_SIGNALS:
    void environmentChanged();
    void searchTextChanged();
    void environmentsChanged();
    void countChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    void updateEnvironments();

    AccountListModel *m_accounts;
    QString m_environment;
    QString m_searchText; // trimmed
    QStringList m_environments;
};

} // namespace lc
