#pragma once
// CategoriesTreeModel: a shop's product categories (htk function 5) as a tree with three columns: the name,
// the service's id, and whether the category is active, in words. Inactive categories are greyed. The tree
// comes from the core's CategoryTree, so a list in any order (children first) gives the same tree.

#include "domain/CategoryTree.h"

#include <QAbstractItemModel>
#include <QList>

namespace kontor::gui {

class CategoriesTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { Name, Id, State, ColumnCount };
    enum Role {
        CategoryIdRole = Qt::UserRole + 1,
        ActiveRole,     // bool
        FilterTextRole, // what the filter box looks at: the name and the id
    };

    explicit CategoriesTreeModel(QObject* parent = nullptr);

    void setCategories(const QList<Category>& categories);
    void clear();

    int categoryCount() const { return m_tree.size(); }
    int inactiveCount() const;
    // The index (column 0) of the category with `id`; invalid when there is none.
    QModelIndex indexOfId(const QString& id) const;

    static QString stateText(bool active); // "Active" / "Inactive"

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    // Node i of the tree is internalId i + 1 (0 would be read as "no node").
    int nodeOf(const QModelIndex& index) const { return index.isValid() ? int(index.internalId()) - 1 : -1; }
    const QList<int>& childrenOf(int node) const { return node < 0 ? m_tree.roots() : m_tree.children(node); }

    CategoryTree m_tree;
    QList<int> m_row; // per node, its row under its parent
};

} // namespace kontor::gui
