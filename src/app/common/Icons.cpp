#include "Icons.h"

// The resources live in a static library: nothing would pull their object file into the executable
// unless something names its initialiser, which Q_INIT_RESOURCE does (outside any namespace).
static void initKontorResources()
{
    Q_INIT_RESOURCE(kontor);
}

namespace kontor::gui::Icons {

void initResources()
{
    static const bool initialised = [] {
        initKontorResources();
        return true;
    }();
    Q_UNUSED(initialised);
}

namespace {
QIcon fromResource(const char* name)
{
    initResources();
    return QIcon(QStringLiteral(":/kontor/icons/%1.svg").arg(QLatin1String(name)));
}
} // namespace

QIcon application()
{
    return fromResource("kontor");
}

QIcon service(Service service)
{
    switch (service) {
    case Service::Htk:
        return fromResource("service-htk");
    case Service::Printlounge:
        return fromResource("service-printlounge");
    case Service::Virtpos:
        return fromResource("service-virtpos");
    case Service::Webshippy:
        return fromResource("service-webshippy");
    }
    return fromResource("service-printlounge");
}

QIcon info()
{
    return fromResource("status-info");
}
QIcon warning()
{
    return fromResource("status-warning");
}
QIcon error()
{
    return fromResource("status-error");
}
QIcon ok()
{
    return fromResource("status-ok");
}
QIcon add()
{
    return fromResource("action-add");
}
QIcon edit()
{
    return fromResource("action-edit");
}
QIcon remove()
{
    return fromResource("action-remove");
}
QIcon test()
{
    return fromResource("action-test");
}
QIcon refresh()
{
    return fromResource("action-refresh");
}
QIcon close()
{
    return fromResource("action-close");
}

QIcon showSecret()
{
    return fromResource("action-show");
}

QIcon hideSecret()
{
    return fromResource("action-hide");
}

} // namespace kontor::gui::Icons
