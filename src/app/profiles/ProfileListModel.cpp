#include "ProfileListModel.h"

#include "Icons.h"
#include "profile/ProfileStore.h"

#include <QLocale>

namespace kontor::gui {

ProfileListModel::ProfileListModel(ProfileStore* store, QObject* parent)
    : QAbstractListModel(parent)
    , m_store(store)
    , m_rows(store->profiles())
{
    connect(m_store, &ProfileStore::changed, this, &ProfileListModel::reload);
}

void ProfileListModel::reload()
{
    beginResetModel();
    m_rows = m_store->profiles();
    endResetModel();
}

QModelIndex ProfileListModel::indexOfId(const QString& id) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == id)
            return index(row, 0);
    }
    return {};
}

QString ProfileListModel::idAt(const QModelIndex& index) const
{
    return data(index, ProfileIdRole).toString();
}

int ProfileListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_rows.size();
}

void ProfileListModel::setOrderCount(const QString& id, int orders)
{
    State& state = m_states[id];
    if (state.orders == orders && state.failure.isEmpty())
        return;
    state.orders = orders;
    state.failure.clear();
    const QModelIndex index = indexOfId(id);
    if (index.isValid())
        emit dataChanged(index, index);
}

void ProfileListModel::setFailure(const QString& id, const QString& problem)
{
    m_states[id].failure = problem;
    const QModelIndex index = indexOfId(id);
    if (index.isValid())
        emit dataChanged(index, index);
}

QVariant ProfileListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Profile& profile = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return profile.name;
    case Qt::DecorationRole:
        return Icons::service(profile.service);
    case Qt::ToolTipRole:
        if (!m_states.value(profile.id).failure.isEmpty())
            return tr("The last call failed: %1").arg(m_states.value(profile.id).failure);
        if (m_states.value(profile.id).orders >= 0)
            return tr("%1 · %2 orders")
                .arg(serviceDisplayName(profile.service), QLocale().toString(m_states.value(profile.id).orders));
        if (profile.demo)
            return tr("%1: a demo profile connected to Kontor's built-in simulator")
                .arg(serviceDisplayName(profile.service));
        return tr("%1 at %2").arg(serviceDisplayName(profile.service), profile.baseUrl.toDisplayString());
    case Qt::AccessibleTextRole:
        return profile.demo ? tr("%1, %2, demo").arg(profile.name, serviceDisplayName(profile.service))
                            : tr("%1, %2").arg(profile.name, serviceDisplayName(profile.service));
    case ProfileIdRole:
        return profile.id;
    case ServiceNameRole:
        return serviceDisplayName(profile.service);
    case ServiceIdRole:
        return serviceId(profile.service);
    case DemoRole:
        return profile.demo;
    case OrderCountRole:
        return m_states.value(profile.id).orders;
    case FailureRole:
        return m_states.value(profile.id).failure;
    default:
        return {};
    }
}

QHash<int, QByteArray> ProfileListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(ProfileIdRole, "profileId");
    names.insert(ServiceNameRole, "serviceName");
    names.insert(ServiceIdRole, "serviceId");
    names.insert(DemoRole, "demo");
    return names;
}

} // namespace kontor::gui
