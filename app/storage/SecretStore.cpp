#include "storage/SecretStore.h"

namespace keyway::storage {

QString SecretStore::statusName(Status status)
{
    switch (status) {
    case Status::Unknown:
        return QStringLiteral("unknown");
    case Status::Available:
        return QStringLiteral("available");
    case Status::Unavailable:
        return QStringLiteral("unavailable");
    }
    return {};
}

} // namespace keyway::storage
