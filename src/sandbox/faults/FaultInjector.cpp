#include "faults/FaultInjector.h"

namespace kontor::sandbox {

FaultInjector::FaultInjector(quint32 seed)
    : m_seed(SeededRandom::derive(seed, 0xFA017))
    , m_random(m_seed)
{}

void FaultInjector::setOptions(const FaultOptions& options)
{
    m_options = options;
    m_random = SeededRandom(m_seed);
}

FaultInjector::Kind FaultInjector::roll()
{
    const double u = m_random.unit();
    double edge = m_options.rate503;
    if (u < edge)
        return Kind::Status503;
    edge += m_options.rateDrop;
    if (u < edge)
        return Kind::Drop;
    edge += m_options.rateTruncate;
    if (u < edge)
        return Kind::Truncate;
    edge += m_options.rateHtml200;
    if (u < edge)
        return Kind::Html200;
    return Kind::None;
}

QByteArray FaultInjector::unavailablePage()
{
    return QByteArrayLiteral("<!DOCTYPE HTML PUBLIC \"-//IETF//DTD HTML 2.0//EN\">\n<html><head>\n"
                             "<title>503 Service Unavailable</title>\n</head><body>\n<h1>Service Unavailable</h1>\n"
                             "<p>The server is temporarily unable to service your request due to maintenance "
                             "downtime or capacity problems. Please try again later.</p>\n<hr>\n"
                             "<address>Apache Server at 127.0.0.1</address>\n</body></html>\n");
}

QByteArray FaultInjector::maintenancePage()
{
    return QStringLiteral("<!DOCTYPE html>\n<html lang=\"de\"><head><meta charset=\"utf-8\">"
                          "<title>Wartungsarbeiten</title></head>\n<body><h1>Wir sind gleich zurück</h1>\n"
                          "<p>Der Shop wird gerade gewartet. Технические работы. Karbantartás miatt zárva.</p>\n"
                          "</body></html>\n")
        .toUtf8();
}

} // namespace kontor::sandbox
