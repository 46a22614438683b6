#pragma once
// Components: Kontor and the libraries it ships with, each with its version and licence. The one source of
// what `kontor --version`, `kontor-cli --version` and the About dialog list, so the three never disagree
// and the licence notices stay next to the versions the build really used.

#include <QList>
#include <QString>

namespace kontor {

struct Component
{
    QString name;           // "Kontor", "Qt", "QtKeychain", "nlohmann/json"
    QString version;        // the version compiled against
    QString runtimeVersion; // the version loaded at run time where it can differ (Qt's shared libraries); else empty
    QString licence;        // SPDX identifier: "MIT", "LGPL-3.0-only", "BSD-2-Clause"
};

// Kontor first, then Qt, QtKeychain and nlohmann/json.
QList<Component> components();

// "Qt 6.4.2 (running on 6.4.2), licence LGPL-3.0-only"; `name` replaces the component's name where not empty.
QString componentLine(const Component& component, const QString& name = {});

// One line per component, as componentLine() writes it; the first line names `program`
// (kontor or kontor-cli) instead of "Kontor". Translated through the "kontor::Components" context.
QString componentsText(const QString& program);

} // namespace kontor
