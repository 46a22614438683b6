#pragma once
// ProfileListModel: the profiles of a ProfileStore as a list for the sidebar: service icon, name,
// service name, and whether it is a built-in demo profile. Follows the store as it changes.

#include "profile/Profile.h"

#include <QAbstractListModel>
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
    };

    explicit ProfileListModel(ProfileStore* store, QObject* parent = nullptr);

    QModelIndex indexOfId(const QString& id) const;
    QString idAt(const QModelIndex& index) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    void reload();

    ProfileStore* m_store;
    // A copy, so the rows the view knows stay valid until the model announces a change.
    QList<Profile> m_rows;
};

} // namespace kontor::gui
