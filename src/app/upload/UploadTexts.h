#pragma once
// UploadTexts: the upload window's sentences about numbers (counts, bytes, speed, time left), in the user's
// language and locale. Pure, so tests check them without a window.

#include "upload/UploadWorker.h"

#include <QString>

namespace kontor::gui::UploadTexts {

// "1.2 MB" (SI units, one decimal, the locale's digits).
QString bytes(qint64 bytes);
// "1.2 MB/s".
QString rate(double bytesPerSecond);
// "about 3 min left", "less than a minute left", "" when not known.
QString timeLeft(qint64 seconds);
// "Files: 12 — ready: 10, with problems: 2".
QString counts(int files, int ready, int problems);
// During and after an upload: "Files: 12 — in the upload: 10, not sent because of problems: 2".
QString batchCounts(int files, int inBatch, int problems);
// "37 of 100 files · 2.1 MB of 6.0 MB · 1.2 MB/s · about 1 min left" (or "Paused" in place of the speed).
QString progress(const upload::UploadProgress& p);
// After the end: "24 of 24 files · 3.6 MB of 3.6 MB · took 12 s".
QString ended(const upload::UploadSummary& s, const upload::UploadProgress& last);
// "took 12 s", "took 3 min 4 s".
QString took(qint64 ms);
// "Upload finished: 98 stored, 1 already there, 1 failed." and the like.
QString summary(const upload::UploadSummary& s);

} // namespace kontor::gui::UploadTexts
