#pragma once

#include <QString>
#include <QUrl>

namespace keyway::openapi {
class Document;
}

namespace keyway::storage {

// A stable identity of an API across runs, so that its secrets and settings are found again:
//   - a document fetched over http(s): its URL, without user info and fragment, scheme and host in
//     lower case, default port dropped ("url:https://api.example.com/openapi.json");
//   - a local file: its canonical path, symbolic links resolved ("file:/home/me/api/openapi.yaml");
//     moving or renaming the file makes it another API (its secrets can then be forgotten by id);
//   - anything else (bytes without a known source): info.title and info.version ("title:Pets\n1.0").
// id is the first 16 hex digits of the SHA-256 of that string: short, fixed-length, free of characters
// that would need escaping in keychain keys and settings groups.
struct ApiIdentity
{
    QString id; // "3f2a9c0d1e4b5a67"
    QString source; // the string hashed (non-secret)
    QString title; // for messages

    bool isValid() const { return !id.isEmpty(); }

    static ApiIdentity fromDocument(const openapi::Document &document);
    static ApiIdentity fromSource(const QUrl &sourceUrl, const QString &title, const QString &apiVersion);
    static QString hashOf(const QString &identity);
};

} // namespace keyway::storage
