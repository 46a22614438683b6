// CategoryTree: htk's flat category list as a tree in any order (the document fixes none), with the
// vendor's own example and with lists that put children first, name missing parents, or loop.
#include "Examples.h"
#include "domain/CategoryTree.h"
#include "services/htk/HtkParser.h"

#include <QTest>

using namespace kontor;

namespace {

Category cat(const QString& id, const QString& parent, const QString& name)
{
    Category c;
    c.id = id;
    c.parentId = parent;
    c.name = name;
    return c;
}

// "name@depth" in preorder, for compact comparisons.
QStringList walk(const CategoryTree& tree)
{
    QStringList out;
    for (const auto& [index, depth] : tree.preorder())
        out << tree.at(index).name + QLatin1Char('@') + QString::number(depth);
    return out;
}

} // namespace

class TestCategoryTree : public QObject
{
    Q_OBJECT
private slots:
    void childrenBeforeTheirParents()
    {
        const CategoryTree tree({cat(QStringLiteral("a1"), QStringLiteral("p9"), QStringLiteral("Töpfe")),
                                 cat(QStringLiteral("a2"), QStringLiteral("a1"), QStringLiteral("Bräter")),
                                 cat(QStringLiteral("p9"), QString(), QStringLiteral("Küche")),
                                 cat(QStringLiteral("z1"), QString(), QStringLiteral("Garten"))});
        QCOMPARE(walk(tree), (QStringList{QStringLiteral("Küche@0"), QStringLiteral("Töpfe@1"),
                                          QStringLiteral("Bräter@2"), QStringLiteral("Garten@0")}));
        QCOMPARE(tree.roots().size(), 2);
    }

    void missingParentAndLoopsBecomeRoots()
    {
        const CategoryTree tree({cat(QStringLiteral("x"), QStringLiteral("gone"), QStringLiteral("Verwaist")),
                                 cat(QStringLiteral("l1"), QStringLiteral("l2"), QStringLiteral("Schleife 1")),
                                 cat(QStringLiteral("l2"), QStringLiteral("l1"), QStringLiteral("Schleife 2")),
                                 cat(QStringLiteral("s"), QStringLiteral("s"), QStringLiteral("Selbst"))});
        QCOMPARE(tree.preorder().size(), 4); // nothing dropped, nothing twice
        QCOMPARE(tree.parent(0), -1);
        QCOMPARE(tree.parent(3), -1);
        QVERIFY(tree.parent(1) == -1 || tree.parent(2) == -1); // the loop is broken once
    }

    void documentsExample()
    {
        const auto parsed = HtkParser::parseCategories(test::readExample("htk", QStringLiteral("categories.json")));
        QVERIFY2(parsed.ok(), qPrintable(parsed.error.detail));
        QList<Category> reversed = parsed.value;
        std::reverse(reversed.begin(), reversed.end());
        // The same tree whatever the order.
        QCOMPARE(walk(CategoryTree(reversed)).size(), walk(CategoryTree(parsed.value)).size());
        QStringList a = walk(CategoryTree(reversed));
        QStringList b = walk(CategoryTree(parsed.value));
        a.sort();
        b.sort();
        QCOMPARE(a, b);
    }
};

QTEST_GUILESS_MAIN(TestCategoryTree)
#include "tst_categorytree.moc"
