// The compiled catalogs at run time: every finished message of each .ts file is found in the .qm embedded
// in the core, under its context, and gives the translation the .ts holds. (check-translations.sh reads
// lupdate's output only; this reads what the program loads. The audit in I18n.cpp checks the other half:
// that the code asks for the contexts lupdate filed the strings under.)
#include "I18n.h"

#include <QFile>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

namespace {

struct Message
{
    QString context;
    QString source;
    QString comment;
    QString translation;
    bool numerus = false;
    bool finished = true;
};

QList<Message> readTs(const QString& path)
{
    QList<Message> out;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return out;
    QXmlStreamReader xml(&f);
    QString context;
    Message m;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == QLatin1String("name")) {
                context = xml.readElementText();
            } else if (name == QLatin1String("message")) {
                m = Message();
                m.context = context;
                m.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
            } else if (name == QLatin1String("source")) {
                m.source = xml.readElementText();
            } else if (name == QLatin1String("comment")) {
                m.comment = xml.readElementText();
            } else if (name == QLatin1String("translation")) {
                const auto type = xml.attributes().value(QLatin1String("type"));
                m.finished = type.isEmpty();
                if (m.numerus) {
                    // The first plural form is what n = 1 gives in every language Kontor has.
                    while (xml.readNextStartElement()) {
                        const QString form = xml.readElementText();
                        if (m.translation.isEmpty())
                            m.translation = form;
                    }
                } else {
                    m.translation = xml.readElementText();
                }
                out << m;
            }
        }
    }
    return out;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT
private slots:
    void catalogsAnswerAtRunTime_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("de") << QStringLiteral("de");
        QTest::newRow("ru") << QStringLiteral("ru");
        QTest::newRow("hu") << QStringLiteral("hu");
    }

    void catalogsAnswerAtRunTime()
    {
        QFETCH(QString, language);
        QTranslator catalog;
        QVERIFY2(catalog.load(QStringLiteral(":/i18n/kontor_%1.qm").arg(language)), "the .qm is not embedded");
        const QList<Message> messages =
            readTs(QStringLiteral(KONTOR_SOURCE_DIR "/translations/kontor_%1.ts").arg(language));
        QVERIFY(messages.size() > 100);
        int checked = 0;
        for (const Message& m : messages) {
            QVERIFY2(m.finished, qPrintable(QStringLiteral("unfinished: %1 / %2").arg(m.context, m.source)));
            const QByteArray context = m.context.toUtf8();
            const QByteArray source = m.source.toUtf8();
            const QByteArray comment = m.comment.toUtf8();
            const QString got =
                catalog.translate(context.constData(), source.constData(),
                                  comment.isEmpty() ? nullptr : comment.constData(), m.numerus ? 1 : -1);
            QVERIFY2(!got.isEmpty(),
                     qPrintable(QStringLiteral("no translation at run time: %1 / %2").arg(m.context, m.source)));
            QCOMPARE(got, m.translation);
            ++checked;
        }
        QVERIFY(checked == messages.size());
    }

    void lookupsOfTheCoreTranslate()
    {
        // One string from each place lupdate used to file under a context the code never asks for.
        QTranslator de;
        QVERIFY(de.load(QStringLiteral(":/i18n/kontor_de.qm")));
        QVERIFY(QCoreApplication::installTranslator(&de));
        const char* const cases[][2] = {
            {"kontor::ProfileStore", "Kontor could not create its settings folder %1. Check that you may write there."},
            {"kontor::codec::XmlTree",
             "%1 sent an answer that is not valid XML, so Kontor cannot read it. If this keeps happening, tell the "
             "service's support."},
            {"kontor::OrderStatus", "cancelled"},
            {"kontor::HtkClient",
             "OmniSeller did not accept the sign-in, even with a fresh token. Check the API user and password in "
             "the profile, and that this user may use the interface."},
        };
        for (const auto& c : cases) {
            const QString translated = QCoreApplication::translate(c[0], c[1]);
            QVERIFY2(translated != QString::fromUtf8(c[1]), c[1]);
        }
        QCoreApplication::removeTranslator(&de);
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
