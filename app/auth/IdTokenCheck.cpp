#include "auth/IdTokenCheck.h"

#include "auth/JwksCache.h"

#include <QObject>
#include <QPointer>

#include <memory>

namespace keyway::auth {

QList<JwsAlgorithm> allowedIdTokenAlgorithms(const ProviderMetadata &provider, const ClientConfig &client)
{
    QList<JwsAlgorithm> allowed;
    for (const QString &name : provider.idTokenSigningAlgValuesSupported) {
        const std::optional<JwsAlgorithm> alg = jwsAlgorithmFromName(name); // "none" is never one
        if (alg && !allowed.contains(*alg))
            allowed.append(*alg);
    }
    if (allowed.isEmpty())
        allowed.append(JwsAlgorithm::RS256); // OIDC Core §15.1: RS256 is the default
    if (client.clientSecret.isEmpty()) {
        allowed.removeIf([](JwsAlgorithm a) { return a == JwsAlgorithm::HS256 || a == JwsAlgorithm::HS384 || a == JwsAlgorithm::HS512; });
        if (allowed.isEmpty())
            allowed.append(JwsAlgorithm::RS256);
    }
    return allowed;
}

OAuthError idTokenError(const IdTokenValidation &validation)
{
    OAuthError e;
    e.kind = OAuthError::Kind::IdTokenInvalid;
    const QStringList failures = validation.failures();
    e.message = QObject::tr("The ID token failed %n check(s).", nullptr, int(failures.size()));
    if (failures.isEmpty())
        e.message = QObject::tr("The ID token could not be verified.");
    QStringList lines = failures;
    if (validation.shouldRefetchKeys())
        lines.append(QObject::tr("The signing key is not in the issuer's JWKS even after fetching it again: the token was "
                                 "signed by a key the issuer does not publish (forged, or from another issuer)."));
    if (const ValidationCheck *exp = validation.check(u"exp"); exp && exp->status == ValidationCheck::Status::Failed)
        lines.append(QObject::tr("If the token is fresh, the clocks of this machine and the server differ by more than the "
                                 "allowed skew."));
    if (const ValidationCheck *aud = validation.check(u"aud"); aud && aud->status == ValidationCheck::Status::Failed)
        lines.append(QObject::tr("A wrong audience means the token was issued to another client: check the client id."));
    e.diagnosis = lines.join(u'\n');
    return e;
}

namespace {

IdTokenValidation validateWith(const IdTokenExpectations &expectations, const TokenSet &tokens, const IdTokenContext &context)
{
    IdTokenValidation v = IdTokenValidator(expectations).validate(tokens.idToken.toUtf8());
    if (!context.previousSubject.isEmpty()) {
        for (ValidationCheck &c : v.checks) {
            if (c.name != QLatin1String("sub") || c.status != ValidationCheck::Status::Passed)
                continue;
            const QString sub = v.token ? v.token->claims.value(QStringLiteral("sub")).toString() : QString();
            if (sub != context.previousSubject) {
                c.status = ValidationCheck::Status::Failed;
                c.detail = QObject::tr("the refreshed ID token names the subject \"%1\", but the first one named \"%2\" "
                                       "(OIDC Core §12.2 requires the same)")
                               .arg(sub, context.previousSubject);
            } else {
                c.detail += QObject::tr(", the same as before the refresh");
            }
        }
    }
    return v;
}

} // namespace

void checkIdToken(JwksCache *cache, const ProviderMetadata &provider, const ClientConfig &client, const TokenSet &tokens,
                  const IdTokenContext &context, const QString &flowId, std::function<void(const IdTokenValidation &)> done)
{
    IdTokenExpectations expectations;
    expectations.issuer = provider.issuer.isEmpty() ? tokens.issuer : provider.issuer;
    expectations.clientId = client.clientId;
    expectations.nonce = context.nonce;
    expectations.clockSkewSeconds = client.clockSkewSeconds;
    expectations.now = context.now;
    expectations.accessToken = tokens.accessToken.toUtf8();
    expectations.requireAtHash = context.requireAtHash;
    expectations.code = context.code;
    expectations.requireCHash = context.requireCHash;
    expectations.allowedAlgorithms = allowedIdTokenAlgorithms(provider, client);
    expectations.clientSecret = client.clientSecret.toUtf8();

    const QUrl jwksUri = provider.jwksUri;
    if (!cache || !jwksUri.isValid()) {
        // No keys to fetch: only HS* with the client secret can verify; the signature check says so otherwise.
        done(validateWith(expectations, tokens, context));
        return;
    }
    // The chain of callbacks shares this state; the cache may outlive or die before the caller, so guard it.
    QPointer<JwksCache> guard(cache);
    auto shared = std::make_shared<std::function<void(const IdTokenValidation &)>>(std::move(done));
    cache->keys(jwksUri, flowId, [=](const OAuthResult<JwkSet> &keys) mutable {
        if (!keys) {
            IdTokenValidation v = validateWith(expectations, tokens, context);
            v.checks.append({QStringLiteral("jwks"), ValidationCheck::Status::Failed, keys.error().message});
            (*shared)(v);
            return;
        }
        expectations.keys = keys->keys;
        IdTokenValidation first = validateWith(expectations, tokens, context);
        if (!first.shouldRefetchKeys() || !guard) {
            (*shared)(first);
            return;
        }
        const QString kid = first.token ? first.token->keyId : QString();
        guard->refetch(jwksUri, flowId, [=](const OAuthResult<JwkSet> &again) mutable {
            if (!again) {
                first.checks.append(
                    {QStringLiteral("jwks_refetch"), ValidationCheck::Status::Failed,
                     QObject::tr("the key \"%1\" is unknown and fetching the JWKS again failed: %2").arg(kid, again.error().message)});
                (*shared)(first);
                return;
            }
            expectations.keys = again->keys;
            IdTokenValidation second = validateWith(expectations, tokens, context);
            if (second.shouldRefetchKeys())
                second.checks.append({QStringLiteral("jwks_refetch"), ValidationCheck::Status::Failed,
                                      QObject::tr("the key \"%1\" is not in the JWKS at %2, not even after fetching it again")
                                          .arg(kid, jwksUri.toDisplayString())});
            else
                second.checks.append({QStringLiteral("jwks_refetch"), ValidationCheck::Status::Passed,
                                      QObject::tr("the key \"%1\" was unknown; the JWKS was fetched again and has it").arg(kid)});
            (*shared)(second);
        });
    });
}

} // namespace keyway::auth
