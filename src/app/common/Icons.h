#pragma once
// Icons: Kontor's own SVG icons from resources/kontor.qrc, looked up by what they stand for so no
// widget spells a resource path.

#include "profile/Profile.h"

#include <QIcon>

namespace kontor::gui::Icons {

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

} // namespace kontor::gui::Icons
