#include "Components.h"

#include "KontorVersion.h"

#include <QCoreApplication>
#include <QStringList>
#include <nlohmann/json.hpp>

namespace kontor {

QList<Component> components()
{
    const QString json = QStringLiteral("%1.%2.%3")
                             .arg(NLOHMANN_JSON_VERSION_MAJOR)
                             .arg(NLOHMANN_JSON_VERSION_MINOR)
                             .arg(NLOHMANN_JSON_VERSION_PATCH);
    return {
        {QStringLiteral("Kontor"), QStringLiteral(KONTOR_VERSION_STRING), {}, QStringLiteral("MIT")},
        {QStringLiteral("Qt"), QStringLiteral(QT_VERSION_STR), QString::fromLatin1(qVersion()),
         QStringLiteral("LGPL-3.0-only")},
        // QtKeychain's header has no usable version macro: CMake's package version is written into KontorVersion.h.
        // Its COPYING has two clauses (Debian's copyright file says BSD-2-Clause too).
        {QStringLiteral("QtKeychain"), QStringLiteral(KONTOR_QTKEYCHAIN_VERSION), {}, QStringLiteral("BSD-2-Clause")},
        {QStringLiteral("nlohmann/json"), json, {}, QStringLiteral("MIT")},
    };
}

QString componentLine(const Component& component, const QString& name)
{
    const QString version = component.runtimeVersion.isEmpty()
                                ? component.version
                                : QCoreApplication::translate("kontor::Components", "%1 (running on %2)")
                                      .arg(component.version, component.runtimeVersion);
    //: %1 a program or library, %2 its version, %3 its licence (an SPDX identifier such as MIT)
    return QCoreApplication::translate("kontor::Components", "%1 %2, licence %3")
        .arg(name.isEmpty() ? component.name : name, version, component.licence);
}

QString componentsText(const QString& program)
{
    QStringList lines;
    const QList<Component> all = components();
    for (int i = 0; i < all.size(); ++i)
        lines << componentLine(all.at(i), i == 0 ? program : QString());
    return lines.join(QLatin1Char('\n'));
}

} // namespace kontor
