#pragma once

#include "auth/TokenSet.h"
#include "core/Result.h"

#include <QString>
#include <QStringList>

#include <functional>

namespace keyway::probe {

// Obtains a token for a scheme with fewer scopes than an operation needs (the "too few scopes" case): for instance
// client credentials or the password grant with a narrower scope set. Never stores what it obtains.
class ScopedTokenProvider
{
public:
    using Done = std::function<void(const Result<auth::TokenSet> &tokens)>;
    virtual ~ScopedTokenProvider() = default;
    // A token of `scheme` that lacks every scope in `required`; `declared` lists the scheme's scopes in the
    // document. `done` runs exactly once, later (never from inside the call); an error says why none can be had.
    virtual void obtain(const QString &scheme, const QStringList &required, const QStringList &declared, Done done) = 0;
    // Stops what is under way; pending `done`s may still run (with an error).
    virtual void cancel() { }
};

} // namespace keyway::probe
