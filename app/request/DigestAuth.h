#pragma once

#include "core/Result.h"
#include "request/WwwAuthenticate.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace keyway::request {

// HTTP Digest access authentication, RFC 7616 (with RFC 2617's qop-less form for old servers): MD5, SHA-256 and
// SHA-512-256, each also as -sess; qop auth and auth-int; userhash; UTF-8 user names (username*).
class DigestAuth final
{
public:
    enum class Algorithm { Md5, Sha256, Sha512_256 };

    // What one Digest challenge offers, as far as Keyway can answer it.
    struct Challenge
    {
        QString realm;
        QString nonce;
        QString opaque;
        QString domain;
        Algorithm algorithm = Algorithm::Md5;
        bool session = false; // "-sess"
        QString algorithmAsWritten; // echoed back as the server wrote it ("MD5" when absent)
        QStringList qop; // offered: "auth", "auth-int" (empty: RFC 2069 style)
        bool userhash = false;
        bool utf8 = false; // charset=UTF-8
        bool stale = false;
    };

    // The parts of one answer; cnonce and nc are inputs so that tests can reproduce RFC 7616 §3.9.1.
    struct Input
    {
        QString username;
        QString password;
        QByteArray method; // "GET"
        QByteArray uri; // the request-target exactly as sent: path and query, percent-encoded
        QByteArray body; // for qop=auth-int
        QByteArray cnonce;
        quint32 nc = 1;
    };

    // Reads one challenge; an error when it is not Digest, lacks realm or nonce, or uses an unknown algorithm.
    static Result<Challenge> fromChallenge(const AuthChallenge &challenge);
    // The strongest Digest challenge among them (SHA-512-256 > SHA-256 > MD5; qop auth preferred), or an error that
    // says why none can be answered.
    static Result<Challenge> choose(const QList<AuthChallenge> &challenges);

    // The `response` value (lower-case hex) and the whole Authorization header value ("Digest username=...").
    static QByteArray response(const Challenge &challenge, const Input &input);
    static QByteArray authorization(const Challenge &challenge, const Input &input);

    // 16 random bytes, hex: a fresh client nonce.
    static QByteArray newClientNonce();
    static QByteArray hash(Algorithm algorithm, const QByteArray &data); // lower-case hex
    static QString algorithmName(Algorithm algorithm, bool session);
};

} // namespace keyway::request
