#include "CategoriesTreeModel.h"

#include <QGuiApplication>
#include <QPalette>

namespace kontor::gui {

CategoriesTreeModel::CategoriesTreeModel(QObject* parent)
    : QAbstractItemModel(parent)
    , m_tree({})
{}

void CategoriesTreeModel::setCategories(const QList<Category>& categories)
{
    beginResetModel();
    m_tree = CategoryTree(categories);
    m_row = QList<int>(m_tree.size(), 0);
    for (int node = -1; node < m_tree.size(); ++node) {
        const QList<int>& children = childrenOf(node);
        for (int row = 0; row < children.size(); ++row)
            m_row[children.at(row)] = row;
    }
    endResetModel();
}

void CategoriesTreeModel::clear()
{
    setCategories({});
}

int CategoriesTreeModel::inactiveCount() const
{
    int inactive = 0;
    for (int node = 0; node < m_tree.size(); ++node)
        inactive += m_tree.at(node).active ? 0 : 1;
    return inactive;
}

QModelIndex CategoriesTreeModel::indexOfId(const QString& id) const
{
    for (int node = 0; node < m_tree.size(); ++node) {
        if (m_tree.at(node).id == id)
            return createIndex(m_row.at(node), Name, quintptr(node + 1));
    }
    return {};
}

QString CategoriesTreeModel::stateText(bool active)
{
    return active ? tr("Active") : tr("Inactive");
}

QModelIndex CategoriesTreeModel::index(int row, int column, const QModelIndex& parent) const
{
    if (column < 0 || column >= ColumnCount || (parent.isValid() && parent.column() != Name))
        return {};
    const QList<int>& children = childrenOf(nodeOf(parent));
    if (row < 0 || row >= children.size())
        return {};
    return createIndex(row, column, quintptr(children.at(row) + 1));
}

QModelIndex CategoriesTreeModel::parent(const QModelIndex& child) const
{
    const int node = nodeOf(child);
    if (node < 0)
        return {};
    const int parentNode = m_tree.parent(node);
    if (parentNode < 0)
        return {};
    return createIndex(m_row.at(parentNode), Name, quintptr(parentNode + 1));
}

int CategoriesTreeModel::rowCount(const QModelIndex& parent) const
{
    if (parent.isValid() && parent.column() != Name)
        return 0;
    return int(childrenOf(nodeOf(parent)).size());
}

int CategoriesTreeModel::columnCount(const QModelIndex& parent) const
{
    Q_UNUSED(parent);
    return ColumnCount;
}

QVariant CategoriesTreeModel::data(const QModelIndex& index, int role) const
{
    const int node = nodeOf(index);
    if (node < 0 || node >= m_tree.size())
        return {};
    const Category& c = m_tree.at(node);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case Name:
            return c.name.isEmpty() && role == Qt::DisplayRole ? tr("(no name)") : c.name;
        case Id:
            return c.id;
        case State:
            return stateText(c.active);
        }
        return {};
    case Qt::ForegroundRole:
        // Inactive categories step back but stay readable (the disabled text colour is too faint to read).
        if (!c.active)
            return QGuiApplication::palette().brush(QPalette::Active, QPalette::PlaceholderText);
        return {};
    case Qt::AccessibleDescriptionRole:
        return stateText(c.active);
    case CategoryIdRole:
        return c.id;
    case ActiveRole:
        return c.active;
    case FilterTextRole:
        return c.name + QLatin1Char('\n') + c.id;
    }
    return {};
}

QVariant CategoriesTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Name");
    case Id:
        return tr("ID");
    case State:
        return tr("Status");
    }
    return {};
}

} // namespace kontor::gui
