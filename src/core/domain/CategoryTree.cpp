#include "domain/CategoryTree.h"

#include <QHash>

namespace kontor {

CategoryTree::CategoryTree(QList<Category> categories)
    : m_categories(std::move(categories))
{
    const int n = m_categories.size();
    QHash<QString, int> byId;
    for (int i = 0; i < n; ++i)
        byId.insert(m_categories.at(i).id, i); // a repeated ID: the last one is the parent its children find
    m_parent.fill(-1, n);
    m_children.resize(n);
    for (int i = 0; i < n; ++i) {
        const QString& parentId = m_categories.at(i).parentId;
        const int p = parentId.isEmpty() ? -1 : byId.value(parentId, -1);
        if (p == i)
            continue;
        m_parent[i] = p;
    }
    // Break cycles: walking up from a category must end at a root within n steps.
    for (int i = 0; i < n; ++i) {
        int steps = 0;
        for (int at = m_parent.at(i); at >= 0 && steps <= n; at = m_parent.at(at))
            ++steps;
        if (steps > n)
            m_parent[i] = -1;
    }
    for (int i = 0; i < n; ++i) {
        if (m_parent.at(i) < 0)
            m_roots.append(i);
        else
            m_children[m_parent.at(i)].append(i);
    }
}

QList<QPair<int, int>> CategoryTree::preorder() const
{
    QList<QPair<int, int>> out;
    out.reserve(m_categories.size());
    QList<QPair<int, int>> stack;
    for (auto it = m_roots.crbegin(); it != m_roots.crend(); ++it)
        stack.append({*it, 0});
    while (!stack.isEmpty()) {
        const QPair<int, int> top = stack.takeLast();
        out.append(top);
        const QList<int>& kids = m_children.at(top.first);
        for (auto it = kids.crbegin(); it != kids.crend(); ++it)
            stack.append({*it, top.second + 1});
    }
    return out;
}

} // namespace kontor
