#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace keyway::request {

// A stable stand-in for a secret in exports: "<redacted:1a2b3c4d>", the first 8 hex digits of its SHA-256, so
// that two exports can be matched without revealing the value.
QByteArray redactionMarker(const QByteArray &secret);

// `text` with every occurrence of every secret (longest first, so that a secret containing another is replaced
// whole) replaced by its marker, or by `fixedMarker` when one is given. Empty secrets are ignored.
QByteArray maskSecrets(QByteArray text, const QList<QByteArray> &secrets, const QByteArray &fixedMarker = {});
QString maskSecrets(const QString &text, const QList<QByteArray> &secrets, const QByteArray &fixedMarker = {});

// The secret and the forms it takes on the wire: as is and percent-encoded (query strings, cookies).
QList<QByteArray> secretForms(const QByteArray &secret);

} // namespace keyway::request
