#pragma once
// CategoryTree: a flat category list (htk function 5) as a tree, whatever order the list comes in. The
// document fixes no order, so a child may come before its parent. A category whose parent is not in the
// list, or whose parent chain would close a cycle, becomes a root: nothing is dropped, nothing loops.

#include "domain/Records.h"

#include <QList>
#include <QPair>

namespace kontor {

class CategoryTree
{
public:
    explicit CategoryTree(QList<Category> categories);

    int size() const { return m_categories.size(); }
    const Category& at(int index) const { return m_categories.at(index); }
    int parent(int index) const { return m_parent.at(index); } // -1 for a root
    const QList<int>& children(int index) const { return m_children.at(index); }
    const QList<int>& roots() const { return m_roots; }

    // Every category once, each parent before its children, siblings in the list's order: (index, depth).
    QList<QPair<int, int>> preorder() const;

private:
    QList<Category> m_categories;
    QList<int> m_parent;
    QList<QList<int>> m_children;
    QList<int> m_roots;
};

} // namespace kontor
