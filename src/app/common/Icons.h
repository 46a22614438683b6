#pragma once
// Icons: Kontor's own SVG icons from resources/kontor.qrc, looked up by what they stand for so no
// widget spells a resource path.

#include "profile/Profile.h"

#include <QIcon>

namespace kontor::gui::Icons {

// Makes the resources of kontor.qrc (icons and the user guide) available; every icon function calls it.
void initResources();

QIcon application();
QIcon service(Service service);
QIcon info();
QIcon warning();
QIcon error();
QIcon ok();
QIcon add();
QIcon edit();
QIcon remove();
QIcon test();
QIcon refresh();
QIcon close();
// The show-secret toggle of a password field: an eye, and the eye struck through.
QIcon showSecret();
QIcon hideSecret();

} // namespace kontor::gui::Icons
