// Matching invoice files to marketplace transactions before anything is sent (issue 8): the transaction from a
// transaction id of the shop's list in the file name or from a CSV map, the serial number from the file's base
// name (or the map), and every problem a file can have: no match, a name with two ids, two files for one
// transaction, a transaction already invoiced, not a PDF by its first bytes, unreadable, empty, too large.
#include "upload/InvoiceMatcher.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace kontor;
using namespace kontor::upload;

namespace {

Transaction transaction(const QString& id, const QString& invoiceStatus)
{
    Transaction t;
    t.id = id;
    t.invoiceStatus = invoiceStatus;
    return t;
}

QList<InvoiceProblem> problemsOf(const QList<InvoiceMatch>& matches, const QString& fileName)
{
    for (const InvoiceMatch& m : matches) {
        if (m.fileName == fileName)
            return m.problems;
    }
    return {InvoiceProblem::None};
}

} // namespace

class TestInvoiceMatcher : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_transactions = {transaction(QStringLiteral("DSPY1000134"), QStringLiteral("uninvoiced")),
                          transaction(QStringLiteral("DSPY1000135"), QStringLiteral("invoiced")),
                          transaction(QStringLiteral("DSPY1000136"), QStringLiteral("error")),
                          transaction(QStringLiteral("DSPY1000137"), QStringLiteral("uninvoiced"))};
    }

    void filesAreMatchedByTheTransactionIdInTheirName()
    {
        const QList<InvoiceMatch> matches = InvoiceMatcher::match(
            {pdf(QStringLiteral("DSPY1000134_Invoice-12345.pdf")), pdf(QStringLiteral("invoice dspy1000136.pdf")),
             pdf(QStringLiteral("DSPY10001345.pdf")), pdf(QStringLiteral("XDSPY1000137.pdf"))},
            m_transactions);
        QCOMPARE(matches.size(), 4);
        QCOMPARE(matches.at(0).transactionId, QStringLiteral("DSPY1000134"));
        QCOMPARE(matches.at(0).serialNumber, QStringLiteral("DSPY1000134_Invoice-12345"));
        QCOMPARE(matches.at(0).source, InvoiceMatch::Source::FileName);
        QVERIFY(matches.at(0).sendable());
        // Case does not matter; the shop's spelling is used.
        QCOMPARE(matches.at(1).transactionId, QStringLiteral("DSPY1000136"));
        QVERIFY(matches.at(1).sendable());
        // A longer number or a letter glued in front is another id.
        QCOMPARE(matches.at(2).problems, QList<InvoiceProblem>{InvoiceProblem::NoMatch});
        QCOMPARE(matches.at(3).problems, QList<InvoiceProblem>{InvoiceProblem::NoMatch});
    }

    void everyProblemIsFoundBeforeSending()
    {
        InvoiceMatchOptions options;
        options.maxFileBytes = 4096;
        const QList<InvoiceFileInfo> files = {
            pdf(QStringLiteral("DSPY1000134-a.pdf")),
            pdf(QStringLiteral("DSPY1000134-b.pdf")),
            pdf(QStringLiteral("DSPY1000135.pdf")),
            write(QStringLiteral("DSPY1000136.pdf"), "PK\x03\x04 a zip, renamed"),
            write(QStringLiteral("DSPY1000137.pdf"), QByteArray()),
            write(QStringLiteral("DSPY1000137-big.pdf"), QByteArray("%PDF-1.7\n") + QByteArray(5000, 'x')),
            InvoiceMatcher::inspect(m_dir.filePath(QStringLiteral("gone DSPY1000134.pdf"))),
            pdf(QStringLiteral("DSPY1000134 and DSPY1000136.pdf")),
        };
        const QList<InvoiceMatch> m = InvoiceMatcher::match(files, m_transactions, nullptr, options);
        using P = InvoiceProblem;
        QCOMPARE(problemsOf(m, QStringLiteral("DSPY1000134-a.pdf")), QList<P>{P::DuplicateTransaction});
        QCOMPARE(problemsOf(m, QStringLiteral("DSPY1000134-b.pdf")), QList<P>{P::DuplicateTransaction});
        QCOMPARE(problemsOf(m, QStringLiteral("DSPY1000135.pdf")), QList<P>{P::AlreadyInvoiced});
        QCOMPARE(problemsOf(m, QStringLiteral("DSPY1000136.pdf")), QList<P>{P::NotPdf});
        QCOMPARE(problemsOf(m, QStringLiteral("DSPY1000137.pdf")), (QList<P>{P::Empty, P::DuplicateTransaction}));
        QCOMPARE(problemsOf(m, QStringLiteral("DSPY1000137-big.pdf")),
                 (QList<P>{P::TooLarge, P::DuplicateTransaction}));
        QCOMPARE(problemsOf(m, QStringLiteral("gone DSPY1000134.pdf")),
                 (QList<P>{P::Unreadable, P::DuplicateTransaction}));
        QCOMPARE(problemsOf(m, QStringLiteral("DSPY1000134 and DSPY1000136.pdf")), QList<P>{P::AmbiguousName});
        // In words, naming the files.
        const InvoiceMatch& a = m.at(0);
        QCOMPARE(InvoiceMatcher::describe(P::DuplicateTransaction, a, m),
                 QStringLiteral("Two files for transaction DSPY1000134: DSPY1000134-a.pdf, DSPY1000134-b.pdf, gone "
                                "DSPY1000134.pdf. Each transaction takes one invoice."));
        QVERIFY(InvoiceMatcher::describe(P::Unreadable, m.at(6), m)
                    .startsWith(QLatin1String("\"gone DSPY1000134.pdf\" cannot be read: ")));
        QCOMPARE(InvoiceMatcher::problemId(P::AlreadyInvoiced), QStringLiteral("already-invoiced"));
    }

    void aMatchFixedByHandDecidesTheOthersAgain()
    {
        QList<InvoiceMatch> m = InvoiceMatcher::match(
            {pdf(QStringLiteral("DSPY1000134-a.pdf")), pdf(QStringLiteral("DSPY1000134-b.pdf")),
             pdf(QStringLiteral("scan 0042.pdf")), pdf(QStringLiteral("DSPY1000134 and DSPY1000136.pdf"))},
            m_transactions);
        QVERIFY(!m.at(0).sendable());
        QCOMPARE(m.at(2).problems, QList<InvoiceProblem>{InvoiceProblem::NoMatch});
        // b goes to another transaction: a is no duplicate any more.
        InvoiceMatcher::assign(m, 1, QStringLiteral("dspy1000137"), m_transactions);
        QCOMPARE(m.at(1).transactionId, QStringLiteral("DSPY1000137"));
        QCOMPARE(m.at(1).source, InvoiceMatch::Source::Manual);
        QVERIFY(m.at(0).sendable());
        QVERIFY(m.at(1).sendable());
        // The scan goes to a's transaction: now those two are duplicates.
        InvoiceMatcher::assign(m, 2, QStringLiteral("DSPY1000134"), m_transactions);
        QCOMPARE(m.at(0).problems, QList<InvoiceProblem>{InvoiceProblem::DuplicateTransaction});
        QCOMPARE(m.at(2).problems, QList<InvoiceProblem>{InvoiceProblem::DuplicateTransaction});
        // The ambiguous name is settled by choosing.
        InvoiceMatcher::assign(m, 3, QStringLiteral("DSPY1000136"), m_transactions);
        QVERIFY(m.at(3).sendable());
        // A transaction the shop does not list.
        InvoiceMatcher::assign(m, 2, QStringLiteral("DSPY9"), m_transactions);
        QCOMPARE(m.at(2).problems, QList<InvoiceProblem>{InvoiceProblem::UnknownTransaction});
        QVERIFY(m.at(0).sendable());
    }

    void aCsvMapDecidesWhereItSpeaks()
    {
        const QByteArray csv = "\xEF\xBB\xBFtransactionId,file,invoiceSerialNumber\r\n"
                               "DSPY1000136,scan 0042.pdf,INV-2026-0042\r\n"
                               "\"DSPY1000137\",\"sub/dir/Rechnung, Mai.pdf\"\r\n";
        const Result<QList<InvoiceMapEntry>> map = InvoiceMatcher::readMap(csv);
        QVERIFY2(map.ok(), qPrintable(map.error.message));
        QCOMPARE(map.value.size(), 2);
        QCOMPARE(map.value.at(1).file, QStringLiteral("sub/dir/Rechnung, Mai.pdf"));
        const QList<InvoiceMatch> m =
            InvoiceMatcher::match({pdf(QStringLiteral("scan 0042.pdf")), pdf(QStringLiteral("Rechnung, Mai.pdf")),
                                   pdf(QStringLiteral("DSPY1000134.pdf"))},
                                  m_transactions, &map.value);
        QCOMPARE(m.at(0).transactionId, QStringLiteral("DSPY1000136"));
        QCOMPARE(m.at(0).serialNumber, QStringLiteral("INV-2026-0042"));
        QCOMPARE(m.at(0).source, InvoiceMatch::Source::Map);
        QCOMPARE(m.at(1).transactionId, QStringLiteral("DSPY1000137"));
        QCOMPARE(m.at(1).serialNumber, QStringLiteral("Rechnung, Mai"));
        // A file the map does not name is matched by its name.
        QCOMPARE(m.at(2).transactionId, QStringLiteral("DSPY1000134"));
        QCOMPARE(m.at(2).source, InvoiceMatch::Source::FileName);

        // Semicolons (a German spreadsheet's CSV), no header.
        const Result<QList<InvoiceMapEntry>> semi = InvoiceMatcher::readMap("DSPY1000134;a.pdf\nDSPY1000136;b.pdf;7\n");
        QVERIFY(semi.ok());
        QCOMPARE(semi.value.at(1).serialNumber, QStringLiteral("7"));
        // A line without a file is named.
        const Result<QList<InvoiceMapEntry>> bad =
            InvoiceMatcher::readMap("transactionId,file\nDSPY1000134,a.pdf\nDSPY1000136\n");
        QVERIFY(!bad.ok());
        QVERIFY2(bad.error.message.contains(QLatin1String("Line 3")), qPrintable(bad.error.message));
    }

private:
    InvoiceFileInfo write(const QString& name, const QByteArray& content)
    {
        QFile f(m_dir.filePath(name));
        if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size())
            qWarning("could not write %s", qPrintable(name));
        f.close();
        return InvoiceMatcher::inspect(f.fileName());
    }
    InvoiceFileInfo pdf(const QString& name) { return write(name, "%PDF-1.4\n% an invoice\n"); }

    QTemporaryDir m_dir;
    QList<Transaction> m_transactions;
};

QTEST_GUILESS_MAIN(TestInvoiceMatcher)
#include "tst_invoicematcher.moc"
