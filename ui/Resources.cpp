#include "Resources.h"

#include <QtGlobal>

// Q_INIT_RESOURCE must be used outside any namespace.
static void initKeywayResources()
{
    Q_INIT_RESOURCE(keyway);
}

namespace keyway::ui {

void initResources()
{
    static const bool done = [] {
        initKeywayResources();
        return true;
    }();
    Q_UNUSED(done);
}

} // namespace keyway::ui
