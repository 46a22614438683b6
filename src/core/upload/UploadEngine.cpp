#include "upload/UploadEngine.h"

#include "Logging.h"
#include "net/HttpTypes.h"
#include "services/capabilities/TransactionsCapability.h"
#include "services/webshippy/WebshippyParser.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QRandomGenerator>
#include <QtConcurrent>
#include <algorithm>
#include <cmath>

namespace kontor::upload {

namespace {

bool isFatal(Error::Kind kind)
{
    switch (kind) {
    case Error::Kind::Tls:
    case Error::Kind::InsecureUrl:
    case Error::Kind::InvalidInput:
    case Error::Kind::Redirect:
    case Error::Kind::Auth:
    case Error::Kind::NotFound:
    case Error::Kind::NoSecret:
        return true;
    default:
        return false;
    }
}

} // namespace

UploadEngine::UploadEngine(Profile profile, QString secret, QString journalPath)
    : m_profile(std::move(profile))
    , m_secret(std::move(secret))
    , m_journal(journalPath.isEmpty() ? UploadJournal::defaultPath() : journalPath)
    , m_settleTimer(this) // children, so that they move to the worker's thread with the engine
    , m_progressTimer(this)
{
    m_settleTimer.setSingleShot(true);
    connect(&m_settleTimer, &QTimer::timeout, this, &UploadEngine::settle);
    m_progressTimer.setInterval(250);
    connect(&m_progressTimer, &QTimer::timeout, this, &UploadEngine::emitProgress);

    QString path = m_profile.endpoint(QStringLiteral("webshippy.api"), QStringLiteral("wspyapi"));
    if (!path.isEmpty() && !path.endsWith(QLatin1Char('/')))
        path += QLatin1Char('/');
    path += QStringLiteral("uploadMarketplaceTransactionInvoice/") +
            (m_profile.format == WireFormat::Xml ? QStringLiteral("xml") : QStringLiteral("json"));
    m_target.url = net::joinUrl(m_profile.baseUrl, path);
    m_target.pinnedSha256 = m_profile.pinnedSha256;
    m_target.proxy = m_profile.proxy;
    m_target.connectMs = m_profile.timeouts.connectMs;
    m_target.inactivityMs = m_profile.timeouts.inactivityMs;
    m_target.format = m_profile.format;
    m_target.profileName = m_profile.name;
    m_target.hostLabel = m_profile.baseUrl.host().isEmpty()
                             ? QCoreApplication::translate("kontor::upload::UploadEngine", "Webshippy")
                             : m_profile.baseUrl.host();
}

UploadEngine::~UploadEngine()
{
    for (auto& lane : m_lanes)
        lane->connection.reset();
}

bool UploadEngine::isDone(JournalItem::State s) const
{
    return s == JournalItem::State::Stored || s == JournalItem::State::AlreadyPresent ||
           s == JournalItem::State::Failed;
}

PlannedItem UploadEngine::planned(qint64 id) const
{
    return PlannedItem{id, m_items.value(id).size};
}

int UploadEngine::backoffMs(int failures) const
{
    const double base = m_settings.backoffMs * std::pow(2.0, std::max(0, failures - 1));
    const double capped = std::min<double>(base, m_settings.backoffCapMs);
    return static_cast<int>(capped * (0.5 + 0.5 * QRandomGenerator::global()->generateDouble()));
}

void UploadEngine::start(const QList<InvoiceMatch>& matches, const UploadSettings& settings)
{
    if (m_active)
        return;
    QList<JournalItem> items;
    for (const InvoiceMatch& m : matches) {
        if (!m.sendable())
            continue;
        JournalItem item;
        item.path = m.file.path;
        item.transactionId = m.transactionId;
        item.serialNumber = m.serialNumber;
        item.size = m.file.size;
        items << item;
    }
    if (items.isEmpty()) {
        const Error e =
            Error::make(Error::Kind::InvalidInput,
                        QCoreApplication::translate("kontor::upload::UploadEngine", "No invoice is ready to upload."));
        emit failed(e);
        return;
    }
    const Result<qint64> batch = m_journal.startBatch(m_profile.id, items);
    if (!batch.ok()) {
        emit failed(batch.error);
        return;
    }
    begin(batch.value, settings);
}

void UploadEngine::resume(qint64 batchId, const UploadSettings& settings)
{
    if (m_active)
        return;
    const Result<int> recovered = m_journal.recover(batchId);
    if (!recovered.ok()) {
        emit failed(recovered.error);
        return;
    }
    if (recovered.value > 0)
        qCInfo(lcService) << "upload batch" << batchId << ":" << recovered.value
                          << "item(s) were being sent when Kontor stopped; settling them";
    begin(batchId, settings);
}

bool UploadEngine::begin(qint64 batchId, const UploadSettings& settings)
{
    const Result<QList<JournalItem>> items = m_journal.items(batchId);
    if (!items.ok()) {
        emit failed(items.error);
        return false;
    }
    m_settings = settings;
    m_settings.parallel = std::clamp(m_settings.parallel, 1, 16);
    m_settings.maxAttempts = std::max(1, m_settings.maxAttempts);
    m_batchId = batchId;
    m_order.clear();
    m_items.clear();
    m_runAttempts.clear();
    m_queue.clear();
    m_split.clear();
    m_unsettled.clear();
    m_settling.clear();
    m_listFailures = 0;
    m_listing = false;
    m_settleGaveUp = false;
    m_paused = false;
    m_cancelled = false;
    ++m_generation;
    for (const JournalItem& item : items.value) {
        m_order << item.id;
        m_items.insert(item.id, item);
        if (item.state == JournalItem::State::Queued || item.state == JournalItem::State::Sending)
            m_queue << planned(item.id);
        else if (item.state == JournalItem::State::Unsettled)
            m_unsettled << item.id;
    }
    if (!m_client) {
        m_client = ServiceClient::create(m_profile, m_secret, this);
    }
    setupLanes();
    m_active = true;
    m_bytesSent = 0;
    m_samples.clear();
    m_clock.start();
    m_progressTimer.start();
    emit batchStarted(batchId, items.value);
    emitProgress();
    if (!m_unsettled.isEmpty())
        scheduleSettle();
    pump();
    return true;
}

void UploadEngine::setupLanes()
{
    while (static_cast<int>(m_lanes.size()) < m_settings.parallel) {
        auto lane = std::make_unique<Lane>();
        lane->connection = std::make_unique<UploadConnection>(m_target, this);
        lane->backoff = new QTimer(this);
        lane->backoff->setSingleShot(true);
        connect(lane->backoff, &QTimer::timeout, this, &UploadEngine::pump);
        m_lanes.push_back(std::move(lane));
    }
    while (static_cast<int>(m_lanes.size()) > m_settings.parallel && !m_lanes.back()->busy) {
        delete m_lanes.back()->backoff;
        m_lanes.pop_back();
    }
}

void UploadEngine::pump()
{
    if (!m_active)
        return;
    if (!m_paused && !m_cancelled) {
        for (auto& lane : m_lanes) {
            if (lane->busy || lane->backoff->isActive())
                continue;
            QList<PlannedItem> batch =
                !m_split.isEmpty() ? m_split.takeFirst() : BatchPlanner::next(m_queue, m_settings.limits);
            if (batch.isEmpty())
                break;
            launch(*lane, batch);
            if (!m_active)
                return;
        }
    }
    checkFinished();
}

void UploadEngine::launch(Lane& lane, QList<PlannedItem> batch)
{
    // The body is prepared on the thread pool (a usual batch is encoded there whole; a very large one is read
    // once for its length), so that the engine's thread only writes for the other lanes meanwhile. The lane
    // counts as busy until it posts.
    QList<BodyInvoice> invoices;
    for (const PlannedItem& p : batch) {
        const JournalItem& item = m_items[p.id];
        invoices << BodyInvoice{item.path, item.transactionId, item.serialNumber};
    }
    auto body = std::make_shared<InvoiceRequestBody>(m_secret, m_profile.format, invoices);
    lane.busy = true;
    lane.preparing = true;
    const quint64 generation = m_generation;
    auto* watcher = new QFutureWatcher<QPair<Error, int>>(this);
    Lane* l = &lane;
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, l, body, batch, generation]() mutable {
        watcher->deleteLater();
        if (generation != m_generation || !m_active)
            return; // stopped meanwhile (stop() freed the lane): the items were never marked as sent
        l->preparing = false;
        l->busy = false;
        const QPair<Error, int> prepared = watcher->result();
        if (!prepared.first.ok()) {
            // A file that cannot be read fails alone; the rest go on.
            int bad = prepared.second;
            if (bad < 0 || bad >= batch.size())
                bad = 0;
            if (!setState(batch[bad].id, JournalItem::State::Failed, prepared.first.message))
                return;
            batch.removeAt(bad);
            if (!batch.isEmpty())
                launch(*l, batch);
            else
                pump();
            return;
        }
        post(*l, batch, body);
    });
    watcher->setFuture(QtConcurrent::run([body] {
        int bad = -1;
        Error e = body->prepare(&bad);
        return qMakePair(e, bad);
    }));
}

void UploadEngine::post(Lane& lane, const QList<PlannedItem>& batch,
                        const std::shared_ptr<InvoiceRequestBody>& prepared)
{
    QList<qint64> ids;
    for (const PlannedItem& p : batch)
        ids << p.id;
    if (Error e = m_journal.markSending(ids); !e.ok()) {
        requeue(ids, e.message, false);
        stop(&e);
        return;
    }
    for (qint64 id : ids) {
        JournalItem& item = m_items[id];
        item.state = JournalItem::State::Sending;
        ++item.attempts;
        ++m_runAttempts[id];
        emit itemChanged(item);
    }
    lane.busy = true;
    lane.items = ids;
    Lane* l = &lane;
    // The connection owns the body from here; the shared pointer held by the finished task lets go of it.
    auto body = std::make_unique<InvoiceRequestBody>(std::move(*prepared));
    lane.connection->post(
        std::move(body), [this, l](const PostOutcome& outcome) { onPosted(*l, outcome); },
        [this](qint64 n) { m_bytesSent += n; });
}

void UploadEngine::onPosted(Lane& lane, const PostOutcome& outcome)
{
    lane.busy = false;
    const QList<qint64> ids = std::exchange(lane.items, {});
    if (!outcome.error.ok())
        onTransportFailure(lane, ids, outcome);
    else
        onAnswer(lane, ids, outcome);
    pump();
}

void UploadEngine::wait(Lane& lane)
{
    ++lane.failures;
    lane.backoff->start(backoffMs(lane.failures));
}

void UploadEngine::onTransportFailure(Lane& lane, const QList<qint64>& ids, const PostOutcome& outcome)
{
    const Error& error = outcome.error;
    const bool whole = outcome.reach == PostOutcome::Reach::Whole;
    qCInfo(lcService).noquote() << "upload request of" << ids.size()
                                << "invoice(s) ended without an answer:" << error.detail << "(request"
                                << (whole ? "sent whole)" : "not sent whole)");
    if (error.kind == Error::Kind::Storage) {
        // A file changed while it was read: read it again (not the server's fault, no attempt lost).
        requeue(ids, error.message, false);
        return;
    }
    if (whole)
        makeUnsettled(ids, error.message);
    else
        requeue(ids, error.message); // an incomplete body is never processed
    if (isFatal(error.kind)) {
        stop(&error);
        return;
    }
    wait(lane);
}

void UploadEngine::onAnswer(Lane& lane, const QList<qint64>& ids, const PostOutcome& outcome)
{
    const int status = outcome.status;
    const QString host = m_target.hostLabel;
    if (status == 413) {
        QList<PlannedItem> batch;
        for (qint64 id : ids)
            batch << planned(id);
        const QList<QList<PlannedItem>> halves = BatchPlanner::split(batch);
        if (halves.isEmpty()) {
            setState(ids.first(), JournalItem::State::Failed,
                     QCoreApplication::translate(
                         "kontor::upload::UploadEngine",
                         "Webshippy refuses an invoice this large (%1 refused the request as too large).")
                         .arg(host));
            return;
        }
        for (qint64 id : ids)
            --m_runAttempts[id]; // not the invoice's fault
        requeue(ids, {}, false);
        // requeue put them at the front of the queue; they go as the two halves instead, first half first.
        m_queue.erase(
            std::remove_if(m_queue.begin(), m_queue.end(), [&ids](const PlannedItem& p) { return ids.contains(p.id); }),
            m_queue.end());
        m_split.prepend(halves.value(1));
        m_split.prepend(halves.value(0));
        return;
    }
    if (status == 503 || status == 429) {
        // The server says it did not take the request: sending it again is safe.
        requeue(ids, QCoreApplication::translate("kontor::upload::UploadEngine",
                                                 "%1 is busy or down for maintenance (HTTP %2).")
                         .arg(host)
                         .arg(status));
        wait(lane);
        return;
    }
    if (status >= 300 && status < 400) {
        makeUnsettled(ids, {});
        const Error e = Error::make(
            Error::Kind::Redirect,
            QCoreApplication::translate("kontor::upload::UploadEngine",
                                        "%1 sent the upload to another address. Kontor sends invoices only to the "
                                        "address in the profile, so it stopped. Check the address in the profile.")
                .arg(host),
            QStringLiteral("upload answered %1").arg(status), status);
        stop(&e);
        return;
    }
    if (status == 401 || status == 403 || status == 404 || (status >= 400 && status < 500)) {
        requeue(ids, {}, false);
        const Error e =
            status == 404 ? Error::make(Error::Kind::NotFound,
                                        QCoreApplication::translate(
                                            "kontor::upload::UploadEngine",
                                            "%1 has no invoice upload at the address in the profile (HTTP 404). "
                                            "Check the address in the profile.")
                                            .arg(host),
                                        QStringLiteral("upload answered 404"), status)
            : status == 401 || status == 403
                ? Error::make(
                      Error::Kind::Auth,
                      QCoreApplication::translate("kontor::upload::UploadEngine",
                                                  "Webshippy did not accept the API key. Check it in the profile."),
                      QStringLiteral("upload answered %1").arg(status), status)
                : Error::make(
                      Error::Kind::Http,
                      QCoreApplication::translate("kontor::upload::UploadEngine", "%1 refused the upload (HTTP %2).")
                          .arg(host)
                          .arg(status),
                      QStringLiteral("upload answered %1").arg(status), status);
        stop(&e);
        return;
    }
    if (status >= 500 || status < 200) {
        makeUnsettled(ids, QCoreApplication::translate("kontor::upload::UploadEngine", "%1 had a problem (HTTP %2).")
                               .arg(host)
                               .arg(status));
        wait(lane);
        return;
    }
    if (net::looksLikeHtml(outcome.body, outcome.contentType)) {
        makeUnsettled(ids, QCoreApplication::translate("kontor::upload::UploadEngine",
                                                       "%1 answered with a web page instead of data (maintenance?).")
                               .arg(host));
        wait(lane);
        return;
    }
    QList<InvoiceFile> sent;
    for (qint64 id : ids) {
        const JournalItem& item = m_items[id];
        sent << InvoiceFile{item.transactionId, item.serialNumber, {}};
    }
    const Result<WebshippyParser::UploadAnswer> answer =
        WebshippyParser::parseUploadAnswer(outcome.body, m_profile.format, sent);
    if (!answer.ok()) {
        if (answer.error.kind == Error::Kind::Auth) {
            requeue(ids, {}, false);
            stop(&answer.error);
            return;
        }
        if (answer.error.kind == Error::Kind::Service) {
            QList<Settlement> refused;
            for (qint64 id : ids)
                refused << Settlement{id, JournalItem::State::Failed, answer.error.message};
            setStates(refused);
            lane.failures = 0;
            return;
        }
        makeUnsettled(ids, answer.error.message);
        wait(lane);
        return;
    }
    lane.failures = 0;
    QList<qint64> open;
    QList<Settlement> settled;
    for (int i = 0; i < ids.size(); ++i) {
        const InvoiceResult r = answer.value.items.value(i);
        switch (r.outcome) {
        case InvoiceResult::Outcome::Stored:
            settled << Settlement{ids[i], JournalItem::State::Stored, r.message};
            break;
        case InvoiceResult::Outcome::AlreadyPresent:
            settled << Settlement{ids[i], JournalItem::State::AlreadyPresent, r.message};
            break;
        case InvoiceResult::Outcome::Failed:
            settled << Settlement{ids[i], JournalItem::State::Failed, r.message};
            break;
        case InvoiceResult::Outcome::Unsettled:
            open << ids[i];
            break;
        }
    }
    if (!setStates(settled))
        return;
    if (!open.isEmpty())
        makeUnsettled(open, answer.value.unattributed.join(QLatin1Char(' ')));
}

void UploadEngine::requeue(const QList<qint64>& ids, const QString& reason, bool countAttempt)
{
    QList<Settlement> changes;
    QList<PlannedItem> back;
    for (qint64 id : ids) {
        if (countAttempt && m_runAttempts.value(id) >= m_settings.maxAttempts) {
            changes << Settlement{
                id, JournalItem::State::Failed,
                QCoreApplication::translate("kontor::upload::UploadEngine", "Not uploaded after %1 attempts: %2")
                    .arg(m_runAttempts.value(id))
                    .arg(reason)};
            continue;
        }
        changes << Settlement{id, JournalItem::State::Queued, reason};
        back << planned(id);
    }
    if (!setStates(changes))
        return;
    // Back to the front, in their order: they were first in line.
    m_queue = back + m_queue;
}

void UploadEngine::makeUnsettled(const QList<qint64>& ids, const QString& reason)
{
    QList<Settlement> changes;
    for (qint64 id : ids)
        changes << Settlement{id, JournalItem::State::Unsettled, reason};
    if (!setStates(changes))
        return;
    m_unsettled << ids;
    scheduleSettle();
}

void UploadEngine::scheduleSettle()
{
    if (m_listing || m_settleTimer.isActive() || m_unsettled.isEmpty() || m_cancelled)
        return;
    m_settleTimer.start(m_listFailures == 0 ? 0 : backoffMs(m_listFailures));
}

void UploadEngine::settle()
{
    if (!m_active || m_listing || m_unsettled.isEmpty())
        return;
    TransactionsCapability* transactions = m_client ? m_client->transactions() : nullptr;
    if (!transactions)
        return;
    m_settling = std::exchange(m_unsettled, {});
    m_listing = true;
    const quint64 generation = m_generation;
    transactions->listTransactions({}, this, [this, generation](const Result<QList<Transaction>>& listed) {
        if (generation != m_generation)
            return;
        m_listing = false;
        const QList<qint64> settling = std::exchange(m_settling, {});
        if (!m_active)
            return;
        if (!listed.ok()) {
            m_unsettled = settling + m_unsettled;
            if (isFatal(listed.error.kind)) {
                stop(&listed.error);
                return;
            }
            ++m_listFailures;
            if (m_listFailures >= m_settings.maxAttempts) {
                qCWarning(lcService).noquote() << "upload: the transactions could not be read to settle"
                                               << m_unsettled.size() << "invoice(s):" << listed.error.detail;
                m_settleGaveUp = true;
            } else {
                scheduleSettle();
            }
            pump();
            return;
        }
        m_listFailures = 0;
        QHash<QString, const Transaction*> byId;
        for (const Transaction& t : listed.value)
            byId.insert(t.id, &t);
        QList<Settlement> settled;
        QList<qint64> again;
        for (qint64 id : settling) {
            const JournalItem item = m_items.value(id);
            const Transaction* t = byId.value(item.transactionId);
            if (!t) {
                settled << Settlement{id, JournalItem::State::Failed,
                                      QCoreApplication::translate("kontor::upload::UploadEngine",
                                                                  "Webshippy no longer lists transaction %1.")
                                          .arg(item.transactionId)};
            } else if (t->invoiceStatus == QLatin1String("invoiced")) {
                if (t->invoiceSerialNumber.isEmpty() || t->invoiceSerialNumber == item.serialNumber)
                    settled << Settlement{
                        id, JournalItem::State::Stored,
                        QCoreApplication::translate("kontor::upload::UploadEngine",
                                                    "Confirmed by reading the transaction after the answer was lost.")};
                else
                    settled << Settlement{
                        id, JournalItem::State::Failed,
                        QCoreApplication::translate("kontor::upload::UploadEngine",
                                                    "Webshippy has another invoice (%1) for this transaction.")
                            .arg(t->invoiceSerialNumber)};
            } else {
                // Not stored: the request never reached the shop's records. Send it again.
                again << id;
            }
        }
        if (!setStates(settled))
            return;
        if (!again.isEmpty()) {
            requeue(again, m_items.value(again.first()).message);
            if (!m_active)
                return;
        }
        scheduleSettle();
        pump();
    });
}

bool UploadEngine::setState(qint64 id, JournalItem::State state, const QString& message)
{
    return setStates({Settlement{id, state, message}});
}

bool UploadEngine::setStates(const QList<Settlement>& settlements)
{
    if (settlements.isEmpty())
        return true;
    if (Error e = m_journal.settle(settlements); !e.ok()) {
        stop(&e);
        return false;
    }
    for (const Settlement& s : settlements) {
        JournalItem& item = m_items[s.itemId];
        item.state = s.state;
        item.message = s.message;
        emit itemChanged(item);
    }
    return true;
}

void UploadEngine::stop(const Error* fatal)
{
    if (!m_active)
        return;
    m_cancelled = true;
    ++m_generation;
    m_settleTimer.stop();
    m_listing = false;
    m_unsettled = m_settling + m_unsettled;
    m_settling.clear();
    for (auto& lane : m_lanes) {
        lane->backoff->stop();
        if (lane->preparing) {
            // Its items were never marked as sent: they stay queued in the journal for the next run.
            lane->preparing = false;
            lane->busy = false;
            continue;
        }
        if (!lane->busy)
            continue;
        const PostOutcome::Reach reach = lane->connection->abort();
        lane->busy = false;
        const QList<qint64> ids = std::exchange(lane->items, {});
        for (qint64 id : ids) {
            // What left whole may have been stored: the next run settles it by reading the transaction.
            const auto state =
                reach == PostOutcome::Reach::Whole ? JournalItem::State::Unsettled : JournalItem::State::Queued;
            if (Error e = m_journal.settle(id, state); !e.ok())
                qCWarning(lcService).noquote() << "upload journal:" << e.detail;
            m_items[id].state = state;
            emit itemChanged(m_items[id]);
        }
    }
    m_active = false;
    m_progressTimer.stop();
    if (fatal)
        emit failed(*fatal);
    emitProgress();
    UploadSummary s = summary();
    s.cancelled = true;
    emit finished(s);
}

void UploadEngine::checkFinished()
{
    if (!m_active)
        return;
    for (const auto& lane : m_lanes) {
        if (lane->busy || lane->backoff->isActive())
            return;
    }
    if (m_paused && (!m_queue.isEmpty() || !m_split.isEmpty()))
        return;
    if (!m_queue.isEmpty() || !m_split.isEmpty())
        return; // pump() launches them
    if (m_listing || m_settleTimer.isActive())
        return;
    if (!m_unsettled.isEmpty() && !m_settleGaveUp)
        return;
    m_active = false;
    m_progressTimer.stop();
    const UploadSummary s = summary();
    if (s.unsettled == 0 && s.notSent == 0) {
        if (Error e = m_journal.finishBatch(m_batchId); !e.ok())
            emit failed(e);
    }
    emitProgress();
    emit finished(s);
}

UploadSummary UploadEngine::summary() const
{
    UploadSummary s;
    s.batchId = m_batchId;
    s.elapsedMs = m_clock.isValid() ? m_clock.elapsed() : 0;
    for (qint64 id : m_order) {
        const JournalItem& item = m_items[id];
        s.items << item;
        switch (item.state) {
        case JournalItem::State::Stored:
            ++s.stored;
            break;
        case JournalItem::State::AlreadyPresent:
            ++s.alreadyPresent;
            break;
        case JournalItem::State::Failed:
            ++s.failed;
            break;
        case JournalItem::State::Unsettled:
        case JournalItem::State::Sending:
            ++s.unsettled;
            break;
        case JournalItem::State::Queued:
            ++s.notSent;
            break;
        }
    }
    return s;
}

void UploadEngine::emitProgress()
{
    UploadProgress p;
    p.batchId = m_batchId;
    p.paused = m_paused;
    p.bytesSent = m_bytesSent;
    qint64 leftWire = 0;
    for (qint64 id : m_order) {
        const JournalItem& item = m_items[id];
        ++p.files;
        p.bytesTotal += item.size;
        switch (item.state) {
        case JournalItem::State::Stored:
            ++p.stored;
            p.bytesDone += item.size;
            break;
        case JournalItem::State::AlreadyPresent:
            ++p.alreadyPresent;
            p.bytesDone += item.size;
            break;
        case JournalItem::State::Failed:
            ++p.failed;
            p.bytesDone += item.size;
            break;
        case JournalItem::State::Unsettled:
            ++p.unsettled;
            break;
        case JournalItem::State::Sending:
            ++p.inFlight;
            leftWire += BatchPlanner::wireBytes(item.size);
            break;
        case JournalItem::State::Queued:
            leftWire += BatchPlanner::wireBytes(item.size);
            break;
        }
    }
    const qint64 now = m_clock.isValid() ? m_clock.elapsed() : 0;
    m_samples.append({now, m_bytesSent});
    while (m_samples.size() > 2 && m_samples.first().first < now - 5000)
        m_samples.removeFirst();
    const qint64 dt = m_samples.last().first - m_samples.first().first;
    if (dt >= 500) {
        const double wireRate = double(m_samples.last().second - m_samples.first().second) * 1000.0 / dt;
        // File bytes per second: the wire carries each file as base64 (4/3) and a little around it.
        p.bytesPerSecond = wireRate * 3.0 / 4.0;
        if (wireRate > 0)
            p.secondsLeft = static_cast<qint64>(leftWire / wireRate + 0.5);
    }
    emit progressed(p);
}

void UploadEngine::retryFailed()
{
    if (m_active || m_batchId == 0)
        return;
    QList<qint64> again;
    for (qint64 id : m_order) {
        if (m_items[id].state == JournalItem::State::Failed)
            again << id;
    }
    if (Error e = m_journal.reopenBatch(m_batchId); !e.ok()) {
        emit failed(e);
        return;
    }
    for (qint64 id : again) {
        if (Error e = m_journal.settle(id, JournalItem::State::Queued); !e.ok()) {
            emit failed(e);
            return;
        }
    }
    begin(m_batchId, m_settings);
}

void UploadEngine::pause()
{
    if (!m_active || m_paused)
        return;
    m_paused = true;
    emitProgress();
}

void UploadEngine::proceed()
{
    if (!m_active || !m_paused)
        return;
    m_paused = false;
    emitProgress();
    pump();
}

void UploadEngine::cancel()
{
    stop(nullptr);
}

void UploadEngine::discard(qint64 batchId)
{
    if (m_active)
        stop(nullptr);
    if (batchId == 0)
        batchId = m_batchId;
    if (batchId == 0)
        return;
    if (Error e = m_journal.finishBatch(batchId); !e.ok())
        emit failed(e);
}

} // namespace kontor::upload
