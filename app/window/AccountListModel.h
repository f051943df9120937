#pragma once

#include "storage/AccountIndex.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

namespace lc {

// The main window's account list: one row per stored account, with the provider's name and
// environment looked up from its profile. Roles are named for QML delegates (`profileId`,
// `providerName`, …); `group` (provider and environment) heads the list's sections, and
// `production` marks the accounts whose badge must not be missed. A reload that keeps the same
// accounts in the same order only reports the rows whose data changed, so the list keeps its scroll
// position and current item.
class AccountListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The account list belongs to AccountsController.")

public:
    enum Role {
        ProfileIdRole = Qt::UserRole + 1,
        ProviderNameRole,
        EnvironmentRole,
        EmailRole,
        LabelRole,
        SubjectRole,
        DisplayNameRole,
        ExpiresAtRole,
        SignInRequiredRole,
        GroupRole,
        ProductionRole,
    };
    Q_ENUM(Role)

    struct Entry
    {
        AccountRecord account;
        QString providerName;
        QString environment;
    };

    using QAbstractListModel::QAbstractListModel;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    void setEntries(const QList<Entry> &entries);
    static bool isProduction(const QString &environment);
    static QString groupOf(const QString &providerName, const QString &environment);
    const QList<Entry> &entries() const { return m_entries; }

private:
    QList<Entry> m_entries;
};

} // namespace lc
