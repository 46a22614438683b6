#include "UploadTexts.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStringList>

namespace kontor::gui::UploadTexts {

QString bytes(qint64 bytes)
{
    return QLocale().formattedDataSize(qMax<qint64>(0, bytes), 1, QLocale::DataSizeSIFormat);
}

QString rate(double bytesPerSecond)
{
    return QCoreApplication::translate("kontor::gui::UploadTexts", "%1/s")
        .arg(bytes(static_cast<qint64>(bytesPerSecond + 0.5)));
}

QString timeLeft(qint64 seconds)
{
    if (seconds < 0)
        return {};
    if (seconds < 60)
        return QCoreApplication::translate("kontor::gui::UploadTexts", "less than a minute left");
    if (seconds < 3600)
        return QCoreApplication::translate("kontor::gui::UploadTexts", "about %1 min left")
            .arg(QLocale().toString((seconds + 30) / 60));
    const qint64 minutes = (seconds + 30) / 60;
    return QCoreApplication::translate("kontor::gui::UploadTexts", "about %1 h %2 min left")
        .arg(QLocale().toString(minutes / 60), QLocale().toString(minutes % 60));
}

QString counts(int files, int ready, int problems)
{
    return QCoreApplication::translate("kontor::gui::UploadTexts", "Files: %1 — ready: %2, with problems: %3")
        .arg(QLocale().toString(files), QLocale().toString(ready), QLocale().toString(problems));
}

QString batchCounts(int files, int inBatch, int problems)
{
    return QCoreApplication::translate("kontor::gui::UploadTexts",
                                       "Files: %1 — in the upload: %2, not sent because of problems: %3")
        .arg(QLocale().toString(files), QLocale().toString(inBatch), QLocale().toString(problems));
}

QString progress(const upload::UploadProgress& p)
{
    QStringList parts;
    parts << QCoreApplication::translate("kontor::gui::UploadTexts", "%1 of %2 files")
                 .arg(QLocale().toString(p.done()), QLocale().toString(p.files));
    parts << QCoreApplication::translate("kontor::gui::UploadTexts", "%1 of %2")
                 .arg(bytes(p.bytesDone), bytes(p.bytesTotal));
    if (p.paused) {
        parts << QCoreApplication::translate("kontor::gui::UploadTexts", "paused");
    } else {
        if (p.bytesPerSecond > 0)
            parts << rate(p.bytesPerSecond);
        const QString left = timeLeft(p.secondsLeft);
        if (!left.isEmpty())
            parts << left;
    }
    if (p.failed > 0)
        parts
            << QCoreApplication::translate("kontor::gui::UploadTexts", "failed: %1").arg(QLocale().toString(p.failed));
    return parts.join(QStringLiteral(" · "));
}

QString took(qint64 ms)
{
    const qint64 seconds = qMax<qint64>(0, (ms + 500) / 1000);
    if (seconds < 60)
        return QCoreApplication::translate("kontor::gui::UploadTexts", "took %1 s").arg(QLocale().toString(seconds));
    return QCoreApplication::translate("kontor::gui::UploadTexts", "took %1 min %2 s")
        .arg(QLocale().toString(seconds / 60), QLocale().toString(seconds % 60));
}

QString ended(const upload::UploadSummary& s, const upload::UploadProgress& last)
{
    const int files = last.files > 0 ? last.files : static_cast<int>(s.items.size());
    qint64 total = last.bytesTotal;
    qint64 done = 0;
    if (total <= 0) {
        for (const upload::JournalItem& item : s.items)
            total += item.size;
    }
    for (const upload::JournalItem& item : s.items) {
        if (item.state == upload::JournalItem::State::Stored ||
            item.state == upload::JournalItem::State::AlreadyPresent ||
            item.state == upload::JournalItem::State::Failed)
            done += item.size;
    }
    QStringList parts;
    parts << QCoreApplication::translate("kontor::gui::UploadTexts", "%1 of %2 files")
                 .arg(QLocale().toString(s.stored + s.alreadyPresent + s.failed), QLocale().toString(files));
    parts << QCoreApplication::translate("kontor::gui::UploadTexts", "%1 of %2").arg(bytes(done), bytes(total));
    if (s.elapsedMs > 0)
        parts << took(s.elapsedMs);
    return parts.join(QStringLiteral(" · "));
}

QString summary(const upload::UploadSummary& s)
{
    const QLocale l;
    if (s.cancelled)
        return QCoreApplication::translate("kontor::gui::UploadTexts",
                                           "Upload stopped: %1 stored, %2 already there, %3 failed, %4 not sent yet. "
                                           "It can be resumed.")
            .arg(l.toString(s.stored), l.toString(s.alreadyPresent), l.toString(s.failed),
                 l.toString(s.notSent + s.unsettled));
    if (s.unsettled > 0)
        return QCoreApplication::translate("kontor::gui::UploadTexts",
                                           "Upload ended: %1 stored, %2 already there, %3 failed; the shop has not "
                                           "confirmed %4 yet. Resume to ask it again.")
            .arg(l.toString(s.stored), l.toString(s.alreadyPresent), l.toString(s.failed), l.toString(s.unsettled));
    return QCoreApplication::translate("kontor::gui::UploadTexts",
                                       "Upload finished: %1 stored, %2 already there, %3 failed.")
        .arg(l.toString(s.stored), l.toString(s.alreadyPresent), l.toString(s.failed));
}

} // namespace kontor::gui::UploadTexts
