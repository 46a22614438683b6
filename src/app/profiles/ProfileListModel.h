#pragma once
// ProfileListModel: the profiles of a ProfileStore as a list for the sidebar: service icon, name,
// service name, and whether it is a built-in demo profile. Follows the store as it changes.

#include "profile/Profile.h"

#include <QAbstractListModel>
#include <QHash>
#include <QList>

namespace kontor {
class ProfileStore;
}

namespace kontor::gui {

class ProfileListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        ProfileIdRole = Qt::UserRole + 1,
        ServiceNameRole,
        ServiceIdRole,
        DemoRole,
        OrderCountRole, // how many orders the last load listed; -1 while unknown
        FailureRole,    // the last call's problem in words; empty when it worked
    };

    explicit ProfileListModel(ProfileStore* store, QObject* parent = nullptr);

    QModelIndex indexOfId(const QString& id) const;
    // What the sidebar shows of a profile's last load: its orders, or that (and why) it failed.
    void setOrderCount(const QString& id, int orders);
    void setFailure(const QString& id, const QString& problem);
    QString idAt(const QModelIndex& index) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    void reload();

    ProfileStore* m_store;
    // A copy, so the rows the view knows stay valid until the model announces a change.
    QList<Profile> m_rows;
    struct State
    {
        int orders = -1;
        QString failure;
    };
    QHash<QString, State> m_states; // by profile id; outlives reloads of the rows
};

} // namespace kontor::gui
