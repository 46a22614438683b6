#pragma once
// Shared by the sandbox's integration tests: a plain QNetworkAccessManager client for each simulated
// service (the sandbox must not need Kontor's own client), with the test user and secret.

#include "Sandbox.h"
#include "TestSecrets.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>
#include <memory>

namespace kontor::test {

using kontor::sandbox::FaultOptions;
using kontor::sandbox::Sandbox;
using kontor::sandbox::SandboxOptions;

struct Reply
{
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QByteArray contentType;
    QByteArray wwwAuthenticate;
    QByteArray location;
    QByteArray allow; // the Allow header of a 405
    QUrl url;         // where the reply came from, after any redirect the manager followed
    qint64 contentLength = -1;
    QJsonObject object() const { return QJsonDocument::fromJson(body).object(); }
    QJsonArray array() const { return QJsonDocument::fromJson(body).array(); }
};

inline QString user()
{
    return QString::fromUtf8(kontor::test::SandboxUser);
}

inline QString secret()
{
    return QString::fromUtf8(kontor::test::SandboxSecret);
}

// Percent-encodes every reserved byte ('+', '/', '=' included), as a careful client must.
inline QByteArray form(const QList<QPair<QString, QString>>& fields)
{
    QByteArray out;
    for (const auto& f : fields) {
        if (!out.isEmpty())
            out += '&';
        out += QUrl::toPercentEncoding(f.first) + '=' + QUrl::toPercentEncoding(f.second);
    }
    return out;
}

inline QString ean13(const QString& uid)
{
    const QString p = uid.rightJustified(12, QLatin1Char('0'));
    int sum = 0;
    for (int i = 0; i < 12; ++i)
        sum += p.at(i).digitValue() * ((i & 1) ? 3 : 1);
    return p + QString::number((10 - sum % 10) % 10);
}

// Owns an in-process sandbox started in initTestCase() and the helpers that talk to it.
class SandboxTestBase : public QObject
{
protected:
    std::unique_ptr<Sandbox> m_sandbox;
    QNetworkAccessManager m_nam;

    static SandboxOptions testOptions()
    {
        SandboxOptions o;
        o.user = user();
        o.secret = secret();
        o.orders = 120;
        o.products = 40;
        o.transactions = 40;
        o.customers = 30;
        o.categories = 20;
        o.pageClamp = 25;
        return o;
    }

    Reply send(QNetworkAccessManager& nam, const QUrl& url, const QByteArray& method, const QByteArray& body = {},
               const QByteArray& contentType = {}, const QByteArray& authorization = {})
    {
        QNetworkRequest request(url);
        if (!contentType.isEmpty())
            request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
        if (!authorization.isEmpty())
            request.setRawHeader("Authorization", authorization);
        QNetworkReply* reply = nam.sendCustomRequest(request, method, body);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!reply->isFinished())
            finished.wait(15'000);
        Reply r;
        r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        r.error = reply->error();
        r.body = reply->readAll();
        r.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
        r.wwwAuthenticate = reply->rawHeader("WWW-Authenticate");
        r.location = reply->rawHeader("Location");
        r.allow = reply->rawHeader("Allow");
        r.url = reply->url();
        if (reply->hasRawHeader("Content-Length"))
            r.contentLength = reply->rawHeader("Content-Length").toLongLong();
        reply->deleteLater();
        return r;
    }

    Reply send(const QUrl& url, const QByteArray& method, const QByteArray& body = {},
               const QByteArray& contentType = {}, const QByteArray& authorization = {})
    {
        return send(m_nam, url, method, body, contentType, authorization);
    }

    static QUrl at(const Sandbox& s, const QString& service, const QString& pathAndQuery)
    {
        return QUrl(s.url(service).toString() + pathAndQuery);
    }

    QUrl at(const QString& service, const QString& pathAndQuery) const { return at(*m_sandbox, service, pathAndQuery); }

    static QByteArray basic(const QString& u, const QString& p)
    {
        return "Basic " + (u + QLatin1Char(':') + p).toUtf8().toBase64();
    }

    Reply printlounge(const QString& pathAndQuery, const QByteArray& method = "GET", const QByteArray& body = {})
    {
        return send(at(QStringLiteral("printlounge"), pathAndQuery), method, body,
                    body.isEmpty() ? QByteArray() : QByteArray("application/json"), basic(user(), secret()));
    }

    Reply htk(const Sandbox& s, const char* script, const QJsonObject& body)
    {
        return send(at(s, QStringLiteral("htk"), QStringLiteral("/omniseller/") + QLatin1String(script)), "POST",
                    QJsonDocument(body).toJson(QJsonDocument::Compact), "application/json");
    }

    Reply virtpos(const QString& path, QList<QPair<QString, QString>> params, bool withKey = true)
    {
        if (withKey)
            params.prepend({QStringLiteral("apikey"), secret()});
        return send(at(QStringLiteral("virtpos"), path + QLatin1Char('?') + QString::fromLatin1(form(params))), "GET");
    }

    Reply webshippy(const QString& action, const QString& format, const QByteArray& payload, const Sandbox* s = nullptr)
    {
        const QUrl url =
            at(s ? *s : *m_sandbox, QStringLiteral("webshippy"), QStringLiteral("/wspyapi/%1/%2").arg(action, format));
        return send(url, "POST", form({{QStringLiteral("request"), QString::fromUtf8(payload)}}),
                    "application/x-www-form-urlencoded");
    }

    QJsonObject wspyJson(const QString& action, QJsonObject request, const Sandbox* s = nullptr)
    {
        if (!request.contains(QStringLiteral("apiKey")))
            request.insert(QStringLiteral("apiKey"), secret());
        const Reply r = webshippy(action, QStringLiteral("json"), QJsonDocument(request).toJson(), s);
        return r.object();
    }

    QJsonObject counters() { return m_sandbox->counters(); }

    QList<QJsonObject> walkPrintlounge(int limit, const QString& filter, int* shortPages, int* pages)
    {
        QList<QJsonObject> rows;
        QString last;
        *shortPages = 0;
        *pages = 0;
        for (int guard = 0; guard < 1000; ++guard) {
            QString q = QStringLiteral("/api/order/?limit=%1").arg(limit) + filter;
            if (!last.isEmpty())
                q += QStringLiteral("&lastSeenId=") + last;
            const Reply r = printlounge(q);
            if (r.status != 200)
                return {};
            const QJsonArray page = r.array();
            ++*pages;
            if (page.isEmpty())
                break;
            if (page.size() < limit)
                ++*shortPages;
            for (const QJsonValue& v : page)
                rows << v.toObject();
            last = QString::number(page.last().toObject().value(QStringLiteral("id")).toInt());
        }
        return rows;
    }

    void startSandbox()
    {
        m_sandbox = std::make_unique<Sandbox>(testOptions());
        QString error;
        QVERIFY2(m_sandbox->start(&error), qPrintable(error));
    }

    void clearFaults() { m_sandbox->setFaults(FaultOptions()); }
};

} // namespace kontor::test
